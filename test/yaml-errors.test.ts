/**
 * Every error the YAML parser can raise reaches the user in the project's language: a Russian project sees no
 * English sentence of the parser, an English one no Russian. The codes are read from the yaml package itself, so
 * an upgrade that adds one fails here until it has words.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { LineCounter, parseAllDocuments, YAMLParseError } from "yaml";
import { yamlErrorWords } from "../src/i18n/yaml-errors.js";
import { parseSpecText, yamlErrorDiagnostic } from "../src/load/parse.js";

/** The `ErrorCode` union as the installed yaml package declares it. */
function parserCodes(): string[] {
  const main = createRequire(import.meta.url).resolve("yaml");
  const declared = readFileSync(join(dirname(main), "errors.d.ts"), "utf8");
  const union = /type ErrorCode =([^;]+);/.exec(declared)?.[1] ?? "";
  return [...union.matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1] ?? "");
}

/** Sentences of a message with Latin letters and no Cyrillic, once code in backticks and «quotes» is set aside. */
function latinOnly(text: string): string[] {
  return text
    .replace(/`[^`]*`/g, "")
    .replace(/«[^»]*»/g, "")
    .split(/[.;:—]\s+/)
    .filter((sentence) => /[A-Za-z]{2,}/.test(sentence.replace(/\bYAML\b/g, "")) && !/[А-Яа-яЁё]/.test(sentence));
}

const cyrillic = (text: string) => /[А-Яа-яЁё]/.test(text);

/** Inputs that make the parser raise each code it raises for a hand-written file (checked below). */
const RAISED: Record<string, string> = {
  ALIAS_PROPS: "a: &x 1\nb: !!str *x\n",
  BAD_ALIAS: "a: *\n",
  BAD_DQ_ESCAPE: 'a: "x\\q"\n',
  BAD_INDENT: "a: [b, c\n",
  BAD_SCALAR_START: "a: @b\n",
  BLOCK_AS_IMPLICIT_KEY: "a: b: c\n",
  BLOCK_IN_FLOW: "from: { - a }\n",
  DUPLICATE_KEY: "a: 1\na: 2\n",
  KEY_OVER_1024_CHARS: `${"x".repeat(1100)}: 1\n`,
  MISSING_CHAR: 'a: "b\n',
  MULTILINE_IMPLICIT_KEY: "a: 1\nb\n  c: 2\n",
  MULTIPLE_ANCHORS: "a: &x &y 1\n",
  MULTIPLE_TAGS: "a: !!str !!str 1\n",
  TAB_AS_INDENT: "a:\n\t- b\n",
  UNEXPECTED_TOKEN: "a: 1\n]\n",
};

describe("YAML parser errors", () => {
  const codes = parserCodes();

  it("the yaml package lists its error codes, and each has words in Russian and English", () => {
    expect(codes.length).toBeGreaterThanOrEqual(20);
    for (const code of codes) {
      expect(Object.keys(yamlErrorWords.ru), code).toContain(code);
      expect(Object.keys(yamlErrorWords.en), code).toContain(code);
    }
  });

  it.each(Object.entries(RAISED))("%s from a hand-written file is told in Russian and in English", (code, body) => {
    const text = `kind: Unit\n${body}`;
    const raised = parseAllDocuments(text, { uniqueKeys: true }).flatMap((d) =>
      "errors" in d ? d.errors.map((e) => e.code) : [],
    );
    expect(raised).toContain(code);
    const ru = parseSpecText("unit.yaml", text, "ru").diagnostics;
    const en = parseSpecText("unit.yaml", text, "en").diagnostics;
    expect(ru.length).toBeGreaterThan(0);
    for (const d of ru) expect(latinOnly(d.message), d.message).toEqual([]);
    for (const d of en) expect(cyrillic(d.message), d.message).toBe(false);
    expect(ru.every((d) => d.line >= 2)).toBe(true);
  });

  it.each(codes)("%s, with the parser's own English message, becomes the user's words with what to do", (code) => {
    const text = "kind: Unit\nid: shop\n";
    const lineCounter = new LineCounter();
    parseAllDocuments(text, { lineCounter });
    const at = (offset: number) => {
      const p = lineCounter.linePos(offset);
      return { line: p.line, column: p.col };
    };
    const error = new YAMLParseError([11, 13], code as YAMLParseError["code"], `Parser says ${code} in English`);
    const ru = yamlErrorDiagnostic("unit.yaml", text, error, at, "ru");
    const en = yamlErrorDiagnostic("unit.yaml", text, error, at, "en");
    expect(latinOnly(ru.message), ru.message).toEqual([]);
    expect(ru.message).not.toContain("Parser says");
    expect(cyrillic(en.message), en.message).toBe(false);
    expect(en.message).not.toContain("Parser says");
    // What to do: every explanation gives advice after its `;`.
    expect(ru.message).toMatch(/; \S/);
    expect(en.message).toMatch(/; \S/);
    expect(ru.line).toBe(2);
  });
});

describe("a Russian project with a broken flow map", () => {
  const broken = [
    "from: { position: dispatcher\n",
    "from: { position: a: b }\n",
    "from: { position: dispatcher }}\n",
    "from: { position: [a, b }\n",
    'from: { position: "a }\n',
    "from: {, position: a}\n",
    "from: { - a }\n",
  ];
  it.each(broken)("%j is reported in Russian only", (line) => {
    const diagnostics = parseSpecText(
      "process.yaml",
      `kind: Process\nid: p\nresources:\n  - name: R\n    ${line}`,
      "ru",
    ).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(latinOnly(d.message), d.message).toEqual([]);
  });
});
