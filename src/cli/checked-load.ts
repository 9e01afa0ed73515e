import type { Lang } from "../i18n/lang.js";
import { parseSpecText } from "../load/parse.js";
import { assembleProject, type Project, readProjectFiles } from "../load/project.js";
import { FileCache } from "./file-cache.js";

export interface CheckedLoadOptions {
  lang?: Lang;
  /** `--cache`: keep each file's parsed and schema-checked result, and reuse it while the file is unchanged. */
  cache?: boolean;
}

/**
 * Loads a project for checking: every spec file parsed, and with `--cache`, schema-checked along with the parse
 * and kept for the next run. What `validate` and `build` load with.
 */
export async function loadChecked(dir: string, options: CheckedLoadOptions = {}): Promise<Project> {
  const files = readProjectFiles(dir, options.lang);
  if (!options.cache) return assembleProject(files);
  const cache = FileCache.open(files.root, files.config.lang);
  const project = assembleProject(files, {
    parseFile: (path, text, lang) =>
      cache.lookup(path, text, lang) ?? cache.record(path, text, lang, parseSpecText(path, text, lang)),
  });
  cache.save();
  return project;
}
