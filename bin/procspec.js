#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // The CLI maps every expected failure (a user's mistake, a file-system error on a user's path) to a plain
    // message; what arrives here is procspec's own bug, so it asks for a report (exit 2).
    process.stderr.write(
      `procspec: internal error: ${error instanceof Error ? error.message : String(error)}\n` +
        "This is a bug in procspec, not in your files. Please report it with the command you ran and this message (PROCSPEC_DEBUG=1 adds where it happened)" +
        (process.env.PROCSPEC_DEBUG && error instanceof Error && error.stack ? `:\n${error.stack}\n` : ".\n"),
    );
    process.exitCode = 2;
  },
);
