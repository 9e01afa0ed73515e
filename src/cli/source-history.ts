/**
 * Reads the git history of the spec folder for the change logs («Лист регистрации изменений»). A side effect, so
 * it lives in the CLI; emit gets the result as plain data (`SourceHistory`) and stays pure.
 */

import { execFileSync } from "node:child_process";
import type { SourceHistory } from "../emit/views/frame.js";

export type HistoryOutcome = { history: SourceHistory } | { unavailable: "no-git" | "shallow" | "empty" };

function git(args: readonly string[], cwd: string): string {
  // core.quotepath=false: Cyrillic file names come out as written, not as octal escapes.
  return execFileSync("git", ["-c", "core.quotepath=false", ...args], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
    encoding: "utf8",
  });
}

const RECORD = "\x1e";
const FIELD = "\x1f";

/**
 * Every commit (merges left out: their message says "Merge branch", not what changed) that touched files under
 * `root`, newest first, with paths relative to `root`. Only committed history counts, so the same commit gives the
 * same change logs. A shallow clone would show a truncated history as if it were whole: it is refused instead.
 */
export function readSourceHistory(root: string): HistoryOutcome {
  try {
    if (git(["rev-parse", "--is-inside-work-tree"], root).trim() !== "true") return { unavailable: "no-git" };
  } catch {
    return { unavailable: "no-git" };
  }
  if (git(["rev-parse", "--is-shallow-repository"], root).trim() === "true") return { unavailable: "shallow" };
  let log: string;
  try {
    log = git(
      ["log", "--no-merges", "--relative", "--name-only", `--format=${RECORD}%as${FIELD}%an${FIELD}%s`, "--", "."],
      root,
    );
  } catch {
    // `git log` fails on a repository without a single commit.
    return { unavailable: "empty" };
  }
  const changes = log
    .split(RECORD)
    .filter((record) => record.trim() !== "")
    .map((record) => {
      const [head = "", ...files] = record.split("\n");
      const [date = "", author = "", description = ""] = head.split(FIELD);
      return { date, author, description, files: files.filter((f) => f.trim() !== "") };
    });
  return { history: { changes } };
}
