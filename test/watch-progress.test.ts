import { describe, expect, it } from "vitest";
import { createProgress } from "../src/cli/progress.js";

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

function run(target: ReturnType<typeof recorder>, options: Parameters<typeof createProgress>[1] = {}) {
  const progress = createProgress(target, options);
  progress.start("documents", 400);
  for (let i = 0; i < 400; i++) progress.tick();
  progress.done();
}

describe("build progress on stderr", () => {
  it("prints one plain line per stage when stderr is not a terminal: no redraws, no control characters", () => {
    const target = recorder(false);
    run(target, { env: {} });
    expect(target.writes).toEqual(["… documents (400)\n"]);
  });

  it("prints the same plain lines in CI, even at a terminal", () => {
    const target = recorder(true);
    run(target, { env: { CI: "true" } });
    expect(target.writes).toEqual(["… documents (400)\n"]);
  });

  it("prints nothing with --quiet", () => {
    const target = recorder(true);
    run(target, { env: {}, quiet: true });
    expect(target.writes).toEqual([]);
  });

  it("counts documents at a terminal, redrawing at most once per percent, and clears its line at the end", () => {
    const target = recorder(true);
    run(target, { env: {} });
    expect(target.writes.length).toBeLessThanOrEqual(102);
    expect(target.writes.some((w) => w.endsWith("documents 120/400"))).toBe(true);
    expect(target.writes.at(-2)).toMatch(/documents 400\/400$/);
    expect(target.writes.at(-1)).toBe("\r\x1b[2K");
  });
});
