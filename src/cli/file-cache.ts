import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, type Stats, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { CONFIG_FILE } from "../load/config.js";
import { decodeUtf8 } from "../load/decode.js";
import { type ParsedFile, parseSpecText } from "../load/parse.js";
import { SpecText } from "../load/positioned-doc.js";
import { ProjectError } from "../load/project-error.js";
import { type CheckedFile, checkedFile, restoreFile } from "../validate/file-check.js";
import { cacheFolder } from "./cache-dir.js";
import { VERSION } from "./version.js";

/** Bumped whenever what an entry holds or how entries are laid out changes (2: no position table; 3: in parts). */
const FORMAT = 3;

/**
 * Entries are spread over this many files by a hash of their path, so that a run which changed one spec file
 * writes one part of the cache again, not all of it (at 2,000 files the whole cache was ~6 MB: stringifying,
 * hashing and writing it took ~190 ms of a warm run).
 */
const SHARDS = 64;

/** What the first line of every part of the cache says; a part whose header differs is not used. */
interface Header {
  format: number;
  procspec: string;
  /** sha256 of procspec.yaml's bytes: its rules, language and includes change what a file's check says. */
  config: string;
  lang: Lang;
  /** sha256 of the body's bytes, so that a truncated or edited part is never trusted. */
  sum: string;
}

interface Entry {
  /** sha256 of the file's text: what decides whether an entry is the file's. */
  hash: string;
  /** Size, mtime, ctime, inode and device when the text was read, if they can vouch for it (`trusted`). */
  stat?: number[];
  checked: CheckedFile;
}

type Entries = Record<string, Entry>;

/**
 * How long after a file's last change its metadata is trusted to tell a later change: file systems keep times at
 * a granularity (ext4 a few milliseconds, HFS+ a second, FAT two), and a file changed twice within one such tick
 * may keep its size and times. Younger files are hashed, as git re-checks its "racily clean" entries.
 */
const SETTLED_MS = 2000;

/** Why a cache on disk was not used (for tests and `--cache` diagnostics of procspec itself). */
export type CacheState = "used" | "absent" | "stale" | "corrupt";

/**
 * procspec's `--cache`, as ESLint's: per spec file, the sha256 of its text and its parsed, schema-checked result,
 * kept in the cache folder (src/cli/cache-dir.ts) in `SHARDS` files, each with its own header and checksum. An
 * unchanged file is not parsed again; only the parts holding a changed, new or removed file are written again.
 * A file whose size, times, inode and device are those it had when its text was hashed (and had been settled
 * then, see `SETTLED_MS`) is not even read: any write changes its ctime, which no tool can set back. Any other
 * file is hashed, and its text decides. Another procspec version, another procspec.yaml or another language makes
 * the cache stale; a part that does not read back exactly as written (truncated, edited) is ignored, and its
 * files parsed again. Files only `yaml` can read (a YAML problem, anchors) are parsed every time.
 */
export class FileCache {
  /** The worst state of any part: corrupt, then stale, then used; absent when no part was there. */
  readonly state: CacheState;
  /** Files known unchanged by their metadata, restored without reading them (`LoadOptions.parsed`). */
  readonly parsed = new Map<string, ParsedFile>();
  private readonly entries: Entries;
  /** The entries of this run's files, per part. */
  private readonly next: Entries[] = Array.from({ length: SHARDS }, () => ({}));
  /** Parts to write again: an entry was added or replaced, or the part on disk was not usable. */
  private readonly dirty = new Set<number>();
  /** How many entries each part held when read (to notice a file that is gone). */
  private readonly loaded: number[];
  /** The metadata of this run's files, as `known` saw them before they were read. */
  private readonly stats = new Map<string, number[]>();
  hits = 0;
  misses = 0;

  private constructor(
    private readonly root: string,
    private readonly header: Omit<Header, "sum">,
    /** When this run began, before any file was read: metadata older than this by `SETTLED_MS` can vouch. */
    private readonly since: number,
  ) {
    const read = readParts(cacheFolder(root, "parsed"), header);
    this.state = read.state;
    this.entries = read.entries;
    this.loaded = read.loaded;
    for (const part of read.unusable) this.dirty.add(part);
  }

  /** `now` stands for the time the run began (tests give a later one for files that have settled since). */
  static open(root: string, lang: Lang, now = Date.now()): FileCache {
    let configBytes: Uint8Array = new Uint8Array();
    try {
      configBytes = readFileSync(join(root, CONFIG_FILE));
    } catch {
      // No procspec.yaml: loading the project says so; the cache just never matches.
    }
    const config = createHash("sha256").update(configBytes).digest("hex");
    return new FileCache(root, { format: FORMAT, procspec: VERSION, config, lang }, now);
  }

  /**
   * `KnownFile` of `readListedFiles`: true, with the file's result in `parsed`, when its metadata is that of its
   * entry. Its text is then read only if something asks for it (a position, a `yaml` Document), and must still hash
   * the same.
   */
  readonly known = (path: string, stat: Stats): boolean => {
    const now = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, stat.dev];
    this.stats.set(path, now);
    const entry = this.entries[path];
    if (!entry?.stat || !sameNumbers(entry.stat, now)) return false;
    const full = join(this.root, path);
    // A text that no longer hashes the same drops its part of the cache before the command stops: its metadata
    // would vouch for it again on the next run, which could then never succeed.
    const forget = () => rmSync(cacheFileOf(this.root, path), { force: true });
    const text = new SpecText(() => textAsKept(path, full, entry.hash, forget));
    const restored = restore(path, text, entry.checked);
    if (!restored) return false;
    this.hits++;
    (this.next[shardOf(path)] as Entries)[path] = entry;
    this.parsed.set(path, restored);
    return true;
  };

  /** `LoadOptions.parseFile`: the cached result when the text is unchanged, else a fresh parse and check. */
  readonly parseFile = (path: string, text: string, lang: Lang): ParsedFile =>
    this.lookup(path, text, lang) ?? this.record(path, text, lang, parseSpecText(path, text, lang));

  /** The cached result of a file whose text is unchanged since it was kept. */
  lookup(path: string, text: string, lang: Lang): ParsedFile | undefined {
    const entry = lang === this.header.lang ? this.entries[path] : undefined;
    if (!entry || entry.hash !== textHash(text)) return undefined;
    const restored = restore(path, text, entry.checked);
    if (!restored) return undefined;
    this.hits++;
    const part = shardOf(path);
    const stat = this.trusted(path);
    // Same text, new metadata (touched, checked out again, copied): kept with it, so the next run need not read it.
    if (stat && !(entry.stat && sameNumbers(entry.stat, stat))) {
      (this.next[part] as Entries)[path] = { ...entry, stat };
      this.dirty.add(part);
    } else (this.next[part] as Entries)[path] = entry;
    return restored;
  }

  /** Keeps a freshly parsed file (schema-checking it now, if it was not yet); returns it. */
  record(path: string, text: string, lang: Lang, parsed: ParsedFile): ParsedFile {
    this.misses++;
    const checked = lang === this.header.lang ? checkedFile(parsed, lang) : undefined;
    if (!checked) return parsed;
    // A file that cannot be kept (only `yaml` reads it) leaves its part as it is, unless an entry of its earlier
    // text is there: then the part holds one entry fewer than it was read with, and `save` writes it again.
    const part = shardOf(path);
    const stat = this.trusted(path);
    const entry: Entry = { hash: textHash(text), checked };
    (this.next[part] as Entries)[path] = stat ? { ...entry, stat } : entry;
    this.dirty.add(part);
    return parsed;
  }

  /** The metadata of a file as this run saw it, when it had settled before the run began. */
  private trusted(path: string): number[] | undefined {
    const stat = this.stats.get(path);
    const [, mtime = Number.POSITIVE_INFINITY, ctime = Number.POSITIVE_INFINITY] = stat ?? [];
    return Math.max(mtime, ctime) < this.since - SETTLED_MS ? stat : undefined;
  }

  /**
   * Writes again (each atomically) the parts this run changed, and those that lost a file since they were
   * written; a part left empty is removed.
   */
  save(): void {
    const parts = this.next.map((entries, part) => ({ entries, part, count: Object.keys(entries).length }));
    const toWrite = parts.filter(({ part, count }) => this.dirty.has(part) || count !== this.loaded[part]);
    if (toWrite.length === 0) return;
    const folder = cacheFolder(this.root, "parsed");
    try {
      // A files.json of an earlier procspec is left alone: another version may share the folder (a global and a
      // local install), and removing it would make each version start afresh after the other.
      mkdirSync(folder, { recursive: true });
    } catch {
      return;
    }
    for (const { entries, part, count } of toWrite) {
      const path = join(folder, partName(part));
      if (count === 0) {
        rmSync(path, { force: true });
        continue;
      }
      const body = Buffer.from(JSON.stringify(entries));
      const header: Header = { ...this.header, sum: sha256(body) };
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
        renameSync(temporary, path);
      } catch {
        // A cache that cannot be written costs the next run time, never its result.
        rmSync(temporary, { force: true });
      }
    }
  }
}

/** The files of the cache of the project at `root` that are there now. */
export function cacheFiles(root: string): string[] {
  const folder = cacheFolder(root, "parsed");
  return listParts(folder).map((name) => join(folder, name));
}

/** The file of the cache at `root` that keeps the entry of the spec file `path` (project-relative). */
export function cacheFileOf(root: string, path: string): string {
  return join(cacheFolder(root, "parsed"), partName(shardOf(path)));
}

/** The part a file's entry is kept in: FNV-1a of its path, so that it is the same on every run and machine. */
function shardOf(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

const partName = (part: number): string => `files-${String(part).padStart(2, "0")}.json`;
const PART_NAME = /^files-(\d\d)\.json$/;

function listParts(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => PART_NAME.test(name))
      .sort();
  } catch {
    return [];
  }
}

interface Read {
  state: CacheState;
  entries: Entries;
  loaded: number[];
  /** Parts on disk that were not used (corrupt, stale, misplaced): written again or removed on save. */
  unusable: number[];
}

const WORSE: Record<CacheState, number> = { absent: 0, used: 1, stale: 2, corrupt: 3 };

function readParts(folder: string, expected: Omit<Header, "sum">): Read {
  const read: Read = { state: "absent", entries: {}, loaded: new Array<number>(SHARDS).fill(0), unusable: [] };
  for (const name of listParts(folder)) {
    const part = Number(PART_NAME.exec(name)?.[1]);
    if (part >= SHARDS) continue;
    const { entries, ...got } = readPart(join(folder, name), expected);
    const paths = Object.keys(entries);
    // An entry in a part its path does not belong to was not written by procspec: the part is not trusted.
    const state = got.state === "used" && paths.some((path) => shardOf(path) !== part) ? "corrupt" : got.state;
    if (WORSE[state] > WORSE[read.state]) read.state = state;
    if (state !== "used") {
      read.unusable.push(part);
      continue;
    }
    read.loaded[part] = paths.length;
    Object.assign(read.entries, entries);
  }
  return read;
}

function readPart(path: string, expected: Omit<Header, "sum">): { state: CacheState; entries: Entries } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { state: "absent", entries: {} };
  }
  const newline = bytes.indexOf(10);
  if (newline === -1) return { state: "corrupt", entries: {} };
  try {
    const header = JSON.parse(bytes.toString("utf8", 0, newline)) as Partial<Header>;
    // The checksum is over the bytes: hashing the ~100 KB of a part costs well under a millisecond.
    const body = bytes.subarray(newline + 1);
    if (typeof header !== "object" || header === null || header.sum !== sha256(body))
      return { state: "corrupt", entries: {} };
    const same = (Object.keys(expected) as Array<keyof typeof expected>).every((k) => header[k] === expected[k]);
    if (!same) return { state: "stale", entries: {} };
    const entries = JSON.parse(body.toString("utf8")) as unknown;
    if (typeof entries !== "object" || entries === null || Array.isArray(entries))
      return { state: "corrupt", entries: {} };
    return { state: "used", entries: entries as Entries };
  } catch {
    return { state: "corrupt", entries: {} };
  }
}

/**
 * The text of a file known unchanged by its metadata, read when something asks for it; a file changed since (while
 * procspec was running) stops the command rather than mix its new text with the positions of the old.
 */
function textAsKept(path: string, full: string, hash: string, forget: () => void): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(full);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProjectError(`cannot read ${full}: ${reason}`, "run the command again once the file is back");
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.ok && textHash(decoded.text) === hash) return decoded.text;
  try {
    forget();
  } catch {
    // A part that cannot be removed is checked again by its checksum and the file's metadata next time.
  }
  throw new ProjectError(`${path} changed while procspec was checking it`, "run the command again");
}

function sameNumbers(a: readonly unknown[], b: readonly number[]): boolean {
  return a.length === b.length && b.every((x, i) => a[i] === x);
}

/** An entry back as a parsed file; undefined when its shape is not what this version writes. */
function restore(path: string, text: string | SpecText, checked: CheckedFile): ParsedFile | undefined {
  try {
    if (!Array.isArray(checked.docs) || !Array.isArray(checked.diagnostics)) return undefined;
    for (const doc of checked.docs) {
      const ok =
        typeof doc.index === "number" &&
        typeof doc.data === "object" &&
        doc.data !== null &&
        Array.isArray(doc.schema?.diagnostics) &&
        Array.isArray(doc.schema?.answered);
      if (!ok) return undefined;
    }
    return restoreFile(path, text, checked);
  } catch {
    return undefined;
  }
}

function textHash(text: string): string {
  return createHash("sha256").update(text).digest("base64");
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
