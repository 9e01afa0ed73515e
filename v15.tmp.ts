import { loadProject } from "./src/load/project.js";
import { validateProject } from "./src/validate/validate.js";
import { assessmentItems } from "./src/model/assessment.js";
import { compareWithStandard } from "./src/model/standard-comparison.js";
const v = validateProject(loadProject(process.argv[2] ?? "/tmp/base15"));
for (const d of v.diagnostics) console.log(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
const { model, index } = v.compiled;
for (const id of (process.argv[3] ?? "").split(",").filter(Boolean)) {
  const p = index.positions.get(id)!;
  console.log(id, assessmentItems(p, model, index).map((i) => `${i.group}: ${i.text}`));
  const c = compareWithStandard(p, model, index);
  for (const a of c.actions) console.log(a.ref, a.status, a.score?.toFixed(2), a.text, "=>", a.by?.text);
}
