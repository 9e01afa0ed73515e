/**
 * Where the build's time goes, stage by stage, on one synthetic organization: load, validate, views, Markdown,
 * JSON. A companion of run.ts for finding what to speed up; the ratios that count are run.ts's.
 * Usage: npx tsx bench/stages.ts 2000
 */
import { join } from "node:path";
import { emitDocuments } from "../src/emit/index.js";
import { emitMarkdown } from "../src/emit/markdown/index.js";
import { documentViews } from "../src/emit/views/index.js";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { generateOrganization } from "./generate.js";

const n = Number(process.argv[2] ?? 2000);
const dir = join("bench", ".data", `org-${n}`);
generateOrganization(dir, n);
const lap = (() => {
  let last = performance.now();
  return (label: string) => {
    const now = performance.now();
    console.log(`${label.padEnd(10)} ${(now - last).toFixed(0).padStart(7)} ms`);
    last = now;
  };
})();
for (let round = 0; round < 2; round++) {
  console.log(`round ${round + 1}`);
  lap("start");
  const project = loadProject(dir);
  lap("load");
  const { compiled } = validateProject(project);
  lap("validate");
  const { model, index } = compiled;
  const views = documentViews(model, index, "en", { trace: false, images: false });
  lap("views");
  const md = emitMarkdown(model, index, { lang: "en", trace: false });
  lap("markdown");
  const all = await emitDocuments(model, index, { formats: new Set(["json"]), lang: "en", trace: false });
  lap("json");
  const size = (files: { content: string | Uint8Array }[]) => files.reduce((s, f) => s + f.content.length, 0);
  console.log(
    `${views.length} views, markdown ${(size(md) / 1e6).toFixed(1)} MB, json ${(size(all) / 1e6).toFixed(1)} MB`,
  );
}
