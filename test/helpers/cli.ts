import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const REPO = resolve(import.meta.dirname, "..", "..");
export const BIN = join(REPO, "bin", "procspec.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (`npm test` builds dist/ before vitest runs). */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    encoding: "utf8",
    env: { ...process.env, CI: "true", NO_COLOR: "1", ...options.env },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A throwaway copy of a bundled example, so tests may edit it. */
export function copyExample(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `procspec-${name}-`));
  cpSync(join(REPO, "examples", name), dir, { recursive: true });
  return dir;
}

export const STACK_TRACE = /\n\s+at .+:\d+:\d+/;
