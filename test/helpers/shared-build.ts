/**
 * The build of a bundled example as Markdown, model.json, DOCX (with its PNG diagrams, the bundles and source
 * lines) and SVG, made once per test run and shared by every test file that needs one — a build with diagrams costs
 * tens of seconds, so tests that only read its output should not each make their own.
 *
 *   const out = sharedBuild("car-service-ru");   // absolute path of the output folder; read it, never write it
 *
 * The build runs the CLI from dist/ (as a user would) with TZ=UTC, LANG=C; the first caller in the run builds it
 * while the others (other files, other workers) wait on a lock, then all read the same folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { cacheFolder } from "../../src/cli/cache-dir.js";
import { BIN, copyExample, REPO } from "./cli.js";

export const SHARED_FORMATS = "md,json,docx,svg";
/**
 * What the shared build is run with besides its formats: with source lines and the DOCX bundles too, so the run's
 * one full build also covers the documents only those options write (determinism.test.ts compares all of them).
 */
export const SHARED_OPTIONS = ["--format", SHARED_FORMATS, "--trace", "--docx-bundle", "--quiet"] as const;

export function sharedBuild(example: string): string {
  return sharedRun(example, example, SHARED_OPTIONS);
}

/**
 * The diagrams of a bundled example, drawn once per run into the example's own cache (SVG and PNG, no documents):
 * what `copyExampleWithDiagrams` seeds its copies with.
 */
function sharedDiagrams(example: string): string {
  return sharedRun(`${example}@diagrams`, example, ["--format", "svg,png", "--quiet"]);
}

/** Runs `build` of a bundled example once per run under `name`; every other caller waits for it and reuses it. */
function sharedRun(name: string, example: string, options: readonly string[]): string {
  const root = inject("sharedBuildRoot");
  const out = join(root, name, "out");
  const done = join(root, name, "done");
  const lock = join(root, `${name}.lock`);
  for (;;) {
    if (existsSync(done)) {
      const status = readFileSync(done, "utf8");
      if (status !== "ok") throw new Error(`the shared build ${name} failed:\n${status}`);
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
    rmSync(join(root, name), { recursive: true, force: true });
    mkdirSync(join(root, name), { recursive: true });
    const run = spawnSync(process.execPath, [BIN, "build", join(REPO, "examples", example), "--out", out, ...options], {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, CI: "true", NO_COLOR: "1", TZ: "UTC", LANG: "C", LC_ALL: "C" },
      timeout: 600_000,
    });
    writeFileSync(done, run.status === 0 ? "ok" : `exit ${run.status}\n${run.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return sharedRun(name, example, options);
}

/**
 * A throwaway copy of a bundled example (as `copyExample`) whose diagram cache already holds the images the run's
 * shared build drew, in the given formats: a build of the copy draws only the diagrams the test changed, instead of
 * starting a browser for every diagram of the example in every test that builds pictures.
 *
 *   const dir = copyExampleWithDiagrams("car-service-ru", ["svg"]);
 */
export function copyExampleWithDiagrams(example: string, formats: readonly ("svg" | "png")[]): string {
  sharedDiagrams(example);
  const dir = copyExample(example);
  const from = cacheFolder(join(REPO, "examples", example), "diagrams");
  const to = cacheFolder(dir, "diagrams");
  mkdirSync(to, { recursive: true });
  const names = existsSync(from) ? readdirSync(from) : [];
  // A file another build of the example pruned meanwhile is simply drawn (or laid out) again by the copy's build.
  const copy = (source: string, target: string) => {
    try {
      cpSync(source, target, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  };
  for (const name of names) if (formats.some((f) => name.endsWith(`.${f}`))) copy(join(from, name), join(to, name));
  // The swimlanes' ELK layouts too (kept by content hash like the images): laying them out costs seconds.
  const layouts = cacheFolder(join(REPO, "examples", example), "layouts");
  if (existsSync(layouts)) copy(layouts, cacheFolder(dir, "layouts"));
  return dir;
}
