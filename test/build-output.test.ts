import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../src/cli/io.js";
import { checkOutputFolder, LEGACY_CACHE, LEGACY_MANIFEST, writeOutput } from "../src/cli/output.js";
import { copyExample, STACK_TRACE } from "./helpers/cli.js";
import { runCliInProcess } from "./helpers/in-process.js";

const tmp = () => mkdtempSync(join(tmpdir(), "procspec-out-"));
/** The list of written files is kept beside the output folder, as the build keeps it in the project's cache. */
const manifestOf = (out: string) => `${out}.manifest.json`;
const write = (out: string, files: Parameters<typeof writeOutput>[1], clean = false) =>
  writeOutput(out, files, { manifest: manifestOf(out), clean });

describe("writing the output folder", () => {
  it("writes the files and a manifest of what procspec wrote", () => {
    const out = tmp();
    write(out, [
      { path: "index.md", content: "# Index\n" },
      { path: "positions/a/profile.md", content: "profile" },
    ]);
    expect(readFileSync(join(out, "positions/a/profile.md"), "utf8")).toBe("profile");
    expect(JSON.parse(readFileSync(manifestOf(out), "utf8")).files).toEqual(["index.md", "positions/a/profile.md"]);
    expect(readdirSync(out).sort()).toEqual(["index.md", "positions"]);
  });

  it("removes files an earlier build wrote, but never a file procspec did not write", () => {
    const out = tmp();
    write(out, [
      { path: "index.md", content: "1" },
      { path: "positions/old/profile.md", content: "old" },
    ]);
    writeFileSync(join(out, "notes-of-the-consultant.txt"), "mine");
    const summary = write(out, [{ path: "index.md", content: "2" }]);
    expect(summary.removed).toBe(1);
    expect(existsSync(join(out, "positions/old/profile.md"))).toBe(false);
    expect(existsSync(join(out, "positions"))).toBe(false);
    expect(readFileSync(join(out, "notes-of-the-consultant.txt"), "utf8")).toBe("mine");
  });

  it("leaves unchanged files untouched, so their modification time stays", async () => {
    const out = tmp();
    write(out, [{ path: "index.md", content: "same" }]);
    const before = statSync(join(out, "index.md")).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const summary = write(out, [{ path: "index.md", content: "same" }]);
    expect(summary).toMatchObject({ written: 0, unchanged: 1 });
    expect(statSync(join(out, "index.md")).mtimeMs).toBe(before);
  });

  it("with clean, writes every file anew and removes every earlier one, but never a file procspec did not write", async () => {
    const out = tmp();
    write(out, [
      { path: "index.md", content: "same" },
      { path: "positions/old/profile.md", content: "old" },
    ]);
    writeFileSync(join(out, "notes-of-the-consultant.txt"), "mine");
    const before = statSync(join(out, "index.md")).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const summary = write(out, [{ path: "index.md", content: "same" }], true);
    expect(summary).toMatchObject({ written: 1, unchanged: 0, removed: 1 });
    expect(statSync(join(out, "index.md")).mtimeMs).toBeGreaterThan(before);
    expect(readdirSync(out).sort()).toEqual(["index.md", "notes-of-the-consultant.txt"]);
  });

  it("takes over what an older version left in the output folder: its list of files and its diagram cache", () => {
    const out = tmp();
    mkdirSync(join(out, "positions", "gone"), { recursive: true });
    writeFileSync(join(out, "positions", "gone", "profile.md"), "stale");
    writeFileSync(
      join(out, LEGACY_MANIFEST),
      JSON.stringify({ generator: "procspec", files: ["positions/gone/profile.md"] }),
    );
    mkdirSync(join(out, LEGACY_CACHE));
    writeFileSync(join(out, LEGACY_CACHE, `${"a".repeat(64)}.svg`), "<svg/>");
    write(out, [{ path: "index.md", content: "1" }]);
    expect(readdirSync(out)).toEqual(["index.md"]);
  });

  it("refuses to write outside the output folder", () => {
    const out = tmp();
    expect(() => write(out, [{ path: "../escape.md", content: "x" }])).toThrow(/outside the output folder/);
    expect(() => write(out, [{ path: "/etc/escape.md", content: "x" }])).toThrow(/outside the output folder/);
    expect(existsSync(join(out, "..", "escape.md"))).toBe(false);
  });

  it("a failed build leaves the previous output as it was", () => {
    const out = tmp();
    write(out, [{ path: "index.md", content: "previous" }]);
    expect(() =>
      write(out, [
        { path: "index.md", content: "next" },
        { path: "../bad.md", content: "x" },
      ]),
    ).toThrow();
    expect(readFileSync(join(out, "index.md"), "utf8")).toBe("previous");
  });

  it("refuses two files with one path before writing anything, naming the path and the cause", () => {
    const out = tmp();
    write(out, [{ path: "index.md", content: "previous" }]);
    const files = [
      { path: "index.md", content: "next" },
      { path: "positions/buyer/profile.md", content: "first buyer" },
      { path: "positions/buyer/profile.md", content: "second buyer" },
    ];
    expect(() => write(out, files)).toThrow(UsageError);
    expect(() => write(out, files)).toThrow(/positions\/buyer\/profile\.md.*unique-id/s);
    expect(readFileSync(join(out, "index.md"), "utf8")).toBe("previous");
    expect(existsSync(join(out, "positions"))).toBe(false);
    expect(existsSync(join(out, ".procspec-staging"))).toBe(false);
  });

  it("refuses an output folder that holds the spec", () => {
    const project = tmp();
    writeFileSync(join(project, "procspec.yaml"), "lang: en\n");
    mkdirSync(join(project, "specs"));
    expect(() => checkOutputFolder(project, project, [])).toThrow(/spec project itself/);
    expect(() => checkOutputFolder(join(project, ".."), project, [])).toThrow(/spec project itself/);
    expect(() => checkOutputFolder(join(project, "specs"), project, ["specs/a.yaml"])).toThrow(
      /spec file specs\/a.yaml/,
    );
    expect(() => checkOutputFolder(join(project, "out"), project, ["specs/a.yaml"])).not.toThrow();
  });
});

describe("procspec build", () => {
  it("refuses to build a project with errors, prints the diagnostics and exits 1", async () => {
    const dir = copyExample("trading-en");
    const file = join(dir, "organization.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}ownr: nobody\n`);
    const run = await runCliInProcess(["build", dir, "--out", join(dir, "out")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("organization.yaml");
    expect(run.stderr).toMatch(/ownr/);
    expect(existsSync(join(dir, "out"))).toBe(false);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("refuses an --out folder that contains spec files (exit 2), writing nothing", async () => {
    const dir = copyExample("trading-en");
    const run = await runCliInProcess(["build", dir, "--out", join(dir, "units")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/spec file/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("with `unique-id` lowered to warn, two positions with one id stop the build (exit 2) before anything is written", async () => {
    const dir = copyExample("trading-en");
    writeFileSync(join(dir, "procspec.yaml"), "lang: en\nrules:\n  unique-id: warn\n");
    const buyer = readFileSync(join(dir, "positions", "buyer.yaml"), "utf8");
    writeFileSync(join(dir, "positions", "buyer-copy.yaml"), buyer);
    const run = await runCliInProcess(["build", dir, "--out", join(dir, "out"), "--format", "md"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/positions\/buyer\//);
    expect(run.stderr).toMatch(/unique-id/);
    expect(run.stderr).not.toMatch(/internal error/i);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(join(dir, "out", "index.md"))).toBe(false);
  });

  it("writes model.json that follows schemas/model.schema.json's top level", async () => {
    const dir = copyExample("trading-en");
    const out = join(dir, "out");
    const run = await runCliInProcess(["build", dir, "--out", out, "--format", "json"]);
    expect(run.status).toBe(0);
    const model = JSON.parse(readFileSync(join(out, "model.json"), "utf8"));
    expect(model.$schema).toBe("https://procspec.dev/schemas/model.schema.json");
    expect(model.processes.length).toBeGreaterThan(5);
  });

  it("without a browser still builds, says in one line how to get images, and keeps the Mermaid source", async () => {
    const dir = copyExample("trading-en");
    const out = join(dir, "out");
    const run = await runCliInProcess(["build", dir, "--out", out, "--format", "md,png,docx"], {
      env: { PROCSPEC_CHROMIUM: "/nonexistent/chromium" },
    });
    expect(run.status).toBe(0);
    const warnings = run.stderr.split("\n").filter((l) => l.startsWith("⚠"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/apt-get install chromium/);
    expect(warnings[0]).toMatch(/PROCSPEC_CHROMIUM/);
    expect(readFileSync(join(out, "org", "process-map.md"), "utf8")).toContain("```mermaid");
    expect(existsSync(join(out, "diagrams", "process-map.png"))).toBe(false);
    expect(existsSync(join(out, "docx", "org", "structure.docx"))).toBe(true);
  });

  it("rejects an unknown --format with exit 2", async () => {
    const run = await runCliInProcess(["build", "examples/trading-en", "--format", "pdf"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--format/);
  });
});
