import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextMermaid, orgChartMermaid, processMapMermaid } from "../src/emit/diagrams/mermaid.js";
import {
  chromiumPath,
  launchChromium,
  mermaidPage,
  parseInPage,
  renderDiagrams,
} from "../src/emit/diagrams/renderer.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";

const chromium = chromiumPath();
const haveChromium = existsSync(chromium);
if (!haveChromium)
  console.warn(
    `diagrams-render: skipped, no Chromium at ${chromium} (apt-get install chromium, or set PROCSPEC_CHROMIUM)`,
  );

/**
 * A spec whose every name is given: a level-1 process with two sub-processes linked by a result, one unit with a
 * head and a subordinate. Names go into YAML as JSON strings, so any text survives the loader unchanged.
 */
function specOf(names: readonly string[]) {
  const n = (i: number) => JSON.stringify(names[i % names.length] ?? "x");
  const files: Record<string, string> = {
    "unit.yaml": `kind: Unit\nid: u\nname: ${n(0)}\nhead: boss\nfunctions: [${n(1)}]\n`,
    "positions.yaml": `kind: Position\nid: boss\nname: ${n(2)}\nunit: u\n---\nkind: Position\nid: clerk\nname: ${n(3)}\nunit: u\nreportsTo: boss\n`,
    "processes.yaml": `kind: Process
id: top
name: ${n(4)}
clients: [{ external: ${n(5)}, goals: [g] }]
---
kind: Process
id: first
code: ${n(6)}
name: ${n(7)}
parent: top
clients: [{ external: ${n(5)}, goals: [g] }, { process: second, goals: [g] }]
results: [{ name: ${n(8)}, to: [second] }, { name: ${n(9)} }]
resources: [{ name: ${n(10)}, from: { external: ${n(11)} } }, { name: ${n(12)}, from: { position: clerk } }]
---
kind: Process
id: second
name: ${n(13)}
parent: top
clients: [{ position: boss, name: ${n(14)}, goals: [g] }]
`,
  };
  const encode = (text: string) => new TextEncoder().encode(text);
  const project = loadProjectFromFiles(
    "/spec",
    encode("lang: ru\n"),
    Object.entries(files).map(([path, text]) => ({ path, bytes: encode(text) })),
  );
  return compileModel(project);
}

function diagramsOf(names: readonly string[]) {
  const { model, index } = specOf(names);
  const first = index.processes.get("first");
  if (!first) throw new Error("the spec lost its process");
  return [
    { name: "process-map", source: processMapMermaid(model, index, "ru") },
    { name: "org-chart", source: orgChartMermaid(model, index, "ru") },
    { name: "context-first", source: contextMermaid(first, index, "ru") },
  ];
}

const carService = [
  "Автосервис",
  "Ремонт автомобилей",
  "Руководитель автосервиса",
  "Мастер-приёмщик",
  "Обслуживание автомобилей",
  "Автовладелец",
  "2.1",
  "Приём автомобиля",
  "Наряд-заказ",
  "Дефектная карта",
  "Запись клиентов",
  "Диспетчер",
  "Прайс-лист",
  "Ремонт автомобиля",
];

describe.skipIf(!haveChromium)("diagrams drawn by Mermaid in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const cacheDir = mkdtempSync(join(tmpdir(), "procspec-diagrams-"));
  beforeAll(async () => {
    browser = await launchChromium(chromium);
    page = await mermaidPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("parses every generated diagram, whatever the names say", async () => {
    const hostile = fc.constantFrom(
      '"',
      "-->",
      "end",
      "%%",
      "%%{init: {'theme':'dark'}}%%",
      "<script>alert(1)</script>",
      "[",
      "]",
      "{",
      "}",
      "(",
      ")",
      "|",
      "#",
      "#35;",
      "#quot;",
      "`",
      ";",
      ":::",
      "style x:#f00;",
      "classDef",
      "\\n",
      "\n",
      "🚗",
      "👨‍👩‍👧",
      "Приём",
      "ﬂ°°",
      "¶ß",
      "x".repeat(300),
    );
    const name = fc
      .array(fc.oneof(hostile, fc.string({ unit: "grapheme", maxLength: 12 })), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(" ").trim() || "x");
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 15, maxLength: 15 }), async (names) => {
        for (const diagram of diagramsOf(names)) {
          const problem = await parseInPage(page, diagram.source);
          expect(problem, `${diagram.name}:\n${diagram.source}`).toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });

  it("draws two diagrams with one browser, Cyrillic labels as SVG text and a PNG", async () => {
    const [processMap, orgChart] = diagramsOf(carService);
    if (!processMap || !orgChart) throw new Error("no diagrams");
    const first = await renderDiagrams([processMap, orgChart], { formats: ["svg", "png"], cacheDir });
    if (!("files" in first)) throw new Error(first.unavailable);
    expect(first.stats).toMatchObject({ launches: 1, rendered: 2, cached: 0, failed: 0 });
    const map = first.files.get("process-map");
    expect(map?.error).toBeUndefined();
    expect(map?.svg).toContain("Приём");
    expect(map?.svg).toContain("автомобиля");
    expect(map?.svg).not.toContain("foreignObject");
    expect(first.files.get("org-chart")?.svg).toContain("Мастер-приёмщик");
    const png = first.files.get("org-chart")?.png;
    expect(Array.from(png?.slice(0, 8) ?? [])).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const again = await renderDiagrams([processMap, orgChart], { formats: ["svg", "png"], cacheDir });
    if (!("files" in again)) throw new Error(again.unavailable);
    expect(again.stats).toMatchObject({ launches: 0, rendered: 0, cached: 2 });
    expect(again.files.get("process-map")?.svg).toBe(map?.svg);
    expect(again.files.get("org-chart")?.png).toEqual(png);
  });

  it("reports a diagram Mermaid rejects and still draws the others", async () => {
    const outcome = await renderDiagrams(
      [
        { name: "broken", source: "flowchart LR\n  a -->" },
        { name: "fine", source: 'flowchart LR\n  a["Приём"] --> b["Выдача"]\n' },
      ],
      { formats: ["svg"], lang: "ru" },
    );
    if (!("files" in outcome)) throw new Error(outcome.unavailable);
    expect(outcome.files.get("broken")?.error).toMatch(/^Mermaid не смог построить схему «broken»: Parse error/);
    expect(outcome.files.get("fine")?.svg).toContain("Выдача");
    expect(outcome.stats).toMatchObject({ launches: 1, rendered: 1, failed: 1 });
  });
});

describe("without a browser", () => {
  it("says the images are skipped and how to enable them, instead of failing", async () => {
    const outcome = await renderDiagrams([{ name: "x", source: "flowchart LR\n  a --> b\n" }], {
      formats: ["svg", "png"],
      chromium: "/nonexistent/chromium",
    });
    expect("unavailable" in outcome && outcome.unavailable).toMatch(
      /\/nonexistent\/chromium.*apt-get install chromium.*PROCSPEC_CHROMIUM.*diagrams\.chromium in procspec\.yaml/,
    );
    expect(outcome.stats.launches).toBe(0);
  });
});
