/**
 * One harness for every rule (STYLE.md, markdownlint): each rule has `test/rules/<rule-id>/valid*` and
 * `invalid*` projects; invalid files carry `# expect: <rule-id>` on the line the diagnostic must point at.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderRulesDoc } from "../scripts/rules-doc.js";
import { loadProject, loadProjectFromFiles } from "../src/load/project.js";
import { allRules } from "../src/validate/rules/index.js";
import { validateProject } from "../src/validate/validate.js";

const fixtures = join(import.meta.dirname, "rules");
const ruleIds = allRules.map((r) => r.meta.id);

function casesOf(ruleId: string): string[] {
  return readdirSync(join(fixtures, ruleId), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function yamlFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return yamlFiles(dir, rel);
    return e.name.endsWith(".yaml") ? [rel] : [];
  });
}

function csvFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return csvFiles(dir, rel);
    return e.name.endsWith(".csv") ? [rel] : [];
  });
}

/**
 * `file:line` of every `# expect: <rule>` marker in a fixture. A CSV row cannot carry a comment, so in a CSV file
 * the marker is a comment line of its own and points at the row below it.
 */
function expectedMarks(dir: string, ruleId: string): string[] {
  const marks: string[] = [];
  for (const file of yamlFiles(dir)) {
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .forEach((line, i) => {
        for (const m of line.matchAll(/# expect: ([a-z-]+)/g)) if (m[1] === ruleId) marks.push(`${file}:${i + 1}`);
      });
  }
  for (const file of csvFiles(dir)) {
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .forEach((line, i) => {
        const m = /^# expect: ([a-z-]+)/.exec(line);
        if (m?.[1] === ruleId) marks.push(`${file}:${i + 2}`);
      });
  }
  return marks.sort();
}

function diagnosticsOf(dir: string) {
  return validateProject(loadProject(dir)).diagnostics;
}

describe.each(ruleIds)("rule %s", (ruleId) => {
  const cases = casesOf(ruleId);

  it("has a valid and an invalid fixture", () => {
    expect(cases.some((c) => c.startsWith("valid"))).toBe(true);
    expect(cases.some((c) => c.startsWith("invalid"))).toBe(true);
  });

  for (const name of cases.filter((c) => c.startsWith("valid"))) {
    it(`${name}/ is a clean project: no diagnostics at all`, () => {
      const found = diagnosticsOf(join(fixtures, ruleId, name)).map(
        (d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`,
      );
      expect(found).toEqual([]);
    });
  }

  for (const name of cases.filter((c) => c.startsWith("invalid"))) {
    it(`${name}/ is reported exactly on the lines marked # expect`, () => {
      const dir = join(fixtures, ruleId, name);
      const marks = expectedMarks(dir, ruleId);
      expect(marks.length).toBeGreaterThan(0);
      const found = diagnosticsOf(dir)
        .filter((d) => d.code === ruleId)
        .map((d) => `${d.file}:${d.line}`)
        .sort();
      expect(found).toEqual(marks);
    });
  }
});

describe("the rules table", () => {
  it("has a fixture folder for every rule and no folder for a rule that does not exist", () => {
    const folders = readdirSync(fixtures, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual([...ruleIds].sort());
  });

  it("docs/rules.md has a row for every rule", () => {
    const doc = readFileSync(join(import.meta.dirname, "..", "docs", "rules.md"), "utf8");
    for (const id of ruleIds) expect(doc).toContain(`| [\`${id}\`](#${id}) |`);
  });

  it("docs/rules.md is exactly what scripts/rules-doc.ts generates (run `npx tsx scripts/rules-doc.ts > docs/rules.md`)", () => {
    const doc = readFileSync(join(import.meta.dirname, "..", "docs", "rules.md"), "utf8");
    expect(doc).toBe(renderRulesDoc(allRules));
  });

  it("every rule explains itself: description, rationale, a wrong and a right example", () => {
    for (const { meta } of allRules) {
      expect(meta.description, meta.id).not.toBe("");
      // Why the method wants it, in the rule's own words: a user's docs never send them to the design notes.
      expect(meta.rationale.length, meta.id).toBeGreaterThan(80);
      expect(meta.examples.wrong, meta.id).not.toBe(meta.examples.right);
    }
  });
});

describe("severities come from procspec.yaml, not from the rule", () => {
  const invalid = join(fixtures, "description-length", "invalid");
  const withConfig = (config: string) => {
    const files = yamlFiles(invalid)
      .filter((path) => path !== "procspec.yaml")
      .map((path) => ({ path, bytes: readFileSync(join(invalid, path)) }));
    const project = loadProjectFromFiles(invalid, new TextEncoder().encode(config), files);
    return validateProject(project).diagnostics.filter((d) => d.code === "description-length");
  };

  it("a too short description is a warning by default", () => {
    expect(withConfig("lang: ru\n").map((d) => d.severity)).toEqual(["warn", "warn"]);
  });

  it("`description-length: off` silences the rule", () => {
    expect(withConfig("lang: ru\nrules:\n  description-length: off\n")).toEqual([]);
  });

  it("`description-length: error` raises it to an error", () => {
    expect(withConfig("lang: ru\nrules:\n  description-length: error\n").map((d) => d.severity)).toEqual([
      "error",
      "error",
    ]);
  });
});

describe("what a reader is told", () => {
  const only = (ruleId: string, name = "invalid") =>
    diagnosticsOf(join(fixtures, ruleId, name)).filter((d) => d.code === ruleId);

  it("a duplicated function points back at the unit that lists it first", () => {
    const [d] = only("duplicate-function");
    expect(d?.message).toContain("«Автосервис»");
    expect(d?.related).toEqual([
      { file: "units.yaml", line: 7, column: 5, message: "впервые эта функция указана у подразделения «Автосервис»" },
    ]);
  });

  it("a position listed twice among executors is reported at its second entry, pointing at the first", () => {
    const [d] = only("duplicate-executor");
    expect(d?.message).toBe(
      "«Sales clerk» is already an executor of «Order handling» (executors[0]); list each position once and merge the functions and competencies into that entry",
    );
    expect(d?.related).toEqual([
      { file: "spec.yaml", line: 46, column: 5, message: "the first entry, executors[0], is here" },
    ]);
  });

  it("an id used twice names the kind and the element that has it first, in words", () => {
    const [d] = only("unique-id");
    expect(d?.message).toBe("the id `sales` is already used by a unit «Sales department» in spec.yaml:6");
  });

  it("an executor with neither a position nor a role is named by its place in the list, not as «»", () => {
    const valid = join(fixtures, "executor-without-competencies", "valid");
    const spec = `${readFileSync(join(valid, "spec.yaml"), "utf8")}  - functions: [Counts the cash]\n`;
    const project = loadProjectFromFiles(valid, new TextEncoder().encode("lang: en\n"), [
      { path: "spec.yaml", bytes: new TextEncoder().encode(spec) },
    ]);
    const messages = validateProject(project)
      .diagnostics.filter((d) => d.code === "executor-without-competencies")
      .map((d) => d.message);
    expect(messages).toEqual([
      "executor `executors[1]` of «Order handling» has no competencies (knowledge, skills, qualities)",
    ]);
  });

  it("a cycle is reported once, with the whole path in the message", () => {
    const messages = only("cycle").map((d) => d.message);
    expect(messages).toEqual([
      "units (parent) form a cycle: `sales` → `sales-office` → `sales`",
      "positions (reportsTo) form a cycle: `sales-manager` → `sales-manager`",
      "processes (parent) form a cycle: `order-handling` → `invoicing` → `order-handling`",
    ]);
  });

  it("a project of comments only is not clean: it has no Organization, said at procspec.yaml", () => {
    expect(only("one-organization", "invalid-empty").map((d) => [d.file, d.line, d.severity])).toEqual([
      ["procspec.yaml", 1, "error"],
    ]);
  });

  it("a project without spec files is told so once, not also that it has no Organization", () => {
    const project = loadProjectFromFiles("/p", new TextEncoder().encode("lang: en\n"), []);
    expect(validateProject(project).diagnostics.map((d) => d.code)).toEqual(["no-spec-files"]);
  });

  it("a second Organization points at the first one", () => {
    const [d] = only("one-organization");
    expect(d?.related?.[0]).toMatchObject({ file: "organization.yaml", line: 1 });
  });
});
