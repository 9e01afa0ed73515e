/**
 * A worker thread of the parse pool (parse-pool.ts): parses and schema-checks the files it is sent and sends back
 * their plain records, or null for a file only `yaml` can read (the main thread parses that one itself).
 */
import { parentPort } from "node:worker_threads";
import type { Lang } from "../i18n/lang.js";
import { parseSpecText } from "../load/parse.js";
import { type CheckedFile, checkedFile } from "../validate/file-check.js";

export interface PoolRequest {
  lang: Lang;
  files: Array<{ path: string; text: string }>;
}

parentPort?.on("message", ({ lang, files }: PoolRequest) => {
  const results: Array<CheckedFile | null> = files.map(
    ({ path, text }) => checkedFile(parseSpecText(path, text, lang), lang) ?? null,
  );
  parentPort?.postMessage(results);
});
