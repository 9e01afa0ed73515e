import { existsSync, readFileSync, type Stats, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { globSync } from "tinyglobby";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { CONFIG_FILE, type ProjectConfig, readConfig, YAML_LOOKING } from "./config.js";
import { decodeUtf8 } from "./decode.js";
import { encodingProblem } from "./encoding-problem.js";
import { locate } from "./locate.js";
import { diag, type ParsedFile, parseSpecText } from "./parse.js";
import { ProjectError } from "./project-error.js";
import { isRatingsFile, RATINGS_GLOB, type RatingRow, readRatings } from "./ratings.js";
import { KINDS, type Kind, type SourceDoc, type UnreadableDoc } from "./source.js";
import { readStandardXml, type Standard } from "./standard-xml.js";

/** A spec file is refused above this size: nobody writes 4 MB of process specs by hand, and parsing must stay bounded. */
export { ProjectError } from "./project-error.js";

export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface Project {
  root: string;
  config: ProjectConfig;
  /** The parsed `procspec.yaml`, for positions of its own mistakes. */
  configDoc?: SourceDoc;
  /** All spec documents in a stable order (by file, then position in file). */
  docs: SourceDoc[];
  /** Layer-1 diagnostics: reading and YAML problems. */
  diagnostics: Diagnostic[];
  /** Every spec file considered, project-relative, sorted. */
  files: string[];
  /** Professional standards read from the XML files under `standards/`, in file order. */
  standards: Standard[];
  /** Documents with YAML syntax errors: what could still be read of them, so that rules do not echo the error. */
  unreadable?: UnreadableDoc[];
  /** Rows of the CSV files under `ratings/`, in file and line order. */
  ratings?: RatingRow[];
  /** The date ratings may not lie after (YYYY-MM-DD); see `ratingsToday`. */
  today?: string;
}

/**
 * The date a rating may not lie after: `options.today`, else `SOURCE_DATE_EPOCH` (the reproducible-builds
 * convention, seconds since 1970), else the clock, as a UTC date. Only the `ratings-date` check reads it — no
 * document does — so a CI run pins it and a person at the terminal gets today.
 */
export function ratingsToday(options: LoadOptions = {}): string {
  if (options.today) return options.today;
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** Where a project keeps the registry's XML of professional standards. */
export const STANDARDS_GLOB = "standards/**/*.xml";
const isStandardFile = (path: string): boolean => /^standards\/.+\.xml$/i.test(path);

export interface LoadOptions {
  /** Language of messages; overrides `lang` in procspec.yaml. */
  lang?: Lang;
  /**
   * Parsed files from an earlier load, by path; a file whose text is unchanged is not parsed again (the
   * language server re-loads the project on every edit). Updated in place.
   */
  parseCache?: Map<string, { text: string; lang: Lang; parsed: ParsedFile }>;
  /** Pins the date no rating may lie after (YYYY-MM-DD); see `ratingsToday`. */
  today?: string;
  /**
   * Spec files the caller has parsed already, by path (the `--cache`, trusting their metadata): their bytes are not
   * looked at.
   */
  parsed?: ReadonlyMap<string, ParsedFile>;
  /** How a spec file is parsed when `parseCache` does not have it: the CLI's `--cache` and worker threads. */
  parseFile?: (path: string, text: string, lang: Lang) => ParsedFile;
}

/** An in-memory file, for loading a project from somewhere other than the disk (a git revision, an editor). */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Where a project lives, seen from a path a user gave: the nearest folder at or above it that holds procspec.yaml,
 * as git and ESLint find their settings — so `procspec validate` works from any subfolder, and a path to a spec
 * file checks the project that file belongs to.
 */
export interface ProjectLocation {
  root: string;
  /** The spec file the user named, project-relative with `/` separators, when the path was a file. */
  file?: string;
}

export function findProject(path: string): ProjectLocation {
  const start = resolve(path);
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(start);
  } catch {
    throw new ProjectError(`cannot read ${path}: there is no such file or folder`, "check the path");
  }
  let dir = stat.isDirectory() ? start : dirname(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) {
      if (stat.isDirectory()) return { root: dir };
      return { root: dir, file: relative(dir, start).split(sep).join("/") };
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const shown = stat.isDirectory() ? path : dirname(path);
  throw new ProjectError(
    `no ${CONFIG_FILE} in ${shown} or in any folder above it`,
    `run \`procspec init\` in the folder that should hold the spec project, or point procspec at a folder of one`,
  );
}

export function loadProject(dir: string, options: LoadOptions = {}): Project {
  return assembleProject(readProjectFiles(dir, options.lang), options);
}

/** A project's settings and the bytes of its spec files, read but not parsed. */
export interface ProjectFiles {
  root: string;
  config: ProjectConfig;
  configResult: ConfigResult;
  sources: ReadonlyArray<SourceFile | { path: string; problem: Diagnostic }>;
}

/** A project's settings and the list of its spec files, none of them read yet. */
export type ProjectList = Omit<ProjectFiles, "sources"> & { paths: string[] };

/** Finds the project at `dir`, reads procspec.yaml and every spec file's bytes (the first half of `loadProject`). */
export function readProjectFiles(dir: string, lang?: Lang): ProjectFiles {
  return readListedFiles(listProjectFiles(dir, lang));
}

/** Finds the project at `dir`, reads procspec.yaml and lists the spec files. */
export function listProjectFiles(dir: string, lang?: Lang): ProjectList {
  const options = lang ? { lang } : {};
  const { root } = findProject(dir);
  let configBytes: Uint8Array;
  try {
    configBytes = readFileSync(join(root, CONFIG_FILE));
  } catch (error) {
    throw new ProjectError(
      `cannot read ${join(root, CONFIG_FILE)}: ${error instanceof Error ? error.message : String(error)}`,
      "check the file's permissions",
    );
  }
  const configResult = parseConfig(configBytes, options.lang);
  configResult.diagnostics.push(...includesOutside(configResult));
  let files: string[];
  try {
    files = listSpecFiles(root, configResult.config.include);
    const included = new Set(files);
    // With the default `include` every YAML-looking file is included: no second walk of the folder to find none left.
    const everyYaml = sameList(configResult.config.include, YAML_LOOKING) ? [] : listSpecFiles(root, YAML_LOOKING);
    for (const path of everyYaml) {
      if (included.has(path)) continue;
      const text = message(configResult.config.lang, "file-not-included", { path });
      configResult.diagnostics.push({
        ...diag(path, "file-not-included", text, { line: 1, column: 1 }, ""),
        severity: "info",
      });
    }
    // The registry's XML of professional standards, wherever `include` points.
    // … and the ratings between units, exported from a form or a CRM.
    files = [...new Set([...files, ...listSpecFiles(root, [STANDARDS_GLOB, RATINGS_GLOB])])].sort();
  } catch (error) {
    throw new ProjectError(
      `cannot list the files of ${dir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { root, config: configResult.config, configResult, paths: files };
}

/**
 * Whether the caller holds what a spec file says already, by its metadata (the `--cache`): then its bytes are read
 * only if something asks for them.
 */
export type KnownFile = (path: string, stat: Stats) => boolean;

/** Reads the bytes of every listed spec file, but those `known` says the caller holds (read when first asked). */
export function readListedFiles(list: ProjectList, known?: KnownFile): ProjectFiles {
  const { paths, ...project } = list;
  const lang = project.config.lang;
  const sources: Array<SourceFile | { path: string; problem: Diagnostic }> = paths.map((path) => {
    const full = join(project.root, path);
    try {
      const stat = statSync(full);
      if (stat.size > MAX_FILE_BYTES) return { path, problem: tooLarge(path, stat.size, lang) };
      return known?.(path, stat) ? unreadFile(path, full) : { path, bytes: readFileSync(full) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const text = message(lang, "file-unreadable", { reason });
      return { path, problem: diag(path, "file-unreadable", text, { line: 1, column: 1 }, "") };
    }
  });
  return { ...project, sources };
}

/** A file whose bytes are read when first asked for; one that cannot be read by then stops the command. */
function unreadFile(path: string, full: string): SourceFile {
  let bytes: Uint8Array | undefined;
  return {
    path,
    get bytes(): Uint8Array {
      try {
        bytes ??= readFileSync(full);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ProjectError(`cannot read ${full}: ${reason}`, "run the command again once the file is back");
      }
      return bytes;
    },
  };
}

/** Parses the files `readProjectFiles` read into a project (the second half of `loadProject`). */
export function assembleProject(files: ProjectFiles, options: LoadOptions = {}): Project {
  return { ...assemble(files.root, files.configResult, files.sources, options), today: ratingsToday(options) };
}

/** Loads a project from files in memory; `files` must not include procspec.yaml. */
export function loadProjectFromFiles(
  root: string,
  configBytes: Uint8Array,
  files: readonly SourceFile[],
  options: LoadOptions = {},
): Project {
  const configResult = parseConfig(configBytes, options.lang);
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ...assemble(root, configResult, sorted, options), today: ratingsToday(options) };
}

export interface ConfigResult {
  config: ProjectConfig;
  configDoc?: SourceDoc;
  diagnostics: Diagnostic[];
}

function parseConfig(bytes: Uint8Array, langOverride: Lang | undefined): ConfigResult {
  // Messages about procspec.yaml itself need a language before `lang` is known: the override, else Russian.
  const first = readText(CONFIG_FILE, bytes, langOverride ?? "ru");
  if (first.problem) return { config: withLang(readConfig(undefined), langOverride), diagnostics: [first.problem] };
  const parsed = parseSpecText(CONFIG_FILE, first.text, langOverride ?? "ru", false);
  const configDoc = parsed.docs[0];
  const config = withLang(readConfig(configDoc?.data), langOverride);
  return configDoc
    ? { config, configDoc, diagnostics: parsed.diagnostics }
    : { config, diagnostics: parsed.diagnostics };
}

function listSpecFiles(root: string, patterns: readonly string[]): string[] {
  // A pattern that leaves the folder is reported and ignored: globbing it would walk the parent folders first.
  const inside = patterns.filter((pattern) => !isOutside(pattern));
  if (inside.length === 0) return [];
  return (
    globSync(inside, {
      cwd: root,
      // A procspec.yaml further down belongs to a nested project: settings, not a spec document.
      ignore: [CONFIG_FILE, `**/${CONFIG_FILE}`, "**/node_modules/**", "**/.git/**"],
      onlyFiles: true,
      expandDirectories: false,
      // A symlinked folder can loop back to the project (`a/loop -> ..`) and read every file twice.
      followSymbolicLinks: false,
    })
      // A pattern like `../**` would pull in files of other projects; only the project folder is read.
      .filter((path) => !isOutside(path))
      .sort()
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function isOutside(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.split(/[\\/]/).includes("..");
}

/** Patterns of `include` that leave the project folder: reported at the pattern, then ignored. */
function includesOutside(configResult: ConfigResult): Diagnostic[] {
  const doc = configResult.configDoc;
  const include = doc?.data.include;
  if (!doc || !Array.isArray(include)) return [];
  const out: Diagnostic[] = [];
  include.forEach((pattern, index) => {
    if (typeof pattern !== "string" || !isOutside(pattern)) return;
    const pointer = `/include/${index}`;
    const text = message(configResult.config.lang, "config.include-outside", { pattern });
    out.push(diag(CONFIG_FILE, "config", text, locate(doc, pointer), pointer));
  });
  return out;
}

function withLang(config: ProjectConfig, lang: Lang | undefined): ProjectConfig {
  return lang ? { ...config, lang } : config;
}

function assemble(
  root: string,
  configResult: ConfigResult,
  sources: ReadonlyArray<SourceFile | { path: string; problem: Diagnostic }>,
  options: LoadOptions,
): Project {
  const cache = options.parseCache;
  const { config } = configResult;
  const diagnostics = [...configResult.diagnostics];
  const docs: SourceDoc[] = [];
  const standards: Standard[] = [];
  const unreadable: UnreadableDoc[] = [];
  const ratings: RatingRow[] = [];
  for (const source of sources) {
    if ("problem" in source) {
      diagnostics.push(source.problem);
      continue;
    }
    const known = options.parsed?.get(source.path);
    if (known) {
      docs.push(...known.docs);
      diagnostics.push(...known.diagnostics);
      unreadable.push(...known.unreadable);
      continue;
    }
    if (source.bytes.length > MAX_FILE_BYTES) {
      diagnostics.push(tooLarge(source.path, source.bytes.length, config.lang));
      continue;
    }
    if (isStandardFile(source.path)) {
      const read = readStandardXml(source.path, source.bytes, config.lang);
      standards.push(...read.standards);
      diagnostics.push(...read.diagnostics);
      continue;
    }
    const read = readText(source.path, source.bytes, config.lang);
    if (isRatingsFile(source.path)) {
      if (read.problem) diagnostics.push(read.problem);
      else {
        const table = readRatings(read.text, source.path, config.lang);
        ratings.push(...table.rows);
        diagnostics.push(...table.diagnostics);
      }
      continue;
    }
    if (read.problem) {
      diagnostics.push(read.problem);
      // The encoding is the one mistake: what the file defines and mentions keeps other files free of echoes.
      unreadable.push(...undecodedDocs(source.path, source.bytes));
      continue;
    }
    const cached = cache?.get(source.path);
    const parsed =
      cached && cached.text === read.text && cached.lang === config.lang
        ? cached.parsed
        : options.parseFile
          ? options.parseFile(source.path, read.text, config.lang)
          : parseSpecText(source.path, read.text, config.lang);
    cache?.set(source.path, { text: read.text, lang: config.lang, parsed });
    docs.push(...parsed.docs);
    diagnostics.push(...parsed.diagnostics);
    unreadable.push(...parsed.unreadable);
  }
  const project: Project = {
    root,
    config,
    docs,
    diagnostics,
    files: sources.map((s) => s.path),
    unreadable,
    standards,
  };
  if (ratings.length > 0) project.ratings = ratings;
  if (configResult.configDoc) project.configDoc = configResult.configDoc;
  return project;
}

function readText(path: string, bytes: Uint8Array, lang: Lang): { text: string; problem?: Diagnostic } {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { text: decoded.text };
  const { text, line, column } = encodingProblem(decoded, lang);
  return { text: "", problem: diag(path, "file-not-utf8", text, { line, column }, "") };
}

/** An id as spec files write it; in a file that could not be decoded, any such word may be a reference. */
const ID_WORD = /[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g;

/**
 * The kind, id and id-like words of each document of a file that is not UTF-8 (Windows-1251, UTF-16). Keys and
 * ids are ASCII, which every such encoding keeps byte for byte (UTF-16 once its zero bytes are dropped).
 */
function undecodedDocs(file: string, bytes: Uint8Array): UnreadableDoc[] {
  const ascii = Buffer.from(bytes.filter((b) => b !== 0)).toString("latin1");
  return ascii.split(/^---[ \t]*$/m).map((source, index) => {
    const kindText = /^kind:[ \t]*["']?(\w+)/m.exec(source)?.[1] ?? "";
    const kind = (KINDS as readonly string[]).includes(kindText) ? (kindText as Kind) : null;
    const id = /^id:[ \t]*["']?([a-z0-9-]+)/m.exec(source)?.[1];
    const mentions = new Set(source.match(ID_WORD) ?? []);
    return id ? { file, index, kind, id, mentions } : { file, index, kind, mentions };
  });
}

function tooLarge(path: string, size: number, lang: Lang): Diagnostic {
  const text = message(lang, "file-too-large", {
    size: (size / 1024 / 1024).toFixed(1),
    limit: MAX_FILE_BYTES / 1024 / 1024,
  });
  return diag(path, "file-too-large", text, { line: 1, column: 1 }, "");
}
