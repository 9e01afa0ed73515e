/** A value of the wrong type is one mistake: the schema says what to write there, and no rule repeats it. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";

const PROCESS = join("processes", "sales", "order-handling.yaml");

/** The trading example with one top-level key of one process rewritten; the codes of what is reported. */
function reportedAfter(key: string, written: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "procspec-type-"));
  cpSync(join(REPO, "examples", "trading-en"), dir, { recursive: true });
  const file = join(dir, PROCESS);
  const text = readFileSync(file, "utf8");
  // The key and its block (indented or list lines below it) are replaced by one line.
  const replaced = text.replace(new RegExp(`^${key}:.*\\n(?:(?:[ -].*)?\\n)*?(?=[a-z])`, "m"), `${key}: ${written}\n`);
  expect(replaced, `${key} is in ${PROCESS}`).not.toBe(text);
  writeFileSync(file, replaced);
  return validateProject(loadProject(dir)).diagnostics.map((d) => `${d.file} ${d.code}`);
}

describe("a value of the wrong type is reported once, by the schema", () => {
  it.each([
    ["clients", "5"],
    ["results", "{ name: Invoice }"],
    ["owner", "{ position: sales-manager }"],
    ["description", "42"],
  ])("`%s: %s` gives one schema error and no rule report at the same key", (key, written) => {
    const reported = reportedAfter(key, written);
    expect(reported.filter((r) => r.startsWith(PROCESS))).toEqual([`${PROCESS} schema`]);
  });
});
