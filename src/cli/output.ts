import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { EmittedFile } from "../emit/files.js";
import { CONFIG_FILE } from "../load/config.js";
import { describeFsError } from "./fs-errors.js";
import { UsageError } from "./io.js";

/** Where a build stages its files before renaming them into place; removed after every build, also on Ctrl-C. */
export const STAGING = ".procspec-staging";
/**
 * What builds before this version left in the output folder: the list of files they wrote and the diagram cache.
 * Both now live in the cache folder (`cacheDir`); a build reads the old list once and removes both.
 */
export const LEGACY_MANIFEST = ".procspec-manifest.json";
export const LEGACY_CACHE = ".procspec-cache";

/** Lists what procspec wrote into one output folder, so a later build removes its own stale files and nothing else. */
interface Manifest {
  generator: "procspec";
  /** The output folder, absolute: the manifest lives in the cache, apart from it. */
  out: string;
  files: string[];
}

export interface WriteOptions {
  /** Where the list of written files is kept, outside the output folder (`manifestPath`). */
  manifest: string;
  /** Remove every file an earlier build wrote and write every file anew, changed or not. */
  clean?: boolean;
}

export interface WriteSummary {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * The part of the output folder's check that needs only the command line: `--out` naming a file, or a path below a
 * file. Made before the project is read, so this mistake is said first even when the spec has errors; nothing is
 * created here (a project with errors gets no output folder).
 */
export function checkOutputPath(outDir: string): void {
  const out = resolve(outDir);
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) {
      throw new UsageError(`--out ${outDir} is a file, not a folder; give a folder (it is created when missing)`);
    }
    return;
  }
  for (let above = dirname(out); ; above = dirname(above)) {
    if (existsSync(above)) {
      if (!statSync(above).isDirectory()) {
        throw new UsageError(
          `cannot write to the output folder ${outDir}: a part of this path is a file, not a folder; choose another path`,
        );
      }
      return;
    }
    if (dirname(above) === above) return;
  }
}

/**
 * Refuses an output folder that would overwrite or mix with the spec: the project folder itself, a folder that
 * holds procspec.yaml, or one that contains any of the project's spec files.
 */
export function checkOutputFolder(
  outDir: string,
  projectRoot: string,
  specFiles: readonly string[],
  mine: { manifest: string; force?: boolean } = { manifest: "" },
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
  checkOutputPath(outDir);
  if (!mine.force) {
    const foreign = foreignFiles(out, mine.manifest);
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
function foreignFiles(out: string, manifest: string): string[] {
  if (!existsSync(out)) return [];
  const ours = new Set(previousFiles(out, manifest));
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
export function writeOutput(outDir: string, files: readonly EmittedFile[], options: WriteOptions): WriteSummary {
  rejectDuplicatePaths(files);
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const staging = join(out, STAGING);
  rmSync(staging, { recursive: true, force: true });
  const summary: WriteSummary = { written: 0, unchanged: 0, removed: 0 };
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  process.once("exit", cleanup);
  try {
    // Thousands of files: each folder is listed and created once, not asked about once per file, and the staged
    // copies lie flat in one folder under numbers (no tree of folders to create and remove again).
    const existing = new FolderListing();
    const folders = new Set<string>([out]);
    mkdirSync(staging);
    const changed: Array<{ staged: string; final: string }> = [];
    for (const file of files) {
      const final = target(out, file.path);
      if (!options.clean && existing.has(final) && sameContent(final, file.content)) {
        summary.unchanged++;
        continue;
      }
      const staged = join(staging, String(changed.length));
      writeFileSync(staged, file.content);
      changed.push({ staged, final });
    }
    for (const { staged, final } of changed) {
      const folder = dirname(final);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      renameSync(staged, final);
      summary.written++;
    }
    const current = new Set(files.map((f) => f.path));
    // With --clean the files this build writes again were all rewritten above, none kept as unchanged.
    const earlier = previousFiles(out, options.manifest);
    for (const stale of earlier.filter((p) => !current.has(p))) {
      const full = target(out, stale);
      if (existsSync(full)) {
        rmSync(full, { force: true });
        summary.removed++;
        removeEmptyParents(dirname(full), out);
      }
    }
    saveManifest(options.manifest, { generator: "procspec", out, files: [...current].sort() });
    rmSync(join(out, LEGACY_MANIFEST), { force: true });
    rmSync(join(out, LEGACY_CACHE), { recursive: true, force: true });
  } finally {
    cleanup();
    process.removeListener("exit", cleanup);
  }
  return summary;
}

/** Which files exist, one listing per folder (a folder that does not exist holds none). */
class FolderListing {
  private readonly listed = new Map<string, ReadonlySet<string>>();

  has(path: string): boolean {
    const folder = dirname(path);
    let names = this.listed.get(folder);
    if (!names) {
      try {
        names = new Set(readdirSync(folder));
      } catch {
        names = new Set();
      }
      this.listed.set(folder, names);
    }
    return names.has(basename(path));
  }
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

/**
 * Text whose written bytes need not decode back to it: U+FFFD (invalid bytes decode to it too) and surrogates (a
 * lone one is written as U+FFFD). Such text is compared byte by byte.
 */
const MAY_DIFFER_AS_TEXT = /[\uD800-\uDFFF\uFFFD]/;

/**
 * True when the file holds exactly these bytes. Text is compared as text (one read, no copy of the content as
 * bytes): UTF-8 text without U+FFFD decodes to equal text only from the same bytes, since any byte that is not
 * valid UTF-8 would decode to U+FFFD. Text that holds U+FFFD or a surrogate is compared byte by byte.
 */
function sameContent(path: string, content: string | Uint8Array): boolean {
  try {
    if (typeof content === "string" && !MAY_DIFFER_AS_TEXT.test(content)) return readFileSync(path, "utf8") === content;
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    if (statSync(path).size !== bytes.length) return false;
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** The files an earlier build wrote into `out`: from the cache, else from the list older versions kept in `out`. */
function previousFiles(out: string, manifest: string): string[] {
  const listed = (path: string): string[] | undefined => {
    try {
      const data = JSON.parse(readFileSync(path, "utf8")) as Partial<Manifest>;
      if (data.generator !== "procspec" || !Array.isArray(data.files)) return undefined;
      // A cache shared by two output folders whose names hash alike must not clear one by the other's list.
      if (data.out !== undefined && data.out !== out) return undefined;
      return data.files.filter((f) => typeof f === "string");
    } catch {
      return undefined;
    }
  };
  return listed(manifest) ?? listed(join(out, LEGACY_MANIFEST)) ?? [];
}

/**
 * Written to a temporary name and renamed. A cache folder that cannot be written costs only the removal of stale
 * files next time, so it does not fail a build whose documents are already in place.
 */
function saveManifest(path: string, manifest: Manifest): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
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
