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
