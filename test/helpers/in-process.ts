import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

/** What a command wrote, kept apart as stdout and stderr, the way a user reading a pipe (not a terminal) gets it. */
export interface Capture {
  io: Io;
  out: string;
  err: string;
}

export function captureIo(): Capture {
  const capture: Capture = {
    io: {
      out: (text) => {
        capture.out += text;
      },
      err: (text) => {
        capture.err += text;
      },
      isTTY: false,
    },
    out: "",
    err: "",
  };
  return capture;
}

/** Runs the CLI in-process (no build needed) and captures what a user would see. */
export async function runMain(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const capture = captureIo();
  const code = await main(["node", "procspec", ...args], capture.io);
  return { code, out: capture.out, err: capture.err };
}

/**
 * `runCli`'s result from an in-process run: for tests of what a command does, not of the process around it (the
 * compiled bin, time zone, locale, heap) — no Node start-up and module loading per call. `env` is set for the call
 * and restored after it.
 */
export async function runCliInProcess(
  args: readonly string[],
  options: { env?: Record<string, string> } = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  const saved = new Map(Object.keys(options.env ?? {}).map((key) => [key, process.env[key]]));
  Object.assign(process.env, options.env);
  try {
    const run = await runMain(...args);
    return { status: run.code, stdout: run.out, stderr: run.err };
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
