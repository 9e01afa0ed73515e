import { Command, CommanderError } from "commander";
import { buildCommand } from "./commands/build.js";
import { completionCommand } from "./commands/completion.js";
import { diffCommand } from "./commands/diff.js";
import { doctorCommand } from "./commands/doctor.js";
import { importCommand } from "./commands/import.js";
import { initCommand } from "./commands/init.js";
import { kpiCommand } from "./commands/kpi.js";
import { lspCommand } from "./commands/lsp.js";
import { newCommand } from "./commands/new.js";
import { ratingsCommand } from "./commands/ratings.js";
import { rulesCommand } from "./commands/rules.js";
import { serveCommand } from "./commands/serve.js";
import { statsCommand } from "./commands/stats.js";
import { validateCommand } from "./commands/validate.js";
import { watchCommand } from "./commands/watch.js";
import { type Io, processIo, reportFatal } from "./io.js";

export const VERSION = "0.1.0";

/** Runs the command line and returns the exit code (README, "Commands": 0 ok, 1 errors in the spec, 2 could not run). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command("procspec")
    .description("The process approach as code: check YAML process specs and compile the documents of the method.")
    .version(VERSION)
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .addHelpText(
      "after",
      `
Examples:
  procspec init my-company --lang ru      start a project
  procspec validate                       check the project in this folder
  procspec build --out out                write job duties, profiles, regulations
  procspec rules process-without-client   explain a check`,
    );
  for (const command of [
    initCommand(io, setExit),
    validateCommand(io, setExit),
    buildCommand(io, setExit),
    newCommand(io, setExit),
    rulesCommand(io, setExit),
    statsCommand(io, setExit),
    kpiCommand(io, setExit),
    ratingsCommand(io, setExit),
    importCommand(io, setExit),
    diffCommand(io, setExit),
    watchCommand(io, setExit),
    serveCommand(io, setExit),
    doctorCommand(io, setExit),
    completionCommand(io, setExit, () => program),
    lspCommand(io, setExit),
  ]) {
    program.addCommand(command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err }));
  }
  // Bare `procspec` is a request for help, like --help: on stdout, exit 0.
  if (argv.length <= 2) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code);
      return ok ? 0 : 2;
    }
    return reportFatal(io, error);
  }
  return exitCode;
}
