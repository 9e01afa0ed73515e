import { Command, CommanderError } from "commander";
import { type Io, processIo, reportFatal } from "./io.js";

type SetExit = (code: number) => void;
type CommandFactory = (io: Io, setExit: SetExit, program: () => Command) => Command;

/**
 * Each command's module, imported only when that command runs: importing all of them costs about 0.4 s of
 * start-up (DOCX, spreadsheets, XML, templates), more than a small project's whole `validate` should take.
 * The order is the order of `--help`.
 */
const COMMANDS: Record<string, () => Promise<CommandFactory>> = {
  init: async () => (await import("./commands/init.js")).initCommand,
  validate: async () => (await import("./commands/validate.js")).validateCommand,
  build: async () => (await import("./commands/build.js")).buildCommand,
  new: async () => (await import("./commands/new.js")).newCommand,
  rules: async () => (await import("./commands/rules.js")).rulesCommand,
  stats: async () => (await import("./commands/stats.js")).statsCommand,
  kpi: async () => (await import("./commands/kpi.js")).kpiCommand,
  ratings: async () => (await import("./commands/ratings.js")).ratingsCommand,
  import: async () => (await import("./commands/import.js")).importCommand,
  diff: async () => (await import("./commands/diff.js")).diffCommand,
  watch: async () => (await import("./commands/watch.js")).watchCommand,
  serve: async () => (await import("./commands/serve.js")).serveCommand,
  doctor: async () => {
    const { doctorCommand } = await import("./commands/doctor.js");
    return (io, setExit) => doctorCommand(io, setExit);
  },
  completion: async () => (await import("./commands/completion.js")).completionCommand,
  lsp: async () => (await import("./commands/lsp.js")).lspCommand,
};

/**
 * The commands this command line needs: the one it names, or every one when it names none or one procspec does not
 * know (help, did-you-mean and shell completion list them all), or none for `--version`.
 */
function commandsNeeded(argv: readonly string[]): string[] {
  const args = argv.slice(2);
  const first = args.find((a) => !a.startsWith("-"));
  if (first === undefined && args.length > 0 && args.every((a) => a === "--version" || a === "-V")) return [];
  // An option before the command (`procspec --help validate`) is the program's own: its help lists every command.
  const named = first !== undefined && args[0] === first;
  if (named && first !== "completion" && first !== "help" && Object.hasOwn(COMMANDS, first)) {
    return [first];
  }
  return Object.keys(COMMANDS);
}

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
  const factories = await Promise.all(commandsNeeded(argv).map((name) => COMMANDS[name]?.()));
  for (const factory of factories) {
    if (!factory) continue;
    const command = factory(io, setExit, () => program);
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
