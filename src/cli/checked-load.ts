import type { Lang } from "../i18n/lang.js";
import { decodeUtf8 } from "../load/decode.js";
import { type ParsedFile, parseSpecText } from "../load/parse.js";
import { assembleProject, listProjectFiles, type Project, readListedFiles } from "../load/project.js";
import { type CheckedFile, restoreFile } from "../validate/file-check.js";
import { POOL_MIN_FILES, poolSize } from "./pool-size.js";

export interface CheckedLoadOptions {
  lang?: Lang;
  /** `--cache`: keep each file's parsed and schema-checked result, and reuse it while the file is unchanged. */
  cache?: boolean;
}

/**
 * Loads a project for checking — what `validate` and `build` load with. Files unchanged since the last `--cache`
 * run come from the cache; the others are parsed and schema-checked together, on every core when there are
 * enough of them; the rules then run over the whole model as before.
 */
export async function loadChecked(dir: string, options: CheckedLoadOptions = {}): Promise<Project> {
  const list = listProjectFiles(dir, options.lang);
  const lang = list.config.lang;
  // The cache (node:crypto) is loaded only when asked for: a small project's whole check takes about as long.
  const cache = options.cache ? (await import("./file-cache.js")).FileCache.open(list.root, lang) : undefined;
  // Files the cache knows unchanged by their metadata are not read.
  const files = readListedFiles(list, cache?.known);
  const ready = new Map<string, ParsedFile>();
  const toParse: Array<{ path: string; text: string }> = [];
  for (const source of files.sources) {
    if (!("bytes" in source) || cache?.parsed.has(source.path) || /^standards\/.+\.xml$/i.test(source.path)) continue;
    const decoded = decodeUtf8(source.bytes);
    if (!decoded.ok) continue;
    const cached = cache?.lookup(source.path, decoded.text, lang);
    if (cached) ready.set(source.path, cached);
    else toParse.push({ path: source.path, text: decoded.text });
  }
  // The pool (worker threads) is loaded only when there are enough files and cores for it to be used.
  const pool = toParse.length >= POOL_MIN_FILES && poolSize() > 1 ? await import("./parse-pool.js") : undefined;
  const pooled: Map<string, CheckedFile | null> = (await pool?.parseInPool(toParse, lang)) ?? new Map();
  const project = assembleProject(files, {
    ...(cache ? { parsed: cache.parsed } : {}),
    parseFile: (path, text, fileLang) => {
      const done = ready.get(path);
      if (done) return done;
      const checked = pooled.get(path);
      const parsed = checked ? restoreFile(path, text, checked) : parseSpecText(path, text, fileLang);
      return cache ? cache.record(path, text, fileLang, parsed) : parsed;
    },
  });
  cache?.save();
  return project;
}
