import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { runMain } from "./helpers/in-process.js";
import { listFiles } from "./helpers/tree.js";

/** Every file below a folder, relative, sorted — hidden folders included, since init writes `.procspec/`. */
const tree = (root: string) => listFiles(root, []);

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "procspec-init-"));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe("procspec init: a project that follows the method from the first minute", () => {
  for (const lang of ["ru", "en"] as const) {
    it(`${lang}: the starter project validates with no diagnostics at all, not even warnings`, async () => {
      const dir = join(base, "company");
      const result = await runMain("init", dir, "--lang", lang);
      expect(result.code).toBe(0);
      const { diagnostics } = validateProject(loadProject(dir));
      expect(diagnostics).toEqual([]);
      const again = await runMain("validate", dir, "--max-warnings", "0");
      expect(again.code).toBe(0);
    });

    it(`${lang}: it holds the company, a unit, its head and one fully specified process`, async () => {
      const dir = join(base, "company");
      await runMain("init", dir, "--lang", lang);
      const project = loadProject(dir);
      expect(project.config.lang).toBe(lang);
      expect(project.docs.map((d) => d.kind).sort()).toEqual(["Organization", "Position", "Process", "Unit"]);
      const process = project.docs.find((d) => d.kind === "Process")?.data ?? {};
      for (const element of ["description", "clients", "results", "indicators", "resources", "executors", "owner"])
        expect(process).toHaveProperty(element);
    });
  }

  it("the Russian starter reads as Russian: «ёлочки» in the company name, Russian element names", async () => {
    const dir = join(base, "ru");
    await runMain("init", dir, "--lang", "ru");
    expect(readFileSync(join(dir, "organization.yaml"), "utf8")).toContain("ООО «Компания»");
    expect(readFileSync(join(dir, "processes/order-handling.yaml"), "utf8")).toContain(
      "name: Обработка заказа покупателя",
    );
  });

  it("every spec file starts with a yaml-language-server modeline that points at a schema shipped into the project", async () => {
    const dir = join(base, "company");
    await runMain("init", dir);
    const specs = tree(dir).filter((f) => f.endsWith(".yaml") && !f.startsWith("."));
    expect(specs).toEqual([
      "organization.yaml",
      "positions/sales-manager.yaml",
      "processes/order-handling.yaml",
      "procspec.yaml",
      "units/sales.yaml",
    ]);
    for (const file of specs) {
      const first = readFileSync(join(dir, file), "utf8").split("\n")[0] ?? "";
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(match, file).not.toBeNull();
      const schema = posix.join(posix.dirname(file), match?.[1] ?? "");
      expect(existsSync(join(dir, schema)), `${file} → ${schema}`).toBe(true);
    }
    expect(readFileSync(join(dir, "processes/order-handling.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.procspec\/schemas\/process\.schema\.json\n/,
    );
    // the schemas refer to each other (common.schema.json#/$defs/…), so all of them travel together
    expect(existsSync(join(dir, ".procspec/schemas/common.schema.json"))).toBe(true);
  });

  it("VS Code maps the same schemas, and only to files that exist in the copy", async () => {
    const dir = join(base, "company");
    await runMain("init", dir);
    const settings = JSON.parse(readFileSync(join(dir, ".vscode/settings.json"), "utf8"));
    const schemas = Object.keys(settings["yaml.schemas"]);
    expect(schemas.length).toBeGreaterThan(0);
    for (const schema of schemas) expect(existsSync(join(dir, schema)), schema).toBe(true);
  });

  it("CI: GitHub validates with annotations and uploads the documents; GitLab reports junit; out/ is ignored", async () => {
    const dir = join(base, "company");
    await runMain("init", dir);
    const github = readFileSync(join(dir, ".github/workflows/procspec.yml"), "utf8");
    const workflow = parse(github);
    const steps: Array<{ run?: string; uses?: string; with?: { path?: string } }> = workflow.jobs.specs.steps;
    expect(steps.some((s) => s.run?.includes("validate --format github"))).toBe(true);
    expect(steps.some((s) => s.run?.includes(" build --out out"))).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-artifact"))?.with?.path).toBe("out/");
    const gitlab = parse(readFileSync(join(dir, ".gitlab-ci.yml"), "utf8"));
    expect(gitlab.procspec.artifacts.reports.junit).toBe("procspec-junit.xml");
    expect(gitlab.procspec.script.join("\n")).toContain("--format junit");
    const ignored = readFileSync(join(dir, ".gitignore"), "utf8").split("\n");
    expect(ignored).toContain("out/");
    // procspec's cache stays out of git; the schemas beside it in .procspec/ are the editor's, shared with the team.
    expect(ignored).toContain(".procspec/cache/");
    expect(ignored).not.toContain(".procspec/");
  });

  it("the CI and editor files are not taken for spec files", async () => {
    const dir = join(base, "company");
    await runMain("init", dir);
    expect(loadProject(dir).files).not.toContain(".github/workflows/procspec.yml");
    expect(loadProject(dir).files.every((f) => !f.startsWith("."))).toBe(true);
  });

  for (const [lang, example] of [
    ["ru", "car-service-ru"],
    ["en", "trading-en"],
  ] as const) {
    it(`--example --lang ${lang} copies ${example}, which validates clean`, async () => {
      const dir = join(base, "demo");
      expect((await runMain("init", dir, "--example", "--lang", lang)).code).toBe(0);
      const source = join("examples", example);
      // package.json is the spec repository's own (procspec as a devDependency), not part of the example
      const copied = tree(dir).filter((f) => !f.startsWith(".") && f !== "package.json");
      expect(copied).toEqual(tree(source));
      const process = copied.find((f) => f.startsWith("processes/"));
      expect(readFileSync(join(dir, process ?? ""), "utf8")).toContain(
        readFileSync(join(source, process ?? ""), "utf8"),
      );
      expect(validateProject(loadProject(dir)).diagnostics).toEqual([]);
      expect(existsSync(join(dir, ".github/workflows/procspec.yml"))).toBe(true);
    });
  }

  it("refuses to overwrite any file, names it, exits 2 and writes nothing at all", async () => {
    const dir = join(base, "existing");
    mkdirSync(join(dir, "processes"), { recursive: true });
    writeFileSync(join(dir, "processes/order-handling.yaml"), "mine\n");
    const before = tree(dir);
    const result = await runMain("init", dir, "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.err).toContain("processes/order-handling.yaml");
    expect(tree(dir)).toEqual(before);
    expect(readFileSync(join(dir, "processes/order-handling.yaml"), "utf8")).toBe("mine\n");
  });

  it("a second init in the same folder is refused", async () => {
    const dir = join(base, "twice");
    expect((await runMain("init", dir)).code).toBe(0);
    const result = await runMain("init", dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/уже есть|already exists/);
  });

  it("an unrelated file in the folder does not stop init", async () => {
    const dir = join(base, "notes");
    mkdirSync(dirname(join(dir, "README.md")), { recursive: true });
    writeFileSync(join(dir, "README.md"), "# notes\n");
    expect((await runMain("init", dir)).code).toBe(0);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("# notes\n");
  });

  it("a bad --lang is a usage error", async () => {
    expect((await runMain("init", join(base, "x"), "--lang", "de")).code).toBe(2);
    expect(existsSync(join(base, "x"))).toBe(false);
  });
});
