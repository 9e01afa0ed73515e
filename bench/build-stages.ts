/**
 * Where a build of a bundled example spends its time, stage by stage: a cold build (a fresh copy of the example,
 * so its diagram cache is empty: every diagram is drawn in the browser) and then a warm one (diagrams from the
 * cache). Runs the built CLI as a user would, with `build --timings`.
 * Usage: npm run build && npx tsx bench/build-stages.ts [example] [formats]
 *        npx tsx bench/build-stages.ts car-service-ru md,json,docx,svg
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";

const example = process.argv[2] ?? "car-service-ru";
const formats = process.argv[3] ?? "md,json,docx,svg";
const repo = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "procspec-bench-build-"));
const project = join(work, example);
cpSync(join(repo, "examples", example), project, { recursive: true });

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
try {
  for (const run of ["cold", "warm"]) {
    console.log(`${run} build of ${example} (--format ${formats}), load average before: ${load()}`);
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        join(repo, "bin", "procspec.js"),
        "build",
        project,
        "--out",
        join(work, "out"),
        "--format",
        formats,
        "--quiet",
        "--timings",
      ],
      { encoding: "utf8", env: { ...process.env, CI: "true", NO_COLOR: "1" } },
    );
    if (result.status !== 0) throw new Error(`build failed (exit ${result.status}):\n${result.stderr}`);
    // Only the table: the build's own warnings (no git history in a scratch copy) are not timings.
    const table = result.stderr.split("\n").filter((line) => /^(stage|total|\S.*\s\d+ ms\s)/.test(line));
    console.log(table.join("\n"));
    console.log(`wall clock of the whole process: ${Math.round(performance.now() - started)} ms\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
