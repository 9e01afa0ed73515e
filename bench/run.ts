/**
 * Benchmark of the core pipeline (issue 4): in one run, at N = 2,000 and 20,000 processes, times
 *   (a) the floor: finding, reading and parsing the YAML alone,
 *   (b) validate: load + schema + every rule,
 *   (c) build: validate + compile + emit md and json (in memory; writing is the disk's business),
 * and prints the ratios b/a and c/a, and the growth from 2,000 to 20,000 (10× the processes).
 * Usage: npm run bench  (or npx tsx bench/run.ts 2000 20000)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";
import { parseAllDocuments } from "yaml";
import { emitDocuments } from "../src/emit/index.js";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { generateOrganization } from "./generate.js";

async function time(fn: () => unknown, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0; // median
}

function floor(dir: string): void {
  for (const file of globSync(["**/*.yaml"], { cwd: dir }).sort()) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) doc.toJS();
  }
}

function validate(dir: string): void {
  const { diagnostics } = validateProject(loadProject(dir));
  if (diagnostics.some((d) => d.severity === "error"))
    throw new Error(`synthetic org has errors: ${diagnostics[0]?.message}`);
}

async function build(dir: string): Promise<void> {
  const project = loadProject(dir);
  const { compiled } = validateProject(project);
  await emitDocuments(compiled.model, compiled.index, {
    formats: new Set(["md", "json"]),
    lang: project.config.lang,
    trace: false,
  });
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const ns = sizes.length > 0 ? sizes : [2000, 20000];
const rows: Array<{ n: number; floor: number; validate: number; build: number }> = [];
for (const n of ns) {
  const dir = join("bench", ".data", `org-${n}`);
  generateOrganization(dir, n);
  const runs = n <= 5000 ? 5 : 3;
  floor(dir); // warm the page cache and the JIT before measuring
  await build(dir);
  rows.push({
    n,
    floor: await time(() => floor(dir), runs),
    validate: await time(() => validate(dir), runs),
    build: await time(() => build(dir), runs),
  });
}
const f = (ms: number) => `${ms.toFixed(0)} ms`;
const r = (x: number) => `${x.toFixed(2)}×`;
console.log("| processes | floor (parse) | validate | build md,json | validate/floor | build/floor |");
console.log("|---|---|---|---|---|---|");
for (const row of rows) {
  console.log(
    `| ${row.n} | ${f(row.floor)} | ${f(row.validate)} | ${f(row.build)} | ${r(row.validate / row.floor)} | ${r(row.build / row.floor)} |`,
  );
}
if (rows.length >= 2) {
  const [a, b] = [rows[0], rows[rows.length - 1]] as [(typeof rows)[0], (typeof rows)[0]];
  const k = b.n / a.n;
  console.log(
    `\n${k}× the processes: floor ${r(b.floor / a.floor)}, validate ${r(b.validate / a.validate)}, build ${r(b.build / a.build)} the time`,
  );
}
