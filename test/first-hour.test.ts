/** What a new user meets in the first hour with a real spec repository (issue 9): no silent skips, a project found from any folder inside it, file-system mistakes said plainly. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeFsError } from "../src/cli/fs-errors.js";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";
import { runMain } from "./helpers/in-process.js";

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "procspec-first-hour-"));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(base, { recursive: true, force: true });
});

/** A copy of the English example, to break and to run commands in. */
function trading(): string {
  const dir = join(base, "trading");
  cpSync(join(REPO, "examples", "trading-en"), dir, { recursive: true });
  return dir;
}

const brokenProcess = "kind: Process\nid: order-intake\nname: Order intake\nownr: nobody\n";

describe("no silent skips: .yml files are read, and YAML that include leaves out is named", () => {
  it("a broken processes/order-intake.yml is reported (it validated clean before)", async () => {
    const dir = trading();
    writeFileSync(join(dir, "processes", "order-intake.yml"), brokenProcess);
    const run = await runMain("validate", dir, "--format", "json");
    expect(run.code).toBe(1);
    const files = JSON.parse(run.out).map((d: { file: string }) => d.file);
    expect(files).toContain("processes/order-intake.yml");
  });

  it("a new project reads .yml too: init writes both patterns", async () => {
    const dir = join(base, "acme");
    await runMain("init", dir, "--lang", "en");
    writeFileSync(join(dir, "processes", "order-intake.yml"), brokenProcess);
    const run = await runMain("validate", dir, "--format", "json");
    expect(run.code).toBe(1);
    expect(run.out).toContain("processes/order-intake.yml");
  });

  it("a YAML file outside `include` is listed once, as info, at that file", () => {
    const dir = trading();
    writeFileSync(
      join(dir, "procspec.yaml"),
      'lang: en\ninclude: ["organization.yaml", "units/**", "positions/**", "processes/**"]\n',
    );
    mkdirSync(join(dir, "drafts"));
    writeFileSync(join(dir, "drafts", "new-unit.yml"), brokenProcess);
    const { diagnostics } = validateProject(loadProject(dir));
    const skipped = diagnostics.filter((d) => d.code === "file-not-included");
    expect(skipped.map((d) => [d.file, d.severity])).toEqual([["drafts/new-unit.yml", "info"]]);
    expect(skipped[0]?.message).toMatch(/include/);
  });
});

describe("run from anywhere inside a project", () => {
  it("validate in a subfolder finds procspec.yaml above, as git does", async () => {
    const dir = trading();
    const cwd = process.cwd();
    try {
      process.chdir(join(dir, "processes"));
      const run = await runMain("validate");
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/no problems/);
    } finally {
      process.chdir(cwd);
    }
  });

  it("a path to a spec file checks its project and prints only that file's diagnostics", async () => {
    const dir = trading();
    writeFileSync(join(dir, "processes", "order-intake.yaml"), brokenProcess);
    writeFileSync(join(dir, "units", "stray.yaml"), "kind: Unit\nid: stray\nname: Stray\nparnt: x\n");
    const run = await runMain("validate", join(dir, "processes", "order-intake.yaml"), "--format", "json");
    expect(run.code).toBe(1);
    const files = new Set(JSON.parse(run.out).map((d: { file: string }) => d.file));
    expect([...files]).toEqual(["processes/order-intake.yaml"]);
  });

  it("a file the project does not read is said so, not checked silently", async () => {
    const dir = trading();
    writeFileSync(join(dir, "notes.txt"), "hello");
    const run = await runMain("validate", join(dir, "notes.txt"));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/notes\.txt is not a spec file/);
  });

  it("outside any project the hint does not suggest nesting a project in a project", async () => {
    const run = await runMain("validate", base);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/no procspec\.yaml in .* or in any folder above it/);
    expect(run.err).not.toMatch(/procspec init \S+/);
  });

  it("new takes the project folder as [dir] like every other command, and names a Russian draft in Russian", async () => {
    const dir = join(base, "ru");
    await runMain("init", dir);
    const run = await runMain("new", "position", "service-advisor2", join(dir, "units"));
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, "positions", "service-advisor2.yaml"), "utf8");
    expect(text).toMatch(/^name: Новая должность \(service-advisor2\)$/m);
    expect(text).not.toMatch(/Service advisor2/);
  });
});

describe("a user's file-system mistake is a sentence with the path, exit 2 — never an internal error", () => {
  it("build --out an existing file", async () => {
    const dir = trading();
    const file = join(base, "some-file.txt");
    writeFileSync(file, "mine");
    const run = await runMain("build", dir, "--out", file, "--format", "md");
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/some-file\.txt is a file, not a folder/);
    expect(readFileSync(file, "utf8")).toBe("mine");
  });

  it("build --out below a file", async () => {
    const dir = trading();
    writeFileSync(join(base, "f"), "");
    const run = await runMain("build", dir, "--out", join(base, "f", "out"), "--format", "md");
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/cannot write to the output folder .*f[/\\]out: a part of this path is a file/);
  });

  it("a permission error says permission denied and names the path (tests run as root, so the error is simulated)", () => {
    const error = Object.assign(new Error("EACCES: permission denied, mkdir '/srv/out'"), {
      code: "EACCES",
      syscall: "mkdir",
      path: "/srv/out",
    });
    expect(describeFsError(error)).toBe(
      "cannot write or read /srv/out: permission denied; choose a folder you can write to, or change its permissions",
    );
    expect(describeFsError(new TypeError("x is undefined"))).toBeUndefined();
  });

  it("init into a path below a file", async () => {
    writeFileSync(join(base, "f"), "");
    const run = await runMain("init", join(base, "f", "acme"));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/f[/\\]acme.*a part of this path is a file/);
  });
});
