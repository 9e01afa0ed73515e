/** A command that keeps running (`watch`, `serve`), started as a user would: a child process of the built CLI. */
import { type ChildProcess, spawn } from "node:child_process";
import { BIN } from "./cli.js";

export interface Running {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  exited: Promise<number | null>;
}

export function startCli(args: readonly string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, [BIN, ...args], { env });
  let output = "";
  for (const stream of [child.stdout, child.stderr])
    stream?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return { child, output: () => output, exited };
}

/** Generous: on a busy shared machine a build of the example can take half a minute of wall time. */
export async function waitFor(what: () => boolean, label: string, timeout = 90_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!what()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
