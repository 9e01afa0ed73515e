/**
 * `procspec validate` loads only what checking needs: no DOCX, browser, template, chart or site code (each costs
 * start-up time a CI check should not pay). Every module the built CLI resolves is recorded by a loader hook.
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

describe("validate's imports", () => {
  it("never load DOCX, the browser, templates, charts, the site or ajv's compiler", () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-imports-"));
    const script = join(dir, "run.mjs");
    writeFileSync(
      script,
      `import { register } from "node:module";
import { MessageChannel } from "node:worker_threads";
const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on("message", (url) => seen.push(url));
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)}, { data: { port: port2 }, transferList: [port2] });
const { main } = await import(${JSON.stringify(pathToFileURL(join(REPO, "dist", "cli", "main.js")).href)});
const io = { out: () => {}, err: () => {}, isTTY: false };
await main(["node", "procspec", "validate", ${JSON.stringify(join(REPO, "examples", "car-service-ru"))}], io);
setTimeout(() => { port1.close(); console.log(JSON.stringify(seen)); }, 200);
`,
    );
    const run = spawnSync(process.execPath, [script], { encoding: "utf8", timeout: 120_000 });
    expect(run.stderr).toBe("");
    const urls = JSON.parse(run.stdout) as string[];
    expect(urls.some((u) => u.includes("/dist/validate/validate.js"))).toBe(true);
    // Small helpers of emit (Markdown escaping, the Chromium path for doctor) may load; renderers may not.
    const heavyPackages =
      /node_modules\/(docx|puppeteer-core|handlebars|mermaid|exceljs|elkjs|echarts|@resvg|bpmn-moddle|minisearch)\//;
    const heavyCode = /\/dist\/emit\/(docx|views|charts|site|bpmn|markdown\/index|index)/;
    const compiler = /node_modules\/ajv\/dist\/(2020|core|compile)/;
    const heavy = urls.filter((u) => heavyPackages.test(u) || heavyCode.test(u) || compiler.test(u));
    expect(heavy).toEqual([]);
  }, 180_000);
});
