/**
 * What a process that stays up would spend per edit (issue 19, the warm target): the project loaded once, then,
 * fifteen times, one process file edited, parsed again, and the model compiled and every rule run over the whole
 * project. The first rounds include the JIT warming up; the later ones are what a resident server would pay.
 * Usage: npx tsx bench/resident.ts [processes=2000]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadChecked } from "../src/cli/checked-load.js";
import { parseSpecText } from "../src/load/parse.js";
import { validateProject } from "../src/validate/validate.js";
import { generateOrganization } from "./generate.js";

const n = Number(process.argv[2] ?? 2000);
const dir = join("bench", ".data", `org-${n}`);
generateOrganization(dir, n);
const project = await loadChecked(dir);
const file = "processes/process-1.yaml";
const text = readFileSync(join(dir, file), "utf8");
const times: number[] = [];
for (let round = 0; round < 15; round++) {
  const start = performance.now();
  const edited = text.replace(/^description: "/m, `description: "Edit ${round}. `);
  const parsed = parseSpecText(file, edited, project.config.lang);
  const docs = project.docs.filter((d) => d.file !== file).concat(parsed.docs);
  validateProject({ ...project, docs });
  times.push(performance.now() - start);
}
console.log(`${n} processes, ms per edit: ${times.map((t) => t.toFixed(0)).join(" ")}`);
