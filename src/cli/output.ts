import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { EmittedFile } from "../emit/files.js";
import { CONFIG_FILE } from "../load/config.js";
import { describeFsError } from "./fs-errors.js";
import { UsageError } from "./io.js";

/** Lists what procspec wrote, so a later build removes its own stale files and nothing else. */
export const MANIFEST = ".procspec-manifest.json";
/** Where a build stages its files before renaming them into place; removed after every build, also on Ctrl-C. */
export const STAGING = ".procspec-staging";

interface Manifest {
  generator: "procspec";
  files: string[];
}

export interface WriteSummary {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Refuses an output folder that would overwrite or mix with the spec: the project folder itself, a folder that
 * holds procspec.yaml, or one that contains any of the project's spec files.
 */
export function checkOutputFolder(
  outDir: string,
  projectRoot: string,
  specFiles: readonly string[],
  force = false,
): void {
  const out = resolve(outDir);
  const root = resolve(projectRoot);
  if (out === root || isInside(root, out)) {
    throw new UsageError(`--out ${outDir} would hold the spec project itself; choose a folder inside or beside it`);
  }
  if (existsSync(join(out, CONFIG_FILE))) {
    throw new UsageError(`--out ${outDir} contains ${CONFIG_FILE}: it is a spec project, not an output folder`);
  }
  const inside = specFiles.find((f) => isInside(resolve(root, f), out));
  if (inside) throw new UsageError(`--out ${outDir} contains the spec file ${inside}; choose another output folder`);
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw new UsageError(`--out ${outDir} is a file, not a folder; give a folder (it is created when missing)`);
  }
  if (!force) {
    const foreign = foreignFiles(out);
    if (foreign.length > 0) {
      const shown = foreign.slice(0, 3).join(", ") + (foreign.length > 3 ? ` and ${foreign.length - 3} more` : "");
      throw new UsageError(
        `--out ${outDir} holds files procspec did not write (${shown}); a build could replace them. Choose an empty or new folder, or add --force to write there anyway`,
      );
    }
  }
  // Before the slow part (diagrams): a folder procspec cannot write to is said now, as what it is.
  try {
    mkdirSync(join(out, STAGING), { recursive: true });
    rmSync(join(out, STAGING), { recursive: true, force: true });
  } catch (error) {
    const reason = describeFsError(error);
    if (!reason) throw error;
    throw new UsageError(`cannot write to the output folder ${outDir}: ${reason.replace(/^.*?: /, "")}`);
  }
}

/** Files in the output folder that no earlier build wrote (its manifest lists those), procspec's bookkeeping aside. */
function foreignFiles(out: string): string[] {
  if (!existsSync(out)) return [];
  const ours = new Set(readManifest(out));
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(out, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      // procspec's own bookkeeping at the top: manifest, staging, the diagram cache (all `.procspec-*`).
      if (!rel && entry.name.startsWith(".procspec-")) continue;
      if (entry.isDirectory()) walk(path);
      else if (!ours.has(path)) found.push(path);
    }
  };
  walk("");
  return found.sort();
}

/** True when `path` is `folder` or below it. */
function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** The checked absolute target of an emitted path: never outside the output folder. */
function target(out: string, path: string): string {
  const full = resolve(out, path);
  if (isAbsolute(path) || !isInside(full, out) || full === out || path.split(/[\\/]/).includes("..")) {
    throw new Error(`refusing to write ${path}: outside the output folder`);
  }
  return full;
}

/**
 * Writes a build atomically: every file is staged in a temporary folder first (a failure leaves the previous
 * output untouched), then renamed into place; unchanged files are not touched (their mtime stays); files an
 * earlier build wrote and this one did not are removed; files procspec did not write are never removed.
 */
export function writeOutput(outDir: string, files: readonly EmittedFile[]): WriteSummary {
  rejectDuplicatePaths(files);
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const staging = join(out, STAGING);
  rmSync(staging, { recursive: true, force: true });
  const summary: WriteSummary = { written: 0, unchanged: 0, removed: 0 };
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  process.once("exit", cleanup);
  try {
    const changed: string[] = [];
    for (const file of files) {
      const final = target(out, file.path);
      const bytes = typeof file.content === "string" ? Buffer.from(file.content, "utf8") : Buffer.from(file.content);
      if (sameBytes(final, bytes)) {
        summary.unchanged++;
        continue;
      }
      const staged = join(staging, file.path);
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, bytes);
      changed.push(file.path);
    }
    for (const path of changed) {
      const final = target(out, path);
      mkdirSync(dirname(final), { recursive: true });
      renameSync(join(staging, path), final);
      summary.written++;
    }
    const current = new Set(files.map((f) => f.path));
    for (const stale of readManifest(out).filter((p) => !current.has(p))) {
      const full = target(out, stale);
      if (existsSync(full)) {
        rmSync(full, { force: true });
        summary.removed++;
        removeEmptyParents(dirname(full), out);
      }
    }
    const manifest: Manifest = { generator: "procspec", files: [...current].sort() };
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(join(staging, MANIFEST), join(out, MANIFEST));
  } finally {
    cleanup();
    process.removeListener("exit", cleanup);
  }
  return summary;
}

/**
 * Two emitted files with one path come from two elements with one id (possible only when `unique-id` is lowered
 * from error): the second would overwrite the first, or fail halfway through the renames. Refused up front.
 */
function rejectDuplicatePaths(files: readonly EmittedFile[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    if (!seen.has(file.path)) {
      seen.add(file.path);
      continue;
    }
    throw new UsageError(
      `two generated documents would both be written to ${file.path}: two elements share one id, and ids must be unique (rule unique-id, lowered from error in procspec.yaml); nothing was written`,
    );
  }
}

function sameBytes(path: string, bytes: Buffer): boolean {
  try {
    if (statSync(path).size !== bytes.length) return false;
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

function readManifest(out: string): string[] {
  try {
    const data = JSON.parse(readFileSync(join(out, MANIFEST), "utf8")) as Partial<Manifest>;
    return data.generator === "procspec" && Array.isArray(data.files)
      ? data.files.filter((f) => typeof f === "string")
      : [];
  } catch {
    return [];
  }
}

function removeEmptyParents(dir: string, stop: string): void {
  let current = dir;
  while (current !== stop && current.startsWith(stop + sep)) {
    if (readdirSync(current).length > 0) return;
    rmSync(current, { recursive: true, force: true });
    current = dirname(current);
  }
}
