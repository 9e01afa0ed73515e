/**
 * The CI job `init` writes is run, step by step, as a script in a scratch git repository (issue 9): it installs
 * procspec the way the spec repository's package.json says, validates and builds. A job that cannot run is worse
 * than none — it was `npx --yes procspec@0.1.0`, which fails at its first step while procspec is unpublished.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO } from "../helpers/cli.js";
import { runMain } from "../helpers/in-process.js";

interface Step {
  run?: string;
  env?: Record<string, string>;
}

const CHROMIUM = process.env.PROCSPEC_CHROMIUM ?? "/usr/bin/chromium";
let repo: string;
let init: { code: number; out: string; err: string };

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), "procspec-generated-ci-"));
  spawnSync("git", ["init", "-q"], { cwd: repo });
  // An existing repository: its own .gitignore and editor settings, which init must keep and add to.
  writeFileSync(join(repo, ".gitignore"), "*.log\n");
  mkdirSync(join(repo, "acme", ".vscode"), { recursive: true });
  writeFileSync(join(repo, "acme", ".vscode", "settings.json"), '{ "editor.tabSize": 2 }\n');
  // Before procspec is on the registry a team points package.json at a clone or a tarball; file: is that case.
  init = await runMain("init", join(repo, "acme"), "--lang", "en", "--procspec", `file:${REPO}`);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** Runs the GitHub job's `run:` steps in order, as the runner would (apt-get aside: the machine has its packages). */
function runJob(): { status: number | null; output: string } {
  const workflow = parse(readFileSync(join(repo, ".github", "workflows", "procspec.yml"), "utf8"));
  const job = workflow.jobs.specs;
  const cwd = join(repo, job.defaults?.run?.["working-directory"] ?? ".");
  let output = "";
  for (const step of job.steps as Step[]) {
    if (!step.run || step.run.includes("apt-get")) continue;
    const env: Record<string, string | undefined> = {
      ...process.env,
      ...step.env,
      CI: "true",
      npm_config_offline: "true",
    };
    if (env.PROCSPEC_CHROMIUM && !existsSync(env.PROCSPEC_CHROMIUM)) env.PROCSPEC_CHROMIUM = CHROMIUM;
    const result = spawnSync("bash", ["-eo", "pipefail", "-c", step.run], { cwd, env, encoding: "utf8" });
    output += result.stdout + result.stderr;
    if (result.status !== 0) return { status: result.status, output };
  }
  return { status: 0, output };
}

describe("the GitHub job init writes runs in a scratch repository", () => {
  it("init in an existing repository succeeds, adds to .gitignore and settings, and says so", () => {
    expect(init.err).toBe("");
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/added to files you have: .*\.vscode\/settings\.json/);
    expect(JSON.parse(readFileSync(join(repo, "acme", ".vscode", "settings.json"), "utf8"))).toMatchObject({
      "editor.tabSize": 2,
      "yaml.schemas": expect.any(Object),
    });
    // CI settings live at the repository root, the job works in the project's folder
    expect(existsSync(join(repo, ".github", "workflows", "procspec.yml"))).toBe(true);
    expect(existsSync(join(repo, "acme", ".github"))).toBe(false);
    expect(readFileSync(join(repo, "acme", ".gitignore"), "utf8")).toContain("out/");
  });

  it("installs procspec from package.json, validates clean and builds the documents", () => {
    const job = runJob();
    expect(job.output).not.toMatch(/::error/);
    expect(job.status, job.output).toBe(0);
    expect(existsSync(join(repo, "acme", "node_modules", ".bin", "procspec"))).toBe(true);
    expect(existsSync(join(repo, "acme", "out", "index.md"))).toBe(true);
  }, 180_000);

  it("fails on a broken spec, with an annotation at the file's path from the repository root", () => {
    const file = join(repo, "acme", "processes", "order-handling.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}ownr: nobody\n`);
    const job = runJob();
    expect(job.status).not.toBe(0);
    expect(job.output).toMatch(/^::error file=acme\/processes\/order-handling\.yaml,line=\d+/m);
  }, 180_000);
});
