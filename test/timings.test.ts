import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatTimings, stopwatch } from "../src/cli/timings.js";
import { copyExample } from "./helpers/cli.js";
import { runMain } from "./helpers/in-process.js";

describe("build --timings: where a build's time goes", () => {
  it("prints each stage with its wall and CPU time after the build, and the stages add up to the total", async () => {
    const project = copyExample("trading-en");
    const out = join(mkdtempSync(join(tmpdir(), "procspec-timings-")), "out");
    const run = await runMain("build", project, "--out", out, "--format", "md,json", "--quiet", "--timings");
    expect(run.code, run.err).toBe(0);
    const rows = new Map(
      [...run.err.matchAll(/^(.+?)\s+(\d+) ms\s+[\d.]+ %\s+(\d+) ms$/gm)].map((m) => [m[1], Number(m[2])]),
    );
    for (const stage of ["start-up", "load", "validate and model", "emit markdown", "emit json", "write", "total"])
      expect(rows.has(stage), `${stage} in\n${run.err}`).toBe(true);
    const total = rows.get("total") ?? 0;
    const sum = [...rows].filter(([stage]) => stage !== "total").reduce((n, [, ms]) => n + ms, 0);
    expect(Math.abs(sum - total)).toBeLessThanOrEqual(rows.size); // each row is rounded on its own
    // Without the flag a quiet build prints nothing.
    const quiet = await runMain("build", project, "--out", out, "--format", "md", "--quiet");
    expect(quiet.err).toBe("");
  });

  it("counts a stage met twice once, with the time added up, from the start of the process", () => {
    let wall = 100;
    let cpu = 40;
    const watch = stopwatch({ wall: () => wall, cpu: () => cpu });
    watch.lap("start-up");
    wall = 130;
    cpu = 50;
    watch.lap("emit");
    wall = 150;
    cpu = 55;
    watch.lap("write");
    wall = 160;
    cpu = 60;
    watch.lap("emit");
    expect(watch.stages).toEqual([
      { stage: "start-up", ms: 100, cpuMs: 40 },
      { stage: "emit", ms: 40, cpuMs: 15 },
      { stage: "write", ms: 20, cpuMs: 5 },
    ]);
    expect(formatTimings(watch).split("\n").at(-2)).toMatch(/^total\s+160 ms\s+100\.0 %\s+60 ms$/);
  });
});
