/** `validate --fix`: safe fixes, applied through yaml's syntax tree so that nothing else in a file changes. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import type { Fix } from "../src/diagnostics/diagnostic.js";
import { applyFixes } from "../src/fix/apply.js";
import { fixProject } from "../src/fix/project.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";
import { runMain } from "./helpers/in-process.js";
import { projectOf, validProjectFiles } from "./helpers/project-files.js";

const join1 = (text: string, item: string): Fix => ({ kind: "join-item", offset: text.indexOf(item), joined: "" });

describe("applyFixes", () => {
  it("joins a cut phrase into one quoted item and keeps comments, quoting and CRLF line endings", () => {
    const text =
      "# duties\r\nfunctions: [Измеряет давление, рост и вес пациента, 'Пишет']  # nurse\r\nname: 'Медсестра'\r\n";
    const { text: fixed } = applyFixes(text, [join1(text, "рост")]);
    expect(fixed).toBe(
      "# duties\r\nfunctions: [\"Измеряет давление, рост и вес пациента\", 'Пишет']  # nurse\r\nname: 'Медсестра'\r\n",
    );
  });

  it("joins a phrase cut twice into one item", () => {
    const text = "goals: [Закупать точно то, что нужно отделениям, в нужном количестве]\n";
    const fixed = applyFixes(text, [join1(text, "что"), join1(text, "в нужном")]).text;
    expect(fixed).toBe('goals: ["Закупать точно то, что нужно отделениям, в нужном количестве"]\n');
  });

  it("joins in a list written over several lines without losing the comment after it", () => {
    const text = "functions: [\n  Измеряет давление,\n  рост и вес,  # как в карте\n  Пишет\n]\n";
    expect(applyFixes(text, [join1(text, "рост")]).text).toBe(
      'functions: [\n  "Измеряет давление, рост и вес",  # как в карте\n  Пишет\n]\n',
    );
  });

  it("renames a key keeping its quotes", () => {
    const text = 'kind: Unit\n"haed": boss\n';
    const fix: Fix = { kind: "rename-key", offset: text.indexOf('"haed"'), from: "haed", to: "head" };
    expect(applyFixes(text, [fix]).text).toBe('kind: Unit\n"head": boss\n');
  });

  it("never touches a file that does not parse", () => {
    const text = "functions: [Измеряет давление, рост и вес\nhead: boss\n";
    expect(applyFixes(text, [join1(text, "рост")])).toEqual({ text, applied: [] });
  });

  it("leaves a fix whose place no longer matches the text", () => {
    const text = "kind: Unit\nhaed: boss\n";
    const fix: Fix = { kind: "rename-key", offset: text.indexOf("haed"), from: "hed", to: "head" };
    expect(applyFixes(text, [fix]).applied).toEqual([]);
  });
});

const NURSE = `kind: Process
id: order-handling
code: "1"
name: Order handling
description: >-
  The sales manager takes an order from a customer and checks the stock.
  The confirmed order is passed to the warehouse.
owner: sales-manager
clients:
  - external: Customer
    goals: [Receive the goods on the agreed day]
results:
  - name: Confirmed order
indicators:
  - name: Orders confirmed on the same day
    measure: Share of orders confirmed within one working day
    type: efficiency
executors:
  - position: sales-manager
    functions: [Takes the order, checks the stock and confirms it]   # the only duty
    competencies:
      knowledge: [Price list]
      skills: [Order entry]
      qualities: [Attention to detail]
`;

/** The small valid project, written to a temporary folder with some files replaced. */
function writeProject(replace: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "procspec-fix-"));
  const files = validProjectFiles();
  for (const [path, text] of Object.entries(replace)) files.set(path, text);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Every spec file of a project folder, as text, with procspec.yaml apart. */
function readProject(dir: string): { config: string; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  for (const path of globSync("**/*.yaml", { cwd: dir }).sort())
    if (path !== "procspec.yaml") texts.set(path, readFileSync(join(dir, path), "utf8"));
  return { config: readFileSync(join(dir, "procspec.yaml"), "utf8"), texts };
}

describe("procspec validate --fix", () => {
  it("turns a cut phrase into one quoted item, changes one line, and says where", async () => {
    const dir = writeProject({ "processes/order-handling.yaml": NURSE });
    const file = join(dir, "processes/order-handling.yaml");
    const before = await runMain("validate", dir, "--format", "json");
    const warnings = JSON.parse(before.out) as Array<{ code: string; line: number; column: number }>;
    expect(
      warnings.filter((d) => d.code !== "process-without-resource").map((d) => `${d.line}:${d.column} ${d.code}`),
    ).toEqual(["20:34 cut-phrase"]);

    const dry = await runMain("validate", dir, "--fix-dry-run");
    expect(readFileSync(file, "utf8")).toBe(NURSE);
    expect(dry.out).toContain(
      '-    functions: [Takes the order, checks the stock and confirms it]   # the only duty\n+    functions: ["Takes the order, checks the stock and confirms it"]   # the only duty\n',
    );

    const run = await runMain("validate", dir, "--fix");
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      "processes/order-handling.yaml:20  join into one item «Takes the order, checks the stock and confirms it»",
    );
    const after = readFileSync(file, "utf8").split("\n");
    expect(after.length).toBe(NURSE.split("\n").length);
    expect(NURSE.split("\n").filter((line, i) => after[i] !== line)).toEqual([
      "    functions: [Takes the order, checks the stock and confirms it]   # the only duty",
    ]);
    const left = JSON.parse((await runMain("validate", dir, "--format", "json")).out) as Array<{ code: string }>;
    expect(left.filter((d) => d.code !== "process-without-resource")).toEqual([]);
  });

  it("renames a misspelt key with one close match, not one with two or one that is already there", async () => {
    const dir = writeProject({
      "positions/sales-manager.yaml":
        "kind: Position\nid: sales-manager\nname: Sales Manager\nunit: sales\nheadcont: 1\n",
      "units/sales.yaml":
        "kind: Unit\nid: sales\nname: Sales Department\nhead: sales-manager\nfunctions: [Selling goods to customers]\nhaed: x\n",
    });
    const run = await runMain("validate", dir, "--fix", "--format", "json");
    expect(run.err).toContain("positions/sales-manager.yaml:5  rename `headcont` to `headcount`");
    expect(readFileSync(join(dir, "positions/sales-manager.yaml"), "utf8")).toContain("\nheadcount: 1\n");
    // `head` is already written: renaming `haed` would make a duplicate key, so it stays for the user.
    expect(readFileSync(join(dir, "units/sales.yaml"), "utf8")).toContain("\nhaed: x\n");
    expect((JSON.parse(run.out) as Array<{ code: string; line: number }>).map((d) => `${d.line} ${d.code}`)).toEqual([
      "6 schema",
    ]);
  });

  it("given one file, fixes only that file", async () => {
    const unit =
      "kind: Unit\nid: sales\nname: Sales Department\nhead: sales-manager\nfunctions: [Selling goods, and spare parts]\n";
    const dir = writeProject({ "processes/order-handling.yaml": NURSE, "units/sales.yaml": unit });
    await runMain("validate", join(dir, "units/sales.yaml"), "--fix");
    expect(readFileSync(join(dir, "units/sales.yaml"), "utf8")).toContain(
      'functions: ["Selling goods, and spare parts"]',
    );
    expect(readFileSync(join(dir, "processes/order-handling.yaml"), "utf8")).toBe(NURSE);
  });

  it("never touches a file with a YAML syntax error", async () => {
    const broken =
      "kind: Unit\nid: sales\nname: Sales\nfunctions: [Selling goods, taking orders\nhead: sales-manager\n";
    const dir = writeProject({ "units/sales.yaml": broken });
    await runMain("validate", dir, "--fix");
    expect(readFileSync(join(dir, "units/sales.yaml"), "utf8")).toBe(broken);
  });
});

describe("fixProject", () => {
  it("changes nothing in the bundled examples", () => {
    for (const name of ["car-service-ru", "trading-en"]) {
      const { config, texts } = readProject(join(REPO, "examples", name));
      expect(fixProject("/virtual", config, texts).changed.size, name).toBe(0);
    }
  });

  /** A unit whose functions are a `[...]` list of generated items, and whose `head` key may be misspelt. */
  const item = fc.oneof(
    fc.constantFrom("Продаёт товары", "Sells goods", "Ведёт учёт", "Plans purchases"),
    fc.constantFrom("рост и вес", "and spare parts", "в срок", "затем отчёт"),
    fc.constantFrom("Ведёт учёт.", "Закрывает смену.", '"уже в кавычках, с запятой"'),
  );
  const unit = fc.record({
    items: fc.array(item, { minLength: 1, maxLength: 6 }),
    headKey: fc.constantFrom("head", "haed", "hed", "Head"),
    crlf: fc.boolean(),
  });

  it("fixing twice changes nothing the second time, and never leaves more diagnostics than before", () => {
    fc.assert(
      fc.property(unit, ({ items, headKey, crlf }) => {
        const eol = crlf ? "\r\n" : "\n";
        const text = [
          "kind: Unit",
          "id: sales",
          "name: Sales Department  # the unit",
          `${headKey}: sales-manager`,
          `functions: [${items.join(", ")}]`,
          "",
        ].join(eol);
        const files = validProjectFiles();
        files.set("units/sales.yaml", text);
        const config = files.get("procspec.yaml") ?? "";
        files.delete("procspec.yaml");
        const once = fixProject("/virtual", config, files);
        const fixed = new Map([...files, ...once.changed]);
        const twice = fixProject("/virtual", config, fixed);
        expect(twice.changed.size).toBe(0);
        const count = (texts: Map<string, string>) =>
          validateProject(projectOf(new Map([...texts, ["procspec.yaml", config]]))).diagnostics.length;
        expect(count(fixed)).toBeLessThanOrEqual(count(files));
        // The comment and the line endings survive.
        const after = fixed.get("units/sales.yaml") ?? "";
        expect(after).toContain("# the unit");
        expect(after.split("\r\n").length > 1).toBe(crlf);
      }),
      { numRuns: 60 },
    );
  });
});
