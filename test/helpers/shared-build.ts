/**
 * The build of a bundled example as Markdown, model.json, DOCX (with its PNG diagrams), SVG and the HTML site, made
 * once per test run and shared by every test file that needs one — a build with diagrams costs tens of seconds,
 * so tests that only read its output should not each make their own.
 *
 *   const out = sharedBuild("car-service-ru");   // absolute path of the output folder; read it, never write it
 *
 * The build runs the CLI from dist/ (as a user would) with TZ=UTC, LANG=C; the first caller in the run builds it
 * while the others (other files, other workers) wait on a lock, then all read the same folder.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { cacheFolder } from "../../src/cli/cache-dir.js";
import { BIN, copyExample, REPO } from "./cli.js";

export const SHARED_FORMATS = "md,json,docx,svg,html";

export function sharedBuild(example: string): string {
  const root = inject("sharedBuildRoot");
  const out = join(root, example, "out");
  const done = join(root, example, "done");
  const lock = join(root, `${example}.lock`);
  for (;;) {
    if (existsSync(done)) {
      const status = readFileSync(done, "utf8");
      if (status !== "ok") throw new Error(`the shared build of ${example} failed:\n${status}`);
      return out;
    }
    try {
      mkdirSync(lock); // atomic: exactly one caller builds
      break;
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    rmSync(join(root, example), { recursive: true, force: true });
    mkdirSync(join(root, example), { recursive: true });
    const run = spawnSync(
      process.execPath,
      [BIN, "build", join(REPO, "examples", example), "--out", out, "--format", SHARED_FORMATS, "--quiet"],
      {
        cwd: REPO,
        encoding: "utf8",
        env: { ...process.env, CI: "true", NO_COLOR: "1", TZ: "UTC", LANG: "C", LC_ALL: "C" },
        timeout: 600_000,
      },
    );
    writeFileSync(done, run.status === 0 ? "ok" : `exit ${run.status}\n${run.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return sharedBuild(example);
}

/**
 * A throwaway copy of a bundled example (as `copyExample`) whose diagram cache already holds the images the run's
 * shared build drew, in the given formats: a build of the copy draws only the diagrams the test changed, instead of
 * starting a browser for every diagram of the example in every test that builds pictures.
 *
 *   const dir = copyExampleWithDiagrams("car-service-ru", ["svg"]);
 */
export function copyExampleWithDiagrams(example: string, formats: readonly ("svg" | "png")[]): string {
  sharedBuild(example);
  const dir = copyExample(example);
  const from = cacheFolder(join(REPO, "examples", example), "diagrams");
  const to = cacheFolder(dir, "diagrams");
  mkdirSync(to, { recursive: true });
  const names = existsSync(from) ? readdirSync(from) : [];
  for (const name of names)
    if (formats.some((f) => name.endsWith(`.${f}`))) copyFileSync(join(from, name), join(to, name));
  return dir;
}
