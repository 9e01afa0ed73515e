/**
 * Swimlane benchmark: 200 processes with steps (8 steps over 3 executors, a decision and a rework loop each), laid
 * out with ELK (in parts that print readably on A4), drawn as SVG and rasterised to PNG in one Chromium — cold
 * (empty cache) and warm (ELK's layouts and the images from the cache folder, as a second build has them).
 * Run: `npx tsx bench/swimlanes.ts [--processes N]`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileLayoutCache } from "../src/cli/layout-cache.js";
import { type RenderOutcome, renderDiagrams } from "../src/emit/diagrams/renderer.js";
import { swimlaneDiagrams } from "../src/emit/diagrams/swimlanes.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";

const flag = process.argv.indexOf("--processes");
const count = flag > 0 ? Number(process.argv[flag + 1]) : 200;

function spec(total: number): string {
  const docs = [0, 1, 2].map(
    (p) => `kind: Position\nid: pos-${p}\nname: Должность ${p + 1} — мастер-приёмщик автосервиса`,
  );
  for (let i = 0; i < total; i++) {
    const step = (id: string, name: string, executor: number, extra = "") =>
      `  - id: ${id}\n    name: ${name} (${i + 1})\n    executor: pos-${executor}\n    inputs: [Документ ${id}-вход]\n    outputs: [Документ ${id}]\n    term: 15 минут\n${extra}`;
    docs.push(`kind: Process
id: process-${i}
code: "${i + 1}"
name: Приём автомобиля и оформление наряд-заказа, вариант ${i + 1}
executors: [{ position: pos-0 }, { position: pos-1 }, { position: pos-2 }]
steps:
${step("meet", "Встретить клиента и выяснить причину обращения", 0)}${step("define", "Определить состав работ и стоимость", 0)}${step("agree", "Согласовать с клиентом работы и срок", 0, "    next:\n      - { step: order, when: Клиент согласен }\n      - { step: refuse, when: Клиент отказался }\n")}${step("order", "Оформить наряд-заказ", 1)}${step("repair", "Выполнить ремонт по наряд-заказу", 2)}${step("check", "Проверить качество работ", 1, "    next:\n      - { step: release, when: Работы приняты }\n      - { step: repair, when: Есть замечания }\n")}${step("release", "Выдать автомобиль клиенту", 0, "    end: true\n")}${step("refuse", "Зафиксировать отказ клиента", 0)}`);
  }
  return docs.join("\n---\n");
}

const encode = (text: string) => new TextEncoder().encode(text);
const project = loadProjectFromFiles("/bench", encode("lang: ru\n"), [
  { path: "spec.yaml", bytes: encode(spec(count)) },
]);
const { model } = compileModel(project);
const cacheDir = mkdtempSync(join(tmpdir(), "procspec-bench-swimlanes-"));

function report(title: string, layoutMs: number, outcome: RenderOutcome): void {
  if ("unavailable" in outcome) {
    console.log(`${title}: ${outcome.unavailable}`);
    process.exitCode = 1;
    return;
  }
  const { stats } = outcome;
  console.log(
    `${title}: ${((layoutMs + stats.ms) / 1000).toFixed(1)} s total — layout + SVG ${(layoutMs / 1000).toFixed(1)} s ` +
      `(${(layoutMs / count).toFixed(1)} ms each); PNG ${(stats.ms / 1000).toFixed(1)} s: browser launches ` +
      `${stats.launches}, drawn ${stats.rendered}, from cache ${stats.cached}, failed ${stats.failed} ` +
      `(pictures = parts of the ${count} diagrams); load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")}`,
  );
}

async function run(title: string): Promise<void> {
  const at = performance.now();
  const layouts = fileLayoutCache(join(cacheDir, "layouts"));
  const swimlanes = await swimlaneDiagrams(model, "ru", { layouts });
  await layouts.prune();
  const layoutMs = performance.now() - at;
  const outcome = await renderDiagrams(
    swimlanes.flatMap((d) => d.parts.map((p) => ({ name: p.name, source: p.svg, svg: p.svg }))),
    { formats: ["svg", "png"], cacheDir: join(cacheDir, "diagrams"), pruneCache: true },
  );
  report(title, layoutMs, outcome);
}

try {
  console.log(`${model.processes.length} processes with ${model.processes[0]?.steps.length ?? 0} steps each`);
  await run("cold cache");
  await run("warm cache");
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
