/**
 * Diagram rendering benchmark: a synthetic organization of 200 processes (20 level-1 processes of 9 sub-processes
 * each, 10 units, 40 positions) drawn as the process map, the org chart and 200 context diagrams, SVG + PNG.
 * Run: `npx tsx bench/diagrams.ts [--processes N]`. Expect 1 browser launch, all under 60 s, and 0 diagrams
 * drawn on the second run (warm cache).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RenderOutcome, renderDiagrams } from "../src/emit/diagrams/renderer.js";
import { diagramSources } from "../src/emit/diagrams/sources.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";

const flag = process.argv.indexOf("--processes");
const processCount = flag > 0 ? Number(process.argv[flag + 1]) : 200;

/** YAML of a synthetic organization; results flow to the next sub-process and across to the next group. */
function syntheticSpec(total: number): Record<string, string> {
  const groups = Math.max(1, Math.round(total / 10));
  const perGroup = Math.max(0, Math.ceil(total / groups) - 1);
  const units = 10;
  const files: Record<string, string> = {};
  const unitDocs: string[] = [];
  const positionDocs: string[] = [];
  for (let u = 0; u < units; u++) {
    unitDocs.push(
      `kind: Unit\nid: unit-${u}\nname: Отдел ${u + 1} «Сервис»\n${u > 0 ? "parent: unit-0\n" : ""}head: pos-${u}-0\nfunctions: [Функция ${u}]`,
    );
    for (let p = 0; p < 4; p++)
      positionDocs.push(
        `kind: Position\nid: pos-${u}-${p}\nname: Должность ${u}.${p} — специалист по приёму автомобилей\nunit: unit-${u}\n` +
          (p > 0 ? `reportsTo: pos-${u}-0\n` : u > 0 ? "reportsTo: pos-0-0\n" : ""),
      );
  }
  files["units.yaml"] = unitDocs.join("\n---\n");
  files["positions.yaml"] = positionDocs.join("\n---\n");
  const processDocs: string[] = [];
  let made = 0;
  for (let g = 0; g < groups && made < total; g++) {
    const owner = `pos-${g % units}-0`;
    processDocs.push(`kind: Process
id: group-${g}
code: "${g + 1}"
name: "Группа процессов ${g + 1}: обслуживание и ремонт автомобилей"
owner: ${owner}
clients: [{ external: Автовладелец ${g % 3}, goals: [Исправный автомобиль] }]
results: [{ name: Результат группы ${g + 1}, to: [group-${(g + 1) % groups}] }]`);
    made++;
    for (let c = 0; c < perGroup && made < total; c++, made++) {
      const next = c + 1 < perGroup ? `group-${g}-${c + 1}` : `group-${(g + 1) % groups}-0`;
      processDocs.push(`kind: Process
id: group-${g}-${c}
code: "${g + 1}.${c + 1}"
name: Приём автомобиля и оформление наряд-заказа, этап ${c + 1}
parent: group-${g}
owner: ${owner}
clients:
  - { external: Автовладелец ${g % 3}, goals: [Автомобиль принят быстро] }
  - { process: ${next}, goals: [Понятный наряд-заказ] }
results:
  - { name: Наряд-заказ ${g + 1}.${c + 1}, to: [${next}] }
  - { name: Дефектная карта }
resources:
  - { name: Запись клиентов на ремонт, from: { position: pos-${(g + c) % units}-1 } }
  - { name: Запчасти, from: { external: Поставщик запчастей } }
  - { name: Компьютер и учётная программа, from: { unit: unit-${c % units} } }
executors: [{ position: pos-${(g + c) % units}-2, functions: [Оформляет наряд-заказ] }]`);
    }
  }
  files["processes.yaml"] = processDocs.join("\n---\n");
  return files;
}

const encode = (text: string) => new TextEncoder().encode(text);
const project = loadProjectFromFiles(
  "/bench",
  encode("lang: ru\n"),
  Object.entries(syntheticSpec(processCount)).map(([path, text]) => ({ path, bytes: encode(text) })),
);
const { model, index } = compileModel(project);
const sourcesAt = performance.now();
const diagrams = diagramSources(model, index, model.lang);
const sourcesMs = performance.now() - sourcesAt;
const cacheDir = mkdtempSync(join(tmpdir(), "procspec-bench-diagrams-"));

function report(title: string, outcome: RenderOutcome): void {
  if ("unavailable" in outcome) {
    console.log(`${title}: ${outcome.unavailable}`);
    process.exitCode = 1;
    return;
  }
  const { stats } = outcome;
  const perSvg = stats.rendered ? (stats.svgMs / stats.rendered).toFixed(1) : "–";
  const perPng = stats.rendered ? (stats.pngMs / stats.rendered).toFixed(1) : "–";
  console.log(
    `${title}: ${(stats.ms / 1000).toFixed(1)} s total; browser launches ${stats.launches}; drawn ${stats.rendered}, ` +
      `from cache ${stats.cached}, failed ${stats.failed}; browser start ${stats.startMs} ms; ` +
      `SVG ${stats.svgMs} ms (${perSvg} ms each); PNG ${stats.pngMs} ms (${perPng} ms each)`,
  );
  for (const [name, file] of outcome.files) if (file.error) console.log(`  ${name}: ${file.error.split("\n")[0]}`);
}

try {
  console.log(
    `${model.processes.length} processes, ${model.positions.length} positions, ${model.units.length} units → ` +
      `${diagrams.length} diagrams; Mermaid sources in ${sourcesMs.toFixed(0)} ms`,
  );
  const cold = await renderDiagrams(diagrams, { formats: ["svg", "png"], cacheDir });
  report("cold cache", cold);
  const warm = await renderDiagrams(diagrams, { formats: ["svg", "png"], cacheDir });
  report("warm cache", warm);
  const ok =
    "files" in cold &&
    "files" in warm &&
    cold.stats.launches === 1 &&
    cold.stats.failed === 0 &&
    cold.stats.ms < 60_000 &&
    warm.stats.rendered === 0 &&
    warm.stats.launches === 0;
  console.log(ok ? "OK: one launch, under 60 s, nothing redrawn from a warm cache" : "NOT OK");
  if (!ok) process.exitCode = 1;
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
