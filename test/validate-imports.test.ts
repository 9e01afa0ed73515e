/**
 * Each command loads only what it needs: `procspec validate` no DOCX, browser, template, chart or site code, and no
 * `yaml` package for files the fast path reads; `--version` no command at all (each costs start-up time a CI check
 * should not pay). Every module the built CLI resolves is recorded by a loader hook.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers/cli.js";

const HOOKS = `let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;

/** The URL of every module `procspec <args>` resolves, `require`d packages included. */
function modulesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "procspec-imports-"));
  const script = join(dir, "run.mjs");
  writeFileSync(
    script,
    `import { register, createRequire } from "node:module";
import Module from "node:module";
import { MessageChannel } from "node:worker_threads";
const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on("message", (url) => seen.push(url));
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)}, { data: { port: port2 }, transferList: [port2] });
const load = Module._load;
Module._load = function (request, parent, isMain) {
  seen.push(Module._resolveFilename(request, parent, isMain));
  return load.apply(this, arguments);
};
const { main } = await import(${JSON.stringify(pathToFileURL(join(REPO, "dist", "cli", "main.js")).href)});
const io = { out: () => {}, err: () => {}, isTTY: false };
await main(["node", "procspec", ...${JSON.stringify(args)}], io);
setTimeout(() => { port1.close(); console.log(JSON.stringify(seen)); }, 200);
`,
  );
  const run = spawnSync(process.execPath, [script], { encoding: "utf8", timeout: 120_000 });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as string[];
}

/**
 * A small project without standards or ratings that passes the check, so that a build really renders its documents
 * (a refused build loads no renderer, and would prove nothing about what rendering loads).
 */
function passingProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, "procspec.yaml"), "lang: en\n");
  writeFileSync(
    join(dir, "units.yaml"),
    "kind: Organization\nid: org\nname: Org\n---\nkind: Unit\nid: office\nname: Office\n---\nkind: Position\nid: clerk\nname: Clerk\nunit: office\n",
  );
  return dir;
}

describe("what a command loads", () => {
  it("validate never loads DOCX, the browser, templates, charts, the site or ajv's compiler", () => {
    const urls = modulesLoaded(["validate", join(REPO, "examples", "car-service-ru")]);
    expect(urls.some((u) => u.includes("/dist/validate/validate.js"))).toBe(true);
    // Small helpers of emit (Markdown escaping, the Chromium path for doctor) may load; renderers may not.
    const heavyPackages =
      /node_modules\/(docx|puppeteer-core|handlebars|mermaid|exceljs|elkjs|echarts|@resvg|bpmn-moddle|minisearch)\//;
    const heavyCode = /\/dist\/emit\/(docx|views|charts|site|bpmn|markdown\/index|index)/;
    const compiler = /node_modules\/ajv\/dist\/(2020|core|compile)/;
    const heavy = urls.filter((u) => heavyPackages.test(u) || heavyCode.test(u) || compiler.test(u));
    expect(heavy).toEqual([]);
    // The example has ratings: the CSV reader, loaded by `require`, is seen too.
    expect(urls.some((u) => /node_modules\/csv-parse\//.test(u))).toBe(true);
  }, 180_000);

  it("validate of a project without standards, ratings or reported YAML loads neither yaml, XML nor CSV code", () => {
    const dir = passingProject("procspec-imports-project-");
    const urls = modulesLoaded(["validate", dir]);
    expect(urls.some((u) => u.includes("/dist/validate/validate.js"))).toBe(true);
    expect(urls.filter((u) => /node_modules\/(yaml|fast-xml-parser|csv-parse|snowball-stemmers)\//.test(u))).toEqual(
      [],
    );
  }, 180_000);

  it("build --format md of a project without ratings loads Handlebars, but no DOCX, ELK, browser, site, BPMN or xlsx code", () => {
    const dir = passingProject("procspec-imports-md-");
    const urls = modulesLoaded([
      "build",
      dir,
      "--format",
      "md",
      "--out",
      join(dir, "..", `${dir.split("/").at(-1)}-out`),
    ]);
    expect(urls.some((u) => /node_modules\/handlebars\//.test(u))).toBe(true);
    const heavyPackages =
      /node_modules\/(docx|puppeteer-core|exceljs|elkjs|echarts|@resvg|bpmn-moddle|minisearch|markdown-it)\//;
    const heavyCode = /\/dist\/emit\/(docx|site|bpmn|xlsx)\/|\/dist\/emit\/diagrams\/(swimlanes|renderer)\.js/;
    expect(urls.filter((u) => heavyPackages.test(u) || heavyCode.test(u))).toEqual([]);
  }, 180_000);

  it("--version loads no command and no project reader", () => {
    const urls = modulesLoaded(["--version"]);
    expect(urls.some((u) => u.includes("/dist/cli/main.js"))).toBe(true);
    expect(urls.filter((u) => /\/dist\/(cli\/commands|load)\//.test(u) && !u.endsWith("project-error.js"))).toEqual([]);
  }, 180_000);
});
