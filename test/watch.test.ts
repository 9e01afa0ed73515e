import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyExample } from "./helpers/cli.js";
import { type Running, startCli, waitFor } from "./helpers/long-running.js";

/** Starts `procspec watch` as a user would, in a child process of the built CLI. */
function startWatch(dir: string): Running {
  return startCli(["watch", dir, "--format", "md,json"], { ...process.env, CI: "true", NO_COLOR: "1" });
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

let running: ChildProcess | undefined;
afterEach(() => {
  if (running && running.exitCode === null) running.kill("SIGKILL");
});

describe("procspec watch", () => {
  it("rebuilds on a change, reports a broken file without stopping, and leaves nothing behind on Ctrl-C", async () => {
    const dir = copyExample("trading-en");
    const watch = startWatch(dir);
    running = watch.child;
    await waitFor(() => watch.output().includes("written,"), "the first build");
    expect(watch.output()).toContain("watching");
    expect(existsSync(join(dir, "out", "index.md"))).toBe(true);

    // A file saved without a change (touched) rebuilds, and says that nothing was rewritten.
    const file = join(dir, "processes/sales/order-handling.yaml");
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    await waitFor(() => count(watch.output(), "written,") >= 2, "the rebuild after touch");
    expect(watch.output()).toMatch(/: 0 written, \d+ unchanged/);

    // Renaming a process shows up in the rebuilt documents.
    writeFileSync(file, readFileSync(file, "utf8").replace("name: Customer order handling", "name: Order desk"));
    await waitFor(() => count(watch.output(), "written,") >= 3, "the rebuild");
    expect(watch.output()).toContain("changed: processes/sales/order-handling.yaml");
    expect(readFileSync(join(dir, "out", "model.json"), "utf8")).toContain("Order desk");

    // A half-written file is a diagnostic at its line, not a crash.
    writeFileSync(join(dir, "processes/draft.yaml"), "kind: Process\nid: [draft\n");
    // The diagnostic and the line after it may come in separate writes: wait for both.
    await waitFor(() => watch.output().includes("the documents were not rebuilt"), "the diagnostic");
    expect(watch.output()).toMatch(/processes\/draft\.yaml:2:\d+ +error/);
    expect(watch.output()).toContain("the documents were not rebuilt");
    expect(watch.child.exitCode).toBeNull();

    // Fixing it rebuilds again.
    writeFileSync(join(dir, "processes/draft.yaml"), "# nothing yet\n");
    await waitFor(() => count(watch.output(), "written,") >= 4, "the rebuild after the fix");

    watch.child.kill("SIGINT");
    const code = await watch.exited;
    expect([0, 130]).toContain(code);
    expect(watch.output()).toContain("watch stopped");
    expect(existsSync(join(dir, "out", ".procspec-staging"))).toBe(false);
    expect(watch.output()).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }, 400_000);

  it("refuses to start without a project (exit 2)", async () => {
    const watch = startWatch(join(copyExample("trading-en"), "no-such-folder"));
    running = watch.child;
    expect(await watch.exited).toBe(2);
    expect(watch.output()).toMatch(/cannot read .*: there is no such file or folder/);
  });
});
