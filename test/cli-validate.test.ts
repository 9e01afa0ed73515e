/**
 * `procspec validate` as a consultant and a CI job see it: its output formats and exit codes. A few cases run the
 * built CLI as a process (exit codes 0, 1 and 2 as a shell sees them, no colours off a terminal, --help); the rest
 * call the same `main` in-process, which is the same code without the start-up of a process per case.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli, STACK_TRACE } from "./helpers/cli.js";
import { runMain } from "./helpers/in-process.js";

/** The CLI's `main` in-process, with what a run of the binary gives: exit status, stdout, stderr. */
async function cli(args: readonly string[]) {
  const run = await runMain(...args);
  return { status: run.code, stdout: run.out, stderr: run.err };
}

const VALID = join(REPO, "test", "bad-input", "valid-project");

let root = "";
/** The valid project plus a warehouse with functions but no head and no staff: three warnings, no error. */
let warningsOnly = "";
/** The same plus a cashier with `headcount: many`: one error. */
let withError = "";

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "procspec-cli-validate-"));
  warningsOnly = join(root, "warnings-only");
  cpSync(VALID, warningsOnly, { recursive: true });
  writeFileSync(
    join(warningsOnly, "units", "warehouse.yaml"),
    "kind: Unit\nid: warehouse\nname: Warehouse\nfunctions: [Storing goods]\n",
  );
  withError = join(root, "with-error");
  cpSync(warningsOnly, withError, { recursive: true });
  writeFileSync(
    join(withError, "positions", "cashier.yaml"),
    "kind: Position\nid: cashier\nname: Cashier\nunit: sales\nheadcount: many\n",
  );
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
}

const json = (stdout: string) => JSON.parse(stdout) as JsonDiagnostic[];

describe("stylish output: what a person reads in the terminal", () => {
  it("groups by file, one `file:line:column  severity  message  code` line each, then a summary", () => {
    const run = runCli(["validate", withError, "--lang", "en"]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("positions/cashier.yaml");
    expect(lines).toContain("  positions/cashier.yaml:5:12  error  `headcount` must be a whole number  schema");
    // Every diagnostic line has the four parts, in this order, separated by two spaces.
    const rows = lines.filter((l) => l.startsWith("  "));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/^ {2}\S+\.yaml:\d+:\d+ {2}(error|warning|info) {2}.+ {2}[a-z-]+$/);
    // Files are blocks separated by an empty line, in order of path.
    const headers = lines.filter((l) => /^\S/.test(l) && l.endsWith(".yaml"));
    expect(headers).toEqual(["positions/cashier.yaml", "units/warehouse.yaml"]);
    expect(lines[lines.indexOf("units/warehouse.yaml") - 1]).toBe("");
    expect(lines[lines.length - 1]).toMatch(/^✖ problems: \d+ \(errors: 1, warnings: 3, notes: 0\); files checked: 6$/);
    // no colours when the output is not a terminal
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("a clean project gets a one-line summary", () => {
    const run = runCli(["validate", VALID]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("✔ files checked: 4, no problems\n");
    expect(run.stderr).toBe("");
  });
});

describe("--format json: what a tool reads", () => {
  it("is an array of diagnostics with stable keys in a stable order", async () => {
    const run = await cli(["validate", withError, "--format", "json"]);
    expect(run.status).toBe(1);
    const diagnostics = json(run.stdout);
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    for (const d of diagnostics) {
      expect(Object.keys(d).slice(0, 7)).toEqual(["code", "severity", "message", "file", "line", "column", "pointer"]);
      expect(["error", "warn", "info"]).toContain(d.severity);
    }
    expect(diagnostics).toContainEqual({
      code: "schema",
      severity: "error",
      message: "`headcount` must be a whole number",
      file: "positions/cashier.yaml",
      line: 5,
      column: 12,
      pointer: "/headcount",
    });
  });

  it("is sorted by file, line and column, so two runs give the same bytes", async () => {
    const first = (await cli(["validate", withError, "--format", "json"])).stdout;
    const second = (await cli(["validate", withError, "--format", "json"])).stdout;
    expect(second).toBe(first);
    const order = json(first).map((d) => [d.file, d.line, d.column] as const);
    const sorted = [...order].sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] - b[1] || a[2] - b[2]));
    expect(order).toEqual(sorted);
  });

  it("a clean project is an empty array", async () => {
    const run = await cli(["validate", VALID, "--format", "json"]);
    expect(run.stdout).toBe("[]\n");
  });
});

describe("--lang: messages in the consultant's language", () => {
  it("Russian messages, severities and summary with --lang ru", async () => {
    const run = await cli(["validate", withError, "--lang", "ru"]);
    expect(run.stdout).toContain("ошибка  значение `headcount` должно быть целым числом  schema");
    expect(run.stdout).toContain("предупреждение  у подразделения «Warehouse» не указан руководитель");
    expect(run.stdout).toMatch(/✖ замечаний: \d+ \(ошибок: 1, предупреждений: 3, к сведению: 0\); проверено файлов: 6/);
  });

  it("English with --lang en, whatever procspec.yaml says", async () => {
    const ru = join(root, "russian-project");
    cpSync(withError, ru, { recursive: true });
    writeFileSync(join(ru, "procspec.yaml"), "lang: ru\n");
    expect((await cli(["validate", ru])).stdout).toContain("целым числом");
    const run = await cli(["validate", ru, "--lang", "en"]);
    expect(run.stdout).toContain("`headcount` must be a whole number");
    expect(run.stdout).not.toMatch(/[а-яё]{4}/i);
  });

  it("the same diagnostics in both languages, only the words differ", async () => {
    const en = json((await cli(["validate", withError, "--format", "json", "--lang", "en"])).stdout);
    const ru = json((await cli(["validate", withError, "--format", "json", "--lang", "ru"])).stdout);
    const where = (ds: JsonDiagnostic[]) => ds.map((d) => `${d.code}@${d.file}:${d.line}:${d.column}`);
    expect(where(ru)).toEqual(where(en));
  });

  it("an unknown --lang is a usage error (exit 2)", () => {
    const run = runCli(["validate", VALID, "--lang", "de"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/ru or en/);
  });
});

describe("exit codes and --max-warnings: what CI gates on", () => {
  it("warnings alone pass (exit 0)", async () => {
    expect((await cli(["validate", warningsOnly])).status).toBe(0);
  });

  it("more warnings than --max-warnings fail (exit 1) and say why on stderr", async () => {
    const run = await cli(["validate", warningsOnly, "--max-warnings", "1", "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/warnings: \d+, more than --max-warnings 1/);
  });

  it("as many warnings as --max-warnings allows still pass", async () => {
    const count = json((await cli(["validate", warningsOnly, "--format", "json"])).stdout).filter(
      (d) => d.severity === "warn",
    ).length;
    expect(count).toBeGreaterThan(0);
    expect((await cli(["validate", warningsOnly, "--max-warnings", String(count)])).status).toBe(0);
    expect((await cli(["validate", warningsOnly, "--max-warnings", String(count - 1)])).status).toBe(1);
  });

  it("an error fails whatever --max-warnings says", async () => {
    expect((await cli(["validate", withError, "--max-warnings", "100"])).status).toBe(1);
  });

  it("a --max-warnings that is not a whole number is a usage error (exit 2)", async () => {
    const run = await cli(["validate", VALID, "--max-warnings", "some"]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("an unknown option is a usage error (exit 2)", async () => {
    expect((await cli(["validate", VALID, "--strict"])).status).toBe(2);
  });
});

describe("--help shows how to use it, with examples", () => {
  it("procspec --help lists validate and examples", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/validate \[options\] \[path\]/);
    expect(run.stdout).toMatch(/Examples:\n\s+procspec /);
  });

  it("procspec validate --help shows the options, examples and exit codes", async () => {
    const run = await cli(["validate", "--help"]);
    expect(run.status).toBe(0);
    for (const option of ["--format", "--max-warnings", "--lang"]) expect(run.stdout).toContain(option);
    expect(run.stdout).toMatch(/Examples:\n\s+procspec validate/);
    expect(run.stdout).toMatch(/Exit codes: 0 .*1 .*2 /s);
  });
});
