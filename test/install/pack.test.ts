/**
 * procspec as a package (issue 9): `npm pack` gives a tarball that installs into an empty prefix, and the command
 * it installs runs `validate` and `build` on a bundled example from a folder that is not the clone.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli.js";

let work: string;
let tarball: string;
let prefix: string;
let bin: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "procspec-pack-"));
  // dist/ is built by `npm run test:install`; the pack step itself is what is under test, not the compiler.
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
      cwd: REPO,
      encoding: "utf8",
    }),
  );
  tarball = join(work, packed[0].filename);
  prefix = join(work, "prefix");
  execFileSync(
    "npm",
    ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", "--prefer-offline", tarball],
    {
      cwd: work,
      encoding: "utf8",
      stdio: "pipe",
    },
  );
  bin = join(prefix, "bin", "procspec");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[]) =>
  spawnSync(bin, args, { cwd: work, encoding: "utf8", env: { ...process.env, CI: "true", NO_COLOR: "1" } });

describe("npm pack → install into an empty prefix → run anywhere", () => {
  it("the tarball holds what a user needs and nothing of the clone's", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    for (const needed of ["package/LICENSE", "package/CHANGELOG.md", "package/README.md", "package/bin/procspec.js"])
      expect(files).toContain(needed);
    expect(files).toContain("package/dist/cli/main.js");
    expect(files).toContain("package/schemas/process.schema.json");
    expect(files.some((f) => f.startsWith("package/examples/trading-en/"))).toBe(true);
    expect(files.some((f) => f.startsWith("package/test/") || f.startsWith("package/src/"))).toBe(false);
  });

  it("procspec --version works in a folder that is not the clone", () => {
    const version = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version;
    const result = run(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it("validates and builds the bundled example from the installed package", () => {
    const example = join(prefix, "lib", "node_modules", "procspec", "examples", "trading-en");
    const validate = run(["validate", example]);
    expect(validate.stdout).toMatch(/no problems/);
    expect(validate.status).toBe(0);
    const out = join(work, "out");
    const build = run(["build", example, "--out", out, "--format", "md,json,docx"]);
    expect(build.stderr).not.toMatch(/internal error/);
    expect(build.status).toBe(0);
    expect(existsSync(join(out, "index.md"))).toBe(true);
    expect(existsSync(join(out, "model.json"))).toBe(true);
  });

  it("init from the installed package writes a project that validates", () => {
    const dir = join(work, "acme");
    expect(run(["init", dir, "--lang", "en"]).status).toBe(0);
    expect(run(["validate", dir, "--max-warnings", "0"]).status).toBe(0);
  });
});
