import { InvalidArgumentError, Option } from "commander";
import { isLang, type Lang } from "../i18n/lang.js";
import { ProjectError } from "../load/project-error.js";
import { describeFsError } from "./fs-errors.js";

/** Thrown for bad command-line use that commander cannot see (exit 2). */
export class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colours and progress only for a person at a terminal, never in CI. */
  isTTY: boolean;
  /** The same for stderr, where build prints its diagnostics (stdout may be a pipe while stderr is a terminal). */
  errIsTTY?: boolean;
}

// `procspec rules | head` closes the pipe early: that is the reader's choice, not a failure worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.CI && !process.env.NO_COLOR,
  errIsTTY: Boolean(process.stderr.isTTY) && !process.env.CI && !process.env.NO_COLOR,
};

export function parseLang(value: string): Lang {
  const lang = value.trim().toLowerCase();
  if (!isLang(lang)) throw new InvalidArgumentError("expected ru or en");
  return lang;
}

/** A --format option that takes its words in any case (`--format MD`, `--format JSON`), like the rest of the CLI. */
export function choiceOption(flags: string, description: string, choices: readonly string[], fallback: string): Option {
  return new Option(flags, `${description} (${choices.join(", ")})`).default(fallback).argParser((value: string) => {
    const word = value.trim().toLowerCase();
    if (!choices.includes(word)) throw new InvalidArgumentError(`expected one of ${choices.join(", ")}`);
    return word;
  });
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return n;
}

/** Turns the failures procspec expects (no project, bad usage) into a short message and exit code 2. */
export function reportFatal(io: Io, error: unknown): number {
  if (error instanceof ProjectError) {
    io.err(`procspec: ${error.message}\n`);
    if (error.hint) io.err(`  hint: ${error.hint}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    io.err(`procspec: ${error.message}\n`);
    return 2;
  }
  const fs = describeFsError(error);
  if (fs) {
    io.err(`procspec: ${fs}\n`);
    return 2;
  }
  throw error;
}
