import { Worker } from "node:worker_threads";
import type { Lang } from "../i18n/lang.js";
import { parseSpecText } from "../load/parse.js";
import { type CheckedFile, checkedFile } from "../validate/file-check.js";
import type { PoolRequest } from "./parse-worker.js";
import { POOL_MIN_FILES, poolSize } from "./pool-size.js";

export { POOL_MIN_FILES } from "./pool-size.js";

/**
 * Whether this procspec can start its worker: the compiled one can; run from the TypeScript sources (tests,
 * tsx), a worker could not load its `.ts` module, so everything stays on the main thread.
 */
const WORKER_URL = new URL("./parse-worker.js", import.meta.url);
const compiled = import.meta.url.endsWith(".js");

/**
 * Parses and schema-checks files on every core: the main thread takes one share, a worker thread each other
 * share. Results come back by path, so the project is assembled in file order whatever the scheduling.
 * Undefined when the pool would not pay (few files, one core) — the caller parses as usual.
 */
export async function parseInPool(
  files: ReadonlyArray<{ path: string; text: string }>,
  lang: Lang,
): Promise<Map<string, CheckedFile | null> | undefined> {
  const threads = Math.min(poolSize(), Math.ceil(files.length / (POOL_MIN_FILES / 2)));
  if (!compiled || threads < 2 || files.length < POOL_MIN_FILES) return undefined;
  // Contiguous shares: files of one folder are alike in size, so equal counts are near equal work.
  const shares = Array.from({ length: threads }, (_, i) =>
    files.slice(Math.floor((i * files.length) / threads), Math.floor(((i + 1) * files.length) / threads)),
  );
  const [own = [], ...others] = shares;
  const pending = others.map((share) => runWorker({ lang, files: [...share] }));
  const results = new Map<string, CheckedFile | null>();
  for (const { path, text } of own) results.set(path, checkedFile(parseSpecText(path, text, lang), lang) ?? null);
  const answers = await Promise.all(pending);
  others.forEach((share, i) => {
    share.forEach(({ path }, k) => {
      results.set(path, answers[i]?.[k] ?? null);
    });
  });
  return results;
}

function runWorker(request: PoolRequest): Promise<Array<CheckedFile | null>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL);
    worker.once("message", (results: Array<CheckedFile | null>) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage(request);
  });
}
