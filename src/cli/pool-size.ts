import { availableParallelism } from "node:os";

/**
 * Below this many files to parse, threads cost more than they save: starting one and loading the parser in it
 * takes about as long as parsing a few hundred files (bench/README.md, "worker threads").
 */
export const POOL_MIN_FILES = 400;

/**
 * Threads to parse with: `PROCSPEC_WORKERS` (1 = the main thread only), else the cores when there are more than
 * two. On two cores a second thread made a cold `validate` of 2,000 processes slower, not faster (2.66 s against
 * 1.84 s on an idle machine, bench/README.md): its start-up, the copy of every result back to the main thread and
 * the garbage collector's own threads take the core the worker was meant to use.
 */
export function poolSize(): number {
  const configured = Number(process.env.PROCSPEC_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return configured;
  const cores = availableParallelism();
  return cores > 2 ? cores : 1;
}
