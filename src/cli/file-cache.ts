import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { CONFIG_FILE } from "../load/config.js";
import { type ParsedFile, parseSpecText } from "../load/parse.js";
import { type CheckedFile, checkedFile, restoreFile } from "../validate/file-check.js";
import { cacheFolder } from "./cache-dir.js";
import { VERSION } from "./version.js";

/** Bumped whenever what an entry holds changes shape (2: no position table). */
const FORMAT = 2;

interface Header {
  format: number;
  procspec: string;
  /** sha256 of procspec.yaml's bytes: its rules, language and includes change what a file's check says. */
  config: string;
  lang: Lang;
  /** sha256 of the body, so that a truncated or edited cache is never trusted. */
  sum: string;
}

type Entries = Record<string, { hash: string; checked: CheckedFile }>;

/** Why a cache on disk was not used (for tests and `--cache` diagnostics of procspec itself). */
export type CacheState = "used" | "absent" | "stale" | "corrupt";

/**
 * procspec's `--cache`, as ESLint's: per spec file, the sha256 of its text and its parsed, schema-checked result,
 * kept in one file of the cache folder (src/cli/cache-dir.ts). An unchanged file is not parsed again. Another
 * procspec version, another procspec.yaml or another language makes the whole cache stale; a cache file that
 * does not read back exactly as written (truncated, edited) is ignored. Files only `yaml` can read (a YAML
 * problem, anchors) are parsed every time.
 */
export class FileCache {
  readonly state: CacheState;
  private readonly entries: Entries;
  private readonly next: Entries = {};
  private changed = false;
  hits = 0;
  misses = 0;

  private constructor(
    private readonly path: string,
    private readonly header: Omit<Header, "sum">,
  ) {
    const read = readEntries(path, header);
    this.state = read.state;
    this.entries = read.entries;
  }

  static open(root: string, lang: Lang): FileCache {
    let configBytes: Uint8Array = new Uint8Array();
    try {
      configBytes = readFileSync(join(root, CONFIG_FILE));
    } catch {
      // No procspec.yaml: loading the project says so; the cache just never matches.
    }
    const config = createHash("sha256").update(configBytes).digest("hex");
    return new FileCache(cacheFile(root), { format: FORMAT, procspec: VERSION, config, lang });
  }

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
    this.next[path] = entry;
    return restored;
  }

  /** Keeps a freshly parsed file (schema-checking it now, if it was not yet); returns it. */
  record(path: string, text: string, lang: Lang, parsed: ParsedFile): ParsedFile {
    this.misses++;
    this.changed = true;
    const checked = lang === this.header.lang ? checkedFile(parsed, lang) : undefined;
    if (checked) this.next[path] = { hash: textHash(text), checked };
    return parsed;
  }

  /** Writes the entries of this run's files (atomically), when anything changed; files gone are dropped. */
  save(): void {
    const dropped = Object.keys(this.entries).some((path) => !(path in this.next));
    if (!this.changed && !dropped && this.state === "used") return;
    const body = JSON.stringify(this.next);
    const header: Header = { ...this.header, sum: sha256(body) };
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temporary, `${JSON.stringify(header)}\n${body}`);
      renameSync(temporary, this.path);
    } catch {
      // A cache that cannot be written costs the next run time, never its result.
      rmSync(temporary, { force: true });
    }
  }
}

export function cacheFile(root: string): string {
  return join(cacheFolder(root, "parsed"), "files.json");
}

function readEntries(path: string, expected: Omit<Header, "sum">): { state: CacheState; entries: Entries } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return { state: "absent", entries: {} };
  }
  const newline = text.indexOf("\n");
  try {
    const header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
    const body = text.slice(newline + 1);
    if (newline === -1 || typeof header !== "object" || header === null || header.sum !== sha256(body))
      return { state: "corrupt", entries: {} };
    const same = (Object.keys(expected) as Array<keyof typeof expected>).every((k) => header[k] === expected[k]);
    if (!same) return { state: "stale", entries: {} };
    const entries = JSON.parse(body) as unknown;
    if (typeof entries !== "object" || entries === null || Array.isArray(entries))
      return { state: "corrupt", entries: {} };
    return { state: "used", entries: entries as Entries };
  } catch {
    return { state: "corrupt", entries: {} };
  }
}

/** An entry back as a parsed file; undefined when its shape is not what this version writes. */
function restore(path: string, text: string, checked: CheckedFile): ParsedFile | undefined {
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

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
