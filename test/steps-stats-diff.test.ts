import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCommand } from "../src/cli/commands/diff.js";
import { copyExample, REPO } from "./helpers/cli.js";
import { captureIo, runMain } from "./helpers/in-process.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.email=test@procspec.dev", "-c", "user.name=test", ...args], {
    cwd,
    encoding: "utf8",
  });

describe("stats and diff know the steps", () => {
  it("stats counts the processes that have a regulation", async () => {
    const run = await runMain("stats", join(REPO, "examples", "trading-en"));
    expect(run.out).toContain("Processes with a regulation (steps written): 2 of 9");
  });

  it("diff reports changed steps and the positions whose regulations and duties change", async () => {
    const repo = copyExample("trading-en");
    mkdirSync(join(repo, "spec"));
    for (const entry of readdirSync(repo).filter((e) => e !== "spec"))
      renameSync(join(repo, entry), join(repo, "spec", entry));
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "trading company");
    const file = join(repo, "spec", "processes", "sales", "order-handling.yaml");
    const text = readFileSync(file, "utf8");
    // The credit decision moves from the head of sales to the representative, with a shorter term.
    const edited = text.replace(
      "    executor: sales-manager\n    inputs: [Order entry]\n    outputs: [Credit decision]\n    term: 2 hours",
      "    executor: sales-representative\n    inputs: [Order entry]\n    outputs: [Credit decision]\n    term: 1 hour",
    );
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);

    const capture = captureIo();
    await diffCommand(capture.io, () => {}).parseAsync(["HEAD", join(repo, "spec")], { from: "user" });
    expect(capture.out).toContain("#### Course of processes (regulations)");
    expect(capture.out).toContain("  - changed: “Approve or refuse the order above the credit limit” — executor, term");
    expect(capture.out).toContain("- **Head of Sales** (`sales-manager`)");
    expect(capture.out).toContain("- **Sales Representative** (`sales-representative`)");
  });
});
