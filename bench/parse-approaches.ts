/**
 * Point 1 of issue 19: which way of parsing with positions is fastest, measured in one run on one organization.
 *   js-yaml                   data only, no positions (the floor)
 *   yaml Documents            what procspec did: parseAllDocuments + LineCounter + toJS, a node per value
 *   yaml CST                  yaml's lexer and Parser alone (no Documents, no data): the cost of its CST approach
 *   yaml CST + Composer       Documents without toJS
 *   node by node              js-yaml + a position table from its node events (`positionTable` in
 *                             src/load/fast-parse.ts): what the fast path was until positions became lazy, and
 *                             what it still does for a file whose quotes or brackets run over a line end
 *   procspec fast path        a plain js-yaml parse after a one-pass check of the text, with the kind check and
 *                             no position (read node by node only when one is asked for): what `procspec
 *                             validate` now runs per file
 * Usage: npx tsx bench/parse-approaches.ts [processes=2000]
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import jsyaml from "js-yaml";
import { globSync } from "tinyglobby";
import { Composer, LineCounter, Parser, parseAllDocuments } from "yaml";
import { positionTable } from "../src/load/fast-parse.js";
import { parseSpecText } from "../src/load/parse.js";
import { generateOrganization } from "./generate.js";

const n = Number(process.argv[2] ?? 2000);
const dir = join("bench", ".data", `org-${n}`);
generateOrganization(dir, n);
const files = globSync(["**/*.yaml"], { cwd: dir }).sort();
const texts = files.map((f) => readFileSync(join(dir, f), "utf8"));

const approaches: Array<[string, () => void]> = [
  [
    "js-yaml (no positions)",
    () => {
      for (const t of texts) jsyaml.loadAll(t);
    },
  ],
  [
    "yaml Documents + LineCounter + toJS",
    () =>
      texts.forEach((t) => {
        const lineCounter = new LineCounter();
        for (const doc of parseAllDocuments(t, { lineCounter })) doc.toJS();
      }),
  ],
  [
    "yaml CST (Parser + LineCounter)",
    () =>
      texts.forEach((t) => {
        const lineCounter = new LineCounter();
        for (const _ of new Parser(lineCounter.addNewLine).parse(t));
      }),
  ],
  [
    "yaml CST + Composer (no toJS)",
    () => {
      for (const t of texts) for (const _ of new Composer().compose(new Parser().parse(t)));
    },
  ],
  [
    "node by node (js-yaml + a position table)",
    () => {
      for (const t of texts) positionTable(t);
    },
  ],
  [
    "procspec fast path (js-yaml, positions when asked)",
    () => {
      texts.forEach((t, i) => {
        parseSpecText(files[i] as string, t, "en");
      });
    },
  ],
];

const samples = new Map<string, number[]>(approaches.map(([name]) => [name, []]));
for (let round = 0; round < 5; round++) {
  for (const [name, fn] of approaches) {
    const start = performance.now();
    fn();
    samples.get(name)?.push(performance.now() - start);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const floor = median(samples.get("js-yaml (no positions)") ?? []);
console.log(`${files.length} files, load average ${loadavg()[0]?.toFixed(1)}, median of 5 interleaved rounds\n`);
console.log("| approach | time | ÷ js-yaml |\n|---|---|---|");
for (const [name, xs] of samples)
  console.log(`| ${name} | ${median(xs).toFixed(0)} ms | ${(median(xs) / floor).toFixed(2)}× |`);
