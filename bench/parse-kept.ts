/**
 * One parser over every file of a generated organization in a fresh process, keeping each file's result as
 * `validate` does (parse-approaches.ts keeps nothing, so the garbage collector's share does not show there).
 * Run each mode in its own process, interleaved, and compare medians:
 *   for i in 1 2 3 4 5; do for m in jsyaml nodes fast; do npx tsx bench/parse-kept.ts $m; done; done
 * Modes: jsyaml (data only), nodes (js-yaml with a position table from its node events), fast (procspec's fast
 * path: a plain parse, positions when asked for).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import jsyaml from "js-yaml";
import { globSync } from "tinyglobby";
import { fastParse, positionTable } from "../src/load/fast-parse.js";
import { generateOrganization } from "./generate.js";

const mode = process.argv[2] ?? "fast";
const n = Number(process.argv[3] ?? 2000);
const dir = join("bench", ".data", `org-${n}`);
generateOrganization(dir, n);
const texts = globSync(["**/*.yaml"], { cwd: dir })
  .sort()
  .map((f) => readFileSync(join(dir, f), "utf8"));
const parse =
  mode === "jsyaml" ? (t: string) => jsyaml.loadAll(t) : mode === "nodes" ? positionTable : (t: string) => fastParse(t);
const kept: unknown[] = [];
const start = performance.now();
for (const t of texts) kept.push(parse(t));
console.log(`${mode} ${(performance.now() - start).toFixed(0)} ms for ${kept.length} files`);
