/**
 * DOCX benchmark: time per DOCX on a synthetic organization (default 200 processes), split into the parts that
 * cost: the views (shared with Markdown), docx's packing, and our normalization for identical bytes.
 * Usage: npx tsx bench/docx.ts [processes]
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emitDocx, normalizeDocx } from "../src/emit/docx/index.js";
import { documentViews } from "../src/emit/views/index.js";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { generateOrganization } from "./generate.js";

const n = Number(process.argv[2] ?? 200);
const dir = join(tmpdir(), `procspec-bench-docx-${n}`);
const org = generateOrganization(dir, n);
const { model, index } = validateProject(loadProject(dir)).compiled;

/**
 * CPU time, not wall time: on a shared machine the wall clock measures the neighbours. docx alone needs ~14 ms of
 * CPU to pack an empty document (its default styles and parts), the floor any DOCX costs.
 */
type Mark = NodeJS.CpuUsage;
const mark = (): Mark => process.cpuUsage();
const ms = (start: Mark) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

let start: Mark = mark();
const views = documentViews(model, index, model.lang, { trace: false });
const viewsMs = ms(start);

start = mark();
const set = await emitDocx(model, index, { lang: model.lang, trace: false });
const setMs = ms(start);

start = mark();
const all = await emitDocx(model, index, { lang: model.lang, trace: false, bundle: true });
const allMs = ms(start);

// Normalizing again costs what normalizing once did: unzip, rename ids, zip.
start = mark();
for (const file of set) if (typeof file.content !== "string") normalizeDocx(file.content, "2026-12-01T00:00:00Z");
const normalizeMs = ms(start);

const bytes = set.reduce((sum, f) => sum + f.content.length, 0);
const largest = [...all].sort((a, b) => b.content.length - a.content.length)[0];
const f = (x: number) => x.toFixed(0);
console.log("CPU time (user + system):");
console.log(`organization: ${org.processes} processes, ${org.positions} positions, ${org.units} units`);
console.log(`views (shared with Markdown): ${views.length} documents in ${f(viewsMs)} ms`);
console.log(
  `DOCX set: ${set.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${f(setMs)} ms = ${(setMs / set.length).toFixed(1)} ms per DOCX`,
);
console.log(
  `  of which normalization for identical bytes: ${f(normalizeMs)} ms (${((100 * normalizeMs) / setMs).toFixed(0)} %)`,
);
console.log(
  `with bundles: ${all.length} files in ${f(allMs)} ms; largest ${largest?.path} ${((largest?.content.length ?? 0) / 1e3).toFixed(0)} kB`,
);
