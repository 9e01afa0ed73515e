import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv04Module from "ajv-draft-04";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { escapeData, escapeProperty, formatGithub } from "../src/diagnostics/format/github.js";
import { formatJunit } from "../src/diagnostics/format/junit.js";
import { formatSarif } from "../src/diagnostics/format/sarif.js";
import { allRules } from "../src/validate/rules/index.js";
import { runMain } from "./helpers/in-process.js";

const here = dirname(fileURLToPath(import.meta.url));

const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({
  code: "unknown-reference",
  severity: "error",
  message: "`owner` refers to `service-manger`, which does not exist — did you mean `service-manager`?",
  file: "processes/vehicle-intake.yaml",
  line: 7,
  column: 8,
  pointer: "/owner",
  ...over,
});

describe("github: workflow commands annotate the pull request", () => {
  it("an error becomes ::error with file, line, col and the rule as title", () => {
    expect(formatGithub([diagnostic({})])).toBe(
      "::error file=processes/vehicle-intake.yaml,line=7,col=8,title=unknown-reference::" +
        "`owner` refers to `service-manger`, which does not exist — did you mean `service-manager`?\n",
    );
  });

  it("warnings and notes use the runner's own levels", () => {
    const text = formatGithub([diagnostic({ severity: "warn" }), diagnostic({ severity: "info" })]);
    expect(text.split("\n")[0]).toMatch(/^::warning /);
    expect(text.split("\n")[1]).toMatch(/^::notice /);
  });

  it("a message with %, line breaks, colons and commas cannot end the command early", () => {
    const text = formatGithub([
      diagnostic({ file: "odd, name:1.yaml", message: "100% done\r\nnext line: a, b", code: "schema" }),
    ]);
    expect(text).toBe(
      "::error file=odd%2C name%3A1.yaml,line=7,col=8,title=schema::100%25 done%0D%0Anext line: a, b\n",
    );
    expect(text.trimEnd().split("\n")).toHaveLength(1);
    expect(escapeData("%0A")).toBe("%250A");
    expect(escapeProperty("a:b,c")).toBe("a%3Ab%2Cc");
  });
});

/** A small XML reader good enough for our own output: elements, attributes, text; throws on malformed nesting. */
interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}
function parseXml(source: string): XmlNode {
  const unescapeXml = (s: string) =>
    s.replace(/&(lt|gt|quot|apos|amp|#(\d+));/g, (_m, name: string, num?: string) =>
      num ? String.fromCharCode(Number(num)) : ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[name] ?? ""),
    );
  const body = source.replace(/^<\?xml[^>]*\?>\s*/, "");
  const root: XmlNode = { name: "#root", attrs: {}, children: [], text: "" };
  const stack = [root];
  const token = /<(\/?)([\w-]+)((?:\s+[\w-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (const m of body.matchAll(token)) {
    if (m.index !== consumed) throw new Error(`unexpected text at ${consumed}`);
    consumed = m.index + m[0].length;
    const top = stack[stack.length - 1] as XmlNode;
    if (m[5] !== undefined) {
      if (/[<&](?!lt;|gt;|quot;|apos;|amp;|#\d+;)/.test(m[5])) throw new Error(`unescaped text ${m[5]}`);
      top.text += unescapeXml(m[5]);
      continue;
    }
    const [, closing, name = "", attrText = "", selfClosing] = m;
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w-]+)="([^"]*)"/g)) attrs[a[1] as string] = unescapeXml(a[2] as string);
    const node: XmlNode = { name, attrs, children: [], text: "" };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (consumed !== body.length || stack.length !== 1) throw new Error("unbalanced XML");
  const [only] = root.children;
  if (!only || root.children.length !== 1) throw new Error("expected one root element");
  return only;
}

describe("junit: one testcase per file checked; only errors fail", () => {
  const diagnostics = [
    diagnostic({}),
    diagnostic({
      severity: "warn",
      code: "description-length",
      line: 5,
      message: "описание <из> 1 предложения & «ещё»",
    }),
    diagnostic({ file: "positions/mechanic.yaml", severity: "info", code: "provisional-role", line: 3 }),
  ];
  const files = ["procspec.yaml", "positions/mechanic.yaml", "processes/vehicle-intake.yaml", "units/service.yaml"];
  const report = parseXml(formatJunit(diagnostics, { files }));
  const cases = report.children[0]?.children ?? [];

  it("every file checked is a testcase, clean ones too; only the file with an error fails", () => {
    expect(report.name).toBe("testsuites");
    expect([report.attrs.tests, report.attrs.failures]).toEqual(["4", "1"]);
    expect(cases.map((c) => [c.attrs.name, c.children.map((x) => x.name).join(",")])).toEqual([
      ["positions/mechanic.yaml", "system-out"],
      ["processes/vehicle-intake.yaml", "failure,system-out"],
      ["procspec.yaml", ""],
      ["units/service.yaml", ""],
    ]);
  });

  it("a warning is shown in system-out, not counted as a failure", () => {
    const intake = cases.find((c) => c.attrs.name === "processes/vehicle-intake.yaml");
    expect(intake?.children[0]?.attrs.type).toBe("error");
    expect(intake?.children[1]?.text).toContain("описание <из> 1 предложения & «ещё»");
    const warningsOnly = parseXml(formatJunit([diagnostics[1] as Diagnostic], { files }));
    expect(warningsOnly.attrs.failures).toBe("0");
  });

  it("past --max-warnings a file with warnings fails too", () => {
    const strict = parseXml(formatJunit([diagnostics[1] as Diagnostic], { files, maxWarnings: 0 }));
    expect(strict.attrs.failures).toBe("1");
    expect(
      strict.children[0]?.children.find((c) => c.attrs.name === "processes/vehicle-intake.yaml")?.children[0]?.attrs
        .type,
    ).toBe("warn");
  });

  it("XML-special and control characters in a message keep the report well-formed", () => {
    const nasty = diagnostic({ message: `a]]><b c="d">&'\u0001\n` });
    const parsed = parseXml(formatJunit([nasty]));
    expect(parsed.children[0]?.children[0]?.children[0]?.attrs.message).toBe(`a]]><b c="d">&'\n`);
  });

  it('a clean project reports its files as passed tests, not tests="0"', () => {
    const clean = parseXml(formatJunit([], { files }));
    expect([clean.attrs.tests, clean.attrs.failures]).toEqual(["4", "0"]);
  });
});

describe("sarif: a SARIF 2.1.0 log code scanning accepts", () => {
  const schema = JSON.parse(readFileSync(join(here, "fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8"));
  // The schema's `language` pattern is not valid as a `u` regexp, hence unicodeRegExp: false.
  const ajv = new Ajv04Module.default({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validateSarif = ajv.compile(schema);
  const tool = {
    name: "procspec",
    version: "0.1.0",
    informationUri: "https://procspec.dev",
    rules: allRules.map((r) => r.meta),
  };
  const diagnostics = [
    diagnostic({
      related: [{ file: "positions/service-manager.yaml", line: 2, column: 5, message: "defined here" }],
    }),
    diagnostic({ severity: "warn", code: "schema", file: "units/Сервис.yaml" }),
    diagnostic({ severity: "info", code: allRules[0]?.meta.id ?? "unique-id" }),
  ];
  const log = JSON.parse(formatSarif(diagnostics, tool));

  it("validates against the official schema", () => {
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("describes every rule procspec knows, with its default level", () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe("procspec");
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(allRules.map((r) => r.meta.id));
    expect(driver.rules[0].defaultConfiguration.level).toBe("error");
  });

  it("each result has its rule, level, message and a relative location", () => {
    const [first, second, third] = log.runs[0].results;
    expect(first.ruleId).toBe("unknown-reference");
    expect(first.level).toBe("error");
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "processes/vehicle-intake.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 7, startColumn: 8 },
    });
    expect(first.relatedLocations[0].message.text).toBe("defined here");
    expect(second.level).toBe("warning");
    expect(second.ruleIndex).toBeUndefined();
    expect(second.locations[0].physicalLocation.artifactLocation.uri).toBe(
      "units/%D0%A1%D0%B5%D1%80%D0%B2%D0%B8%D1%81.yaml",
    );
    expect(third.level).toBe("note");
  });

  it("the schema check is not vacuous: a level SARIF does not know is refused", () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = "warn";
    expect(validateSarif(broken)).toBe(false);
  });

  it("an empty log is valid too", () => {
    expect(validateSarif(JSON.parse(formatSarif([], tool)))).toBe(true);
  });
});

describe("validate --format and --max-warnings on a real project", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "procspec-formats-"));
    // unknown-reference lowered to a warning: one warning and nothing else
    writeFileSync(join(dir, "procspec.yaml"), "lang: en\nrules:\n  unknown-reference: warn\n");
    writeFileSync(
      join(dir, "org.yaml"),
      "kind: Organization\nid: acme\nname: Acme\n---\nkind: Unit\nid: sales\nname: Sales\nhead: nobody-here\nfunctions: [Selling]\n",
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ["stylish", "json", "github", "sarif", "junit"]) {
    it(`${format}: a warning passes, and fails once it exceeds --max-warnings 0`, async () => {
      const loose = await runMain("validate", dir, "--format", format);
      expect(loose.out).toContain("nobody-here");
      const warnings = (await runMain("validate", dir, "--format", "json")).out;
      const count = (JSON.parse(warnings) as Diagnostic[]).filter((d) => d.severity === "warn").length;
      expect(count).toBeGreaterThan(0);
      expect(loose.code).toBe((JSON.parse(warnings) as Diagnostic[]).some((d) => d.severity === "error") ? 1 : 0);
      expect((await runMain("validate", dir, "--format", format, "--max-warnings", String(count))).code).toBe(
        loose.code,
      );
      const strict = await runMain("validate", dir, "--format", format, "--max-warnings", "0");
      expect(strict.code).toBe(1);
    });
  }

  it("the github format points at the line of the bad reference", async () => {
    const { out } = await runMain("validate", dir, "--format", "github");
    expect(out).toMatch(/^::warning file=(?:[^,]*\/)?org\.yaml,line=8,col=\d+,title=unknown-reference::.*nobody-here/m);
  });
});
