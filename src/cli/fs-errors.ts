/**
 * File-system failures on paths a user gave (an output folder that is a file, a read-only folder, a full disk) are
 * the user's to fix: a sentence naming the path and what to do, exit 2 — never "internal error".
 */
const ADVICE: Record<string, string> = {
  EACCES: "permission denied; choose a folder you can write to, or change its permissions",
  EPERM: "the operation is not permitted; choose a folder you can write to, or change its permissions",
  EROFS: "the file system is read-only; choose a folder on a writable disk",
  EEXIST: "a file with this name is in the way; remove or rename it, or choose another path",
  ENOTDIR: "a part of this path is a file, not a folder; choose another path",
  EISDIR: "this is a folder where a file is expected; choose another path",
  ENOENT: "there is no such file or folder; check the path",
  ENOSPC: "the disk is full; free some space and run again",
  EDQUOT: "the disk quota is exceeded; free some space and run again",
  EMFILE: "too many open files; close some programs and run again",
  ENAMETOOLONG: "the path is too long; choose a shorter one",
  EBUSY: "the file is in use by another program; close it and run again",
};

interface FsError {
  code: string;
  path?: string;
  dest?: string;
}

function isFsError(error: unknown): error is FsError {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof error.code === "string" &&
    error.code in ADVICE &&
    "syscall" in error &&
    typeof error.syscall === "string"
  );
}

/** The plain sentence for a file-system error, or undefined when the error is something else (a bug of procspec). */
export function describeFsError(error: unknown): string | undefined {
  if (!isFsError(error)) return undefined;
  const where = error.path ?? error.dest;
  const advice = ADVICE[error.code] ?? error.code;
  return where ? `cannot write or read ${where}: ${advice}` : `a file operation failed: ${advice}`;
}
