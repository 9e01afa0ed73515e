/**
 * Broken projects, as consultants really break them: each folder of test/bad-input is one project, and the
 * built CLI must answer with a positioned diagnostic — never a crash, never a stack trace, never line 1 by
 * default. Cases whose bytes cannot sensibly be committed (a BOM, CRLF, Windows-1251, an alias bomb, 5 MB)
 * are written here, byte by byte, into a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadProject, loadProjectFromFiles } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { BIN, REPO, STACK_TRACE } from "./helpers/cli.js";
import { runCliInProcess, runMain } from "./helpers/in-process.js";

const CASES = join(REPO, "test", "bad-input");
const VALID = join(CASES, "valid-project");

interface JsonDiagnostic {
  code: string;
  severity: "error" | "warn" | "info";
  message: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
  suggestion?: string;
}

interface Expected {
  code: string;
  file: string;
  line: number;
  column?: number;
  /** A word the message must contain (the thing a user needs to read). */
  says?: RegExp;
}

interface Case {
  /** What the consultant did, in the method's words. */
  title: string;
  /** Folder under test/bad-input, or under the temporary folder for generated cases. */
  dir: string;
  generated?: boolean;
  exit: 0 | 1;
  expect: Expected[];
  lang?: "ru" | "en";
}

let generated = "";

async function validateJson(dir: string, lang?: "ru" | "en") {
  // In-process: the same main() as the binary, without a node start per case (the binary itself is run by the
  // exit-2 cases below and by every CLI test). A throw here fails the case just as a crash would.
  const result = await runMain("validate", dir, "--format", "json", ...(lang ? ["--lang", lang] : []));
  const run = { status: result.code, stdout: result.out, stderr: result.err };
  // Parsing is itself an assertion: stdout must be JSON whatever the input.
  return { ...run, diagnostics: JSON.parse(run.stdout) as JsonDiagnostic[] };
}

/** A copy of the valid project with some files replaced by exactly these bytes. */
function validProjectWith(name: string, files: Record<string, Uint8Array | string>): string {
  const dir = join(generated, name);
  cpSync(VALID, dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === "string" ? Buffer.from(content, "utf8") : content);
  }
  return dir;
}

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

/** mulberry32: the same "random" junk on every machine and every run. */
function junk(seed: number, length: number): Uint8Array {
  let a = seed;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const crlf = (text: string) => text.replace(/\n/g, "\r\n");
const readValid = (path: string) => readFileSync(join(VALID, path), "utf8");

beforeAll(() => {
  if (!existsSync(join(REPO, "dist", "cli", "main.js")))
    throw new Error("dist/ is missing: run `npm run build` (npm test does it before vitest)");
  generated = mkdtempSync(join(tmpdir(), "procspec-bad-input-"));
  // Fine: a BOM at the start of a file is dropped, as every editor on Windows writes one.
  validProjectWith("bom", { "units/sales.yaml": bytes([0xef, 0xbb, 0xbf], readValid("units/sales.yaml")) });
  validProjectWith("bom-with-unknown-key", {
    "units/sales.yaml": bytes([0xef, 0xbb, 0xbf], "colour: blue\n", readValid("units/sales.yaml")),
  });
  // Fine: Windows line endings in every file.
  const crlfFiles: Record<string, string> = {};
  for (const f of [
    "procspec.yaml",
    "organization.yaml",
    "units/sales.yaml",
    "positions/sales-manager.yaml",
    "processes/order-handling.yaml",
  ])
    crlfFiles[f] = crlf(readValid(f));
  validProjectWith("crlf", crlfFiles);
  validProjectWith("crlf-with-mistakes", {
    "positions/cashier.yaml": crlf("kind: Position\nid: cashier\nname: Cashier\nunit: sales\nheadcount: many\n"),
    "positions/driver.yaml": crlf('kind: Position\nid: driver\nname: "Driver\nunit: sales\n'),
  });
  // «Кассир» saved by an old Windows editor: К=CA а=E0 с=F1 с=F1 и=E8 р=F0.
  const cashierCp1251 = bytes("kind: Position\nid: cashier\nname: ", [0xca, 0xe0, 0xf1, 0xf1, 0xe8, 0xf0], "\n");
  validProjectWith("windows-1251", { "positions/cashier.yaml": cashierCp1251 });
  mkdirSync(join(generated, "windows-1251-ru"));
  writeFileSync(join(generated, "windows-1251-ru", "procspec.yaml"), "lang: ru\n");
  writeFileSync(join(generated, "windows-1251-ru", "cashier.yaml"), cashierCp1251);
  // Notepad's "Unicode" is UTF-16 little-endian with a BOM; "Unicode big endian" is FE FF.
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const cashierText = "kind: Position\nid: cashier\nname: Кассир\nunit: sales\n";
  validProjectWith("utf-16", { "positions/cashier.yaml": utf16le(cashierText) });
  mkdirSync(join(generated, "utf-16-be-ru"));
  writeFileSync(join(generated, "utf-16-be-ru", "procspec.yaml"), "lang: ru\n");
  writeFileSync(join(generated, "utf-16-be-ru", "cashier.yaml"), utf16le(cashierText).swap16());
  // Valid UTF-8 (é) and then two bytes that are never UTF-8, in the middle of line 5.
  validProjectWith("invalid-utf8", {
    "positions/cashier.yaml": bytes(
      "kind: Position\nid: cashier\nname: Cashier\nunit: sales\ngeneralKnowledge: [café, ",
      [0xff, 0xfe],
      "]\n",
    ),
  });
  // "Billion laughs": nine aliases per level, nine levels: 9^9 strings if expanded.
  const bomb = [
    "kind: Unit",
    "id: bomb",
    "name: Bomb",
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ];
  const levels = "abcdefghi";
  for (let i = 1; i < levels.length; i++) {
    const prev = levels[i - 1];
    bomb.push(`${levels[i]}: &${levels[i]} [${Array(9).fill(`*${prev}`).join(",")}]`);
  }
  validProjectWith("alias-bomb", { "bomb.yaml": `${bomb.join("\n")}\n` });
  const item = "  - A function described at great length, so that the file grows big\n";
  validProjectWith("five-megabytes", {
    "units/huge.yaml": `kind: Unit\nid: huge\nname: Huge\nfunctions:\n${item.repeat(Math.ceil((5 * 1024 * 1024) / item.length))}`,
  });
  validProjectWith("binary-junk", { "junk.yaml": junk(42, 4096) });
  // Harmless files next to a valid project: nothing to check in them, nothing to report.
  for (const name of ["empty-file", "comments-only", "empty-documents"]) {
    const dir = validProjectWith(name, {});
    cpSync(join(CASES, name), dir, { recursive: true });
  }
});

afterAll(() => {
  if (generated) rmSync(generated, { recursive: true, force: true });
});

const cases: Case[] = [
  { title: "a complete, valid project has nothing to report", dir: "valid-project", exit: 0, expect: [] },
  { title: "a UTF-8 BOM at the start of a file is fine", dir: "bom", generated: true, exit: 0, expect: [] },
  {
    title: "after a BOM, positions on the first line still count from column 1",
    dir: "bom-with-unknown-key",
    generated: true,
    exit: 1,
    expect: [{ code: "schema", file: "units/sales.yaml", line: 1, column: 1, says: /colour/ }],
  },
  { title: "Windows line endings (CRLF) are fine", dir: "crlf", generated: true, exit: 0, expect: [] },
  {
    title: "with CRLF line endings, mistakes are still found at their line and column",
    dir: "crlf-with-mistakes",
    generated: true,
    exit: 1,
    expect: [
      { code: "schema", file: "positions/cashier.yaml", line: 5, column: 12, says: /headcount/ },
      { code: "yaml-syntax", file: "positions/driver.yaml", line: 3, column: 7, says: /quote/ },
    ],
  },
  {
    title: "a file saved in Windows-1251 is named as such, at the first Cyrillic letter",
    dir: "windows-1251",
    generated: true,
    exit: 1,
    expect: [{ code: "file-not-utf8", file: "positions/cashier.yaml", line: 3, column: 7, says: /Windows-1251/ }],
  },
  {
    title: "in a Russian project, the Windows-1251 file is explained in Russian",
    dir: "windows-1251-ru",
    generated: true,
    exit: 1,
    expect: [{ code: "file-not-utf8", file: "cashier.yaml", line: 3, column: 7, says: /кодировке Windows-1251/ }],
  },
  {
    title: "a file saved by Notepad as «Unicode» (UTF-16) is named as such, not as Windows-1251",
    dir: "utf-16",
    generated: true,
    exit: 1,
    expect: [{ code: "file-not-utf8", file: "positions/cashier.yaml", line: 1, column: 1, says: /UTF-16 LE.*UTF-8/ }],
  },
  {
    title: "in a Russian project, a big-endian UTF-16 file is explained in Russian",
    dir: "utf-16-be-ru",
    generated: true,
    exit: 1,
    expect: [
      { code: "file-not-utf8", file: "cashier.yaml", line: 1, column: 1, says: /кодировке UTF-16 BE.*«Юникод»/ },
    ],
  },
  {
    title: "invalid UTF-8 in the middle of a line is found at that byte",
    dir: "invalid-utf8",
    generated: true,
    exit: 1,
    expect: [{ code: "file-not-utf8", file: "positions/cashier.yaml", line: 5, column: 26, says: /0xFF/ }],
  },
  {
    title: "an unclosed quote is shown where the quote opens, not at the end of the file",
    dir: "yaml-unclosed-quote",
    exit: 1,
    expect: [{ code: "yaml-syntax", file: "position.yaml", line: 3, column: 7, says: /quote/ }],
  },
  {
    title: "a line indented too far is shown at that line",
    dir: "yaml-bad-indentation",
    exit: 1,
    expect: [{ code: "yaml-syntax", file: "unit.yaml", line: 4, column: 3, says: /indentation/ }],
  },
  {
    title: "an unclosed flow list is shown at its opening bracket",
    dir: "yaml-unclosed-flow-list",
    exit: 1,
    expect: [{ code: "yaml-syntax", file: "unit.yaml", line: 4, column: 12, says: /`\[`/ }],
  },
  {
    title: "a tab used for indentation is reported at its line",
    dir: "tab-indentation",
    exit: 1,
    expect: [{ code: "yaml-tab", file: "unit.yaml", line: 5, column: 1 }],
  },
  {
    title: "a key written twice is reported at the second one",
    dir: "duplicate-key",
    exit: 1,
    expect: [{ code: "yaml-duplicate-key", file: "position.yaml", line: 5, column: 1, says: /`name`/ }],
  },
  {
    title: "an alias bomb is refused at the first alias",
    dir: "alias-bomb",
    generated: true,
    exit: 1,
    expect: [{ code: "yaml-alias", file: "bomb.yaml", line: 5, column: 8 }],
  },
  {
    title: "an alias to an anchor that does not exist is shown at the alias",
    dir: "unresolved-alias",
    exit: 1,
    expect: [{ code: "yaml-alias", file: "unit.yaml", line: 4, column: 7, says: /\*manager/ }],
  },
  { title: "an empty file is harmless", dir: "empty-file", generated: true, exit: 0, expect: [] },
  { title: "a file of comments only is harmless", dir: "comments-only", generated: true, exit: 0, expect: [] },
  { title: "empty `---` documents are harmless", dir: "empty-documents", generated: true, exit: 0, expect: [] },
  {
    title: "one broken document of a `---` file does not hide mistakes in the next one",
    dir: "multi-document-one-broken",
    exit: 1,
    expect: [
      { code: "yaml-syntax", file: "units.yaml", line: 7, column: 7, says: /quotes/ },
      { code: "schema", file: "units.yaml", line: 12, column: 1, says: /colour/ },
    ],
  },
  {
    title: "a document without `kind` is reported at its first line",
    dir: "missing-kind",
    exit: 1,
    expect: [{ code: "missing-kind", file: "position.yaml", line: 2, column: 1 }],
  },
  {
    title: "a misspelt kind suggests the right one",
    dir: "unknown-kind",
    exit: 1,
    expect: [{ code: "unknown-kind", file: "process.yaml", line: 1, column: 7, says: /did you mean `Process`/ }],
  },
  {
    title: "a kind written as a list is shown as written",
    dir: "kind-not-text",
    exit: 1,
    expect: [{ code: "unknown-kind", file: "process.yaml", line: 1, column: 7, says: /\["Process"\]/ }],
  },
  {
    title: "a list at the top of a file is not a spec document",
    dir: "top-level-list",
    exit: 1,
    expect: [{ code: "not-a-mapping", file: "units.yaml", line: 1, column: 1, says: /a list/ }],
  },
  {
    title: "a bare sentence is not a spec document",
    dir: "scalar-document",
    exit: 1,
    expect: [{ code: "not-a-mapping", file: "unit.yaml", line: 1, column: 1, says: /Sales department/ }],
  },
  {
    title: "`headcount: many` must be a whole number",
    dir: "wrong-type-headcount",
    exit: 1,
    expect: [{ code: "schema", file: "position.yaml", line: 4, column: 12, says: /whole number/ }],
  },
  {
    title: "goals written as one text instead of a list",
    dir: "wrong-type-goals-text",
    exit: 1,
    expect: [{ code: "schema", file: "process.yaml", line: 6, column: 12, says: /`goals` must be a list/ }],
  },
  {
    title: "`functions: 5` must be a list",
    dir: "wrong-type-functions-number",
    exit: 1,
    expect: [{ code: "schema", file: "unit.yaml", line: 4, column: 12, says: /`functions` must be a list/ }],
  },
  {
    title: "an id with a space suggests a hyphenated one",
    dir: "id-with-spaces",
    exit: 1,
    expect: [{ code: "schema", file: "position.yaml", line: 2, column: 5, says: /did you mean `sales-manager`/ }],
  },
  {
    title: "a Cyrillic id suggests its transliteration",
    dir: "id-cyrillic",
    exit: 1,
    expect: [{ code: "schema", file: "position.yaml", line: 2, column: 5, says: /did you mean `kassir`/ }],
  },
  {
    title: "an id with capitals suggests the lowercase one",
    dir: "id-capitals",
    exit: 1,
    expect: [{ code: "schema", file: "unit.yaml", line: 2, column: 5, says: /did you mean `salesdept`/ }],
  },
  {
    title: "the same id in two files is reported at the second",
    dir: "duplicate-ids-across-files",
    exit: 1,
    expect: [{ code: "unique-id", file: "units/cashier.yaml", line: 2, column: 5, says: /positions\/cashier\.yaml/ }],
  },
  {
    title: "processes that are each other's parent form a cycle",
    dir: "cycle-process-parent",
    exit: 1,
    expect: [{ code: "cycle", file: "processes.yaml", line: 9, column: 9 }],
  },
  {
    title: "units that are each other's parent form a cycle",
    dir: "cycle-unit-parent",
    exit: 1,
    expect: [{ code: "cycle", file: "units.yaml", line: 9, column: 9 }],
  },
  {
    title: "a reportsTo chain that comes back to its start is a cycle",
    dir: "cycle-reports-to",
    exit: 1,
    expect: [{ code: "cycle", file: "positions.yaml", line: 14, column: 12 }],
  },
  {
    title: "a client that is both external and a position is shown at the second kind",
    dir: "party-two-kinds",
    exit: 1,
    expect: [{ code: "schema", file: "process.yaml", line: 6, column: 5, says: /exactly one of position/ }],
  },
  {
    title: "an executor with both a position and a role is explained as an executor",
    dir: "executor-position-and-role",
    exit: 1,
    expect: [{ code: "schema", file: "process.yaml", line: 6, column: 5, says: /an executor is exactly one/ }],
  },
  {
    title: "a misspelt owner suggests the position meant",
    dir: "unknown-reference-did-you-mean",
    exit: 1,
    expect: [{ code: "unknown-reference", file: "positions.yaml", line: 8, column: 8, says: /`cashier`/ }],
  },
  {
    title: "meeting notes saved as .yaml are reported, not parsed into nonsense",
    dir: "random-text-files",
    exit: 1,
    expect: [
      { code: "yaml-syntax", file: "minutes.yaml", line: 1, column: 1, says: /not a `key: value`/ },
      { code: "missing-kind", file: "todo.yaml", line: 1, column: 1 },
    ],
  },
  {
    title: "binary junk named .yaml is reported as not UTF-8",
    dir: "binary-junk",
    generated: true,
    exit: 1,
    // mulberry32(42) starts with 0x7C ("|") and then 0x8A, which no UTF-8 sequence starts with.
    expect: [{ code: "file-not-utf8", file: "junk.yaml", line: 1, column: 2, says: /0x8A/ }],
  },
  {
    title: "a 5 MB file is refused, not parsed for minutes",
    dir: "five-megabytes",
    generated: true,
    exit: 1,
    expect: [{ code: "file-too-large", file: "units/huge.yaml", line: 1, column: 1, says: /5\.0 MB/ }],
  },
  {
    title: "a list or mapping used as a key is shown where it is written",
    dir: "non-text-key",
    exit: 1,
    expect: [{ code: "schema", file: "unit.yaml", line: 4, column: 3 }],
  },
  {
    title: "a project without any spec file says so in procspec.yaml",
    dir: "no-spec-files",
    exit: 1,
    expect: [{ code: "no-spec-files", file: "procspec.yaml", line: 1, column: 1 }],
  },
  {
    title: "a typo in a key of procspec.yaml suggests the right key",
    dir: "config-unknown-key",
    exit: 1,
    expect: [{ code: "schema", file: "procspec.yaml", line: 2, column: 1, says: /did you mean `include`/ }],
  },
  {
    title: "`lang: de` is not a language procspec writes",
    dir: "config-unknown-lang",
    exit: 1,
    expect: [{ code: "schema", file: "procspec.yaml", line: 1, column: 7, says: /ru, en/ }],
  },
  {
    title: "an unknown rule id in `rules` is reported at the key, with the rule meant",
    dir: "config-unknown-rule",
    exit: 1,
    expect: [
      { code: "config", file: "procspec.yaml", line: 3, column: 3, says: /did you mean `process-without-client`/ },
    ],
  },
  {
    title: "a severity that is not error, warn, info or off",
    dir: "config-bad-severity",
    exit: 1,
    expect: [{ code: "schema", file: "procspec.yaml", line: 3, column: 23, says: /error, warn, info, off/ }],
  },
  {
    title: "procspec.yaml written as a list",
    dir: "config-not-a-mapping",
    exit: 1,
    expect: [{ code: "not-a-mapping", file: "procspec.yaml", line: 1, column: 1 }],
  },
  {
    title: "an include pattern that leaves the project folder is refused at the pattern",
    dir: "include-outside-project",
    exit: 1,
    expect: [{ code: "config", file: "procspec.yaml", line: 2, column: 24, says: /outside the project/ }],
  },
];

describe.concurrent("bad input: every broken project gets a positioned diagnostic, never a crash", () => {
  it.each(cases)("$title", async (c) => {
    const dir = c.generated ? join(generated, c.dir) : join(CASES, c.dir);
    const run = await validateJson(dir, c.lang);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.status).toBe(c.exit);
    if (c.exit === 0) expect(run.diagnostics).toEqual([]);
    for (const e of c.expect) {
      const found = run.diagnostics.find(
        (d) =>
          d.code === e.code &&
          d.file === e.file &&
          d.line === e.line &&
          (e.column === undefined || d.column === e.column),
      );
      expect(
        found,
        `${e.code} at ${e.file}:${e.line}:${e.column ?? "*"} in\n${JSON.stringify(run.diagnostics, null, 1)}`,
      ).toBeDefined();
      if (e.says) expect(found?.message).toMatch(e.says);
    }
  });

  it("the files of one project are never read outside its folder", async () => {
    const run = await validateJson(join(CASES, "include-outside-project"));
    expect(run.diagnostics.every((d) => !d.file.startsWith(".."))).toBe(true);
  });
});

/** CPU time of `work` in milliseconds: unlike wall time, it does not grow when the machine is busy. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe("bad input: bounded time and memory", () => {
  it("an alias bomb is refused in well under a second, without expanding it", () => {
    const bomb = readFileSync(join(generated, "alias-bomb", "bomb.yaml"));
    let codes: string[] = [];
    const ms = cpuMs(() => {
      const project = loadProjectFromFiles("/bomb", Buffer.from("lang: en\n"), [{ path: "bomb.yaml", bytes: bomb }]);
      codes = project.diagnostics.map((d) => d.code);
    });
    expect(codes).toEqual(["yaml-alias"]);
    expect(ms).toBeLessThan(1000);
  });

  it("the CLI refuses the alias bomb under a 64 MB heap (expanding it would need gigabytes)", () => {
    const dir = join(generated, "alias-bomb");
    const run = spawnSync(process.execPath, ["--max-old-space-size=64", BIN, "validate", dir], {
      encoding: "utf8",
      env: { ...process.env, CI: "true", NO_COLOR: "1" },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("yaml-alias");
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("a 5 MB file is refused before it is parsed", () => {
    let codes: string[] = [];
    const ms = cpuMs(() => {
      codes = loadProject(join(generated, "five-megabytes")).diagnostics.map((d) => d.code);
    });
    expect(codes).toEqual(["file-too-large"]);
    expect(ms).toBeLessThan(1000);
  });
});

describe("bad input: when procspec cannot run at all, exit 2 with a hint", () => {
  it("a folder without procspec.yaml", async () => {
    const run = await runCliInProcess(["validate", join(CASES, "missing-config")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no procspec\.yaml/);
    expect(run.stderr).toMatch(/hint: .*procspec init/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toBe("");
  });

  it("a folder that does not exist", async () => {
    const run = await runCliInProcess(["validate", join(CASES, "no-such-folder")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read .*: there is no such file or folder/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("procspec.yaml given instead of its folder checks that project and shows the settings' problems", async () => {
    const run = await runCliInProcess(["validate", join(CASES, "valid-project", "procspec.yaml"), "--format", "json"]);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it("an output format procspec does not know", async () => {
    const run = await runCliInProcess(["validate", join(CASES, "valid-project"), "--format", "xml"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/xml/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("bad input: any value under any key", () => {
  // The keys a consultant may write, and the values they might put there by mistake.
  const topKeys: Record<string, string[]> = {
    Organization: ["id", "name", "strategy", "values"],
    Unit: ["id", "name", "parent", "head", "functions"],
    Position: ["id", "name", "unit", "reportsTo", "headcount", "generalKnowledge", "responsibilities", "profstandard"],
    Process: [
      ...["id", "name", "code", "parent", "description", "owner", "clients", "results"],
      ...["indicators", "resources", "executors"],
    ],
  };
  const innerKeys = [
    ...["position", "unit", "process", "external", "company", "name", "goals", "to", "measure", "type"],
    ...["from", "role", "functions", "competencies", "knowledge", "skills", "qualities", "clients", "level"],
  ];
  const leaf = fc.oneof(
    fc.constantFrom("sales-manager", "order-handling", "sales", "acme", "", null, true, 5, "Sales manager"),
    fc.jsonValue({ maxDepth: 1 }),
  );
  const inner = fc.dictionary(fc.constantFrom(...innerKeys), fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })), {
    maxKeys: 4,
  });
  const value = fc.oneof(leaf, inner, fc.array(fc.oneof(leaf, inner), { maxLength: 3 }));
  const others = [
    "kind: Organization\nid: acme\nname: Acme\n",
    "kind: Unit\nid: sales\nname: Sales\n",
    "kind: Position\nid: sales-manager\nname: Sales manager\nunit: sales\n",
    "kind: Process\nid: order-handling\nname: Order handling\n",
  ].join("---\n");

  it("validate never throws and places every diagnostic on a real line", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(topKeys)),
        fc.dictionary(fc.constantFrom(...Object.values(topKeys).flat()), value),
        (kind, data) => {
          const files = [
            { path: "a.yaml", bytes: Buffer.from(stringify({ kind, ...data })) },
            { path: "b.yaml", bytes: Buffer.from(others) },
          ];
          const project = loadProjectFromFiles("/fuzz", Buffer.from("lang: en\n"), files);
          const lines = new Map(files.map((f) => [f.path, f.bytes.toString("utf8").split("\n").length]));
          for (const d of validateProject(project).diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(lines.get(d.file) ?? 1);
            expect(d.column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300, seed: 20261128 },
    );
  });
});
