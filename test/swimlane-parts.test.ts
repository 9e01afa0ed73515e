/**
 * A long process's swimlane diagram, as a reader of the printed regulation meets it: cut into parts that each read
 * on an A4 landscape page, every step drawn exactly once, and continuation markers saying where the course goes
 * on and where it came from. Laying out again with the layout cache gives the same pictures without asking ELK.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileLayoutCache } from "../src/cli/layout-cache.js";
import type { LayoutCache } from "../src/emit/bpmn/layout.js";
import { PART_MAX_STEPS } from "../src/emit/diagrams/swimlane-parts.js";
import { type SwimlaneDiagram, swimlaneDiagrams } from "../src/emit/diagrams/swimlanes.js";
import { pictureScale } from "../src/emit/docx/blocks.js";
import { emitDocuments } from "../src/emit/index.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";

const STEPS = 30;

/** 30 steps over two executors; step 20 is a decision whose rework branch goes back to step 5, parts away. */
function spec(): string {
  const steps = Array.from({ length: STEPS }, (_, i) => {
    const n = i + 1;
    const lines = [
      `  - id: s${n}`,
      `    name: Шаг процесса номер ${n}`,
      `    executor: ${n % 3 === 0 ? "controller" : "clerk"}`,
      `    outputs: [Документ ${n}]`,
      ...(n > 1 ? [`    inputs: [Документ ${n - 1}]`] : ["    inputs: [Заявка]"]),
    ];
    if (n === 20)
      lines.push("    next:", "      - { step: s21, when: Всё верно }", "      - { step: s5, when: Есть ошибки }");
    return lines.join("\n");
  });
  return `kind: Position
id: clerk
name: Специалист
---
kind: Position
id: controller
name: Контролёр
---
kind: Process
id: long
code: "1"
name: Длинный процесс
owner: controller
results: [{ name: Документ ${STEPS} }]
resources: [{ name: Заявка }]
executors: [{ position: clerk }, { position: controller }]
steps:
${steps.join("\n")}
`;
}

const encode = (text: string) => new TextEncoder().encode(text);
const project = loadProjectFromFiles("/long", encode("lang: ru\n"), [{ path: "long.yaml", bytes: encode(spec()) }]);
const { model, index } = compileModel(project);

const tasksOf = (svg: string) =>
  [...svg.matchAll(/<tspan [^>]*>(\d+)\. Шаг/g)].map((m) => Number(m[1])).filter((n, i, all) => all.indexOf(n) === i);

describe("a swimlane diagram of more than 25 steps", () => {
  let diagram: SwimlaneDiagram;

  it("is printed in parts of consecutive steps, each step once, none over 25 steps", async () => {
    [diagram] = (await swimlaneDiagrams(model, "ru")) as [SwimlaneDiagram];
    const { parts } = diagram;
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.name)).toEqual(parts.map((_, i) => `swimlane-long.${i + 1}`));
    const drawn = parts.flatMap((p) => p.layout.nodes.filter((n) => n.kind === "task").map((n) => n.step?.number));
    expect(drawn).toEqual(Array.from({ length: STEPS }, (_, i) => i + 1));
    for (const part of parts) {
      const tasks = part.layout.nodes.filter((n) => n.kind === "task").length;
      expect(tasks).toBeLessThanOrEqual(PART_MAX_STEPS);
      expect(part.caption).toMatch(new RegExp(`^Часть ${part.number} из ${parts.length}: шаги? \\d+`));
      expect(part.svg).toContain(part.caption);
    }
    // The whole layout is still one piece: it is what the BPMN file carries.
    expect(diagram.layout.nodes.filter((n) => n.kind === "task")).toHaveLength(STEPS);
  });

  it("fits each part on A4 landscape with the tasks' text at 7 pt or more", () => {
    for (const part of diagram.parts) {
      const width = Number(/width="(\d+)"/.exec(part.svg)?.[1]);
      const height = Number(/height="(\d+)"/.exec(part.svg)?.[1]);
      // The PNG is drawn at twice the SVG's size; a task's label is 12 px, 9 pt at the drawn size.
      const scale = pictureScale({ png: new Uint8Array(), width: width * 2, height: height * 2 }, "landscape") ?? 0;
      expect(9 * scale, part.name).toBeGreaterThanOrEqual(7);
    }
  });

  it("marks every flow between parts at both ends: where it goes on and where it came from", () => {
    const partOf = new Map<number, number>();
    for (const part of diagram.parts) for (const n of tasksOf(part.svg)) partOf.set(n, part.number);
    // The markers' labels as written under them (NBSP keeps "шаг 5" and "часть 2" on one line).
    const markersOf = (n: number) =>
      (diagram.parts[(partOf.get(n) ?? 0) - 1]?.layout.nodes ?? [])
        .filter((node) => node.kind === "link")
        .map((node) => node.name.replace(/\u00a0/g, " "))
        .join("\n");
    let crossings = 0;
    for (let n = 1; n < STEPS; n++) {
      const next = n === 20 ? [21, 5] : [n + 1];
      for (const to of next) {
        if (partOf.get(n) === partOf.get(to)) continue;
        crossings++;
        expect(markersOf(n)).toContain(`Далее — шаг ${to} (часть ${partOf.get(to)})`);
        expect(markersOf(to)).toMatch(
          new RegExp(`После шаг(а|ов) ([0-9]+, )*${n}(, [0-9]+)* \\(часть ${partOf.get(n)}\\)`),
        );
      }
    }
    // At least the way on from one part to the next and the rework loop back from step 20 to step 5.
    expect(crossings).toBeGreaterThanOrEqual(diagram.parts.length);
    expect(partOf.get(20)).not.toBe(partOf.get(5));
  });

  it("is laid out again from the layout cache to the same pictures, without ELK", async () => {
    const stored = new Map<string, Record<string, number>>();
    let writes = 0;
    const cache: LayoutCache = {
      get: async (key) => stored.get(key),
      set: async (key, value) => {
        writes++;
        stored.set(key, value);
      },
    };
    const [cold] = await swimlaneDiagrams(model, "ru", { layouts: cache });
    const coldWrites = writes;
    expect(coldWrites).toBeGreaterThan(diagram.parts.length);
    const [warm] = await swimlaneDiagrams(model, "ru", { layouts: cache });
    expect(writes).toBe(coldWrites);
    expect(warm?.parts.map((p) => p.svg)).toEqual(diagram.parts.map((p) => p.svg));
    expect(cold?.parts.map((p) => p.svg)).toEqual(diagram.parts.map((p) => p.svg));
  });

  it("keeps layouts in files and prunes those a build no longer asks for", async () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-layouts-"));
    try {
      const first = fileLayoutCache(dir);
      await first.set("a", { x: 1 });
      await first.set("b", { x: 2 });
      const second = fileLayoutCache(dir);
      expect(await second.get("a")).toEqual({ x: 1 });
      expect(await second.get("c")).toBeUndefined();
      expect(await second.prune()).toBe(1);
      expect(readdirSync(dir)).toHaveLength(1);
      expect(await fileLayoutCache(dir).get("a")).toEqual({ x: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("appears in the regulation's Markdown and DOCX as captioned parts with a note on the markers", async () => {
    const images = new Map(diagram.parts.map((p) => [p.name, { png: PNG_1x1 }]));
    const files = await emitDocuments(model, index, {
      formats: new Set(["md", "svg", "docx"]),
      lang: "ru",
      trace: false,
      images,
      swimlanes: [diagram],
    });
    const md = String(files.find((f) => f.path === "regulations/long.md")?.content);
    expect(md).toContain("Схема разделена на части");
    for (const part of diagram.parts) {
      expect(md).toContain(`**${part.caption}**`);
      expect(md).toContain(`](../diagrams/${part.name}.svg)`);
      expect(files.some((f) => f.path === `diagrams/${part.name}.svg`)).toBe(true);
    }
    expect(files.some((f) => f.path === "diagrams/swimlane-long.svg")).toBe(false);
    const docx = files.find((f) => f.path === "docx/regulations/long.docx")?.content;
    expect(docx).toBeInstanceOf(Uint8Array);
  });
});

const PNG_1x1 = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
