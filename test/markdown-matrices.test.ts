import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateOrganization } from "../bench/generate.js";
import { emitMarkdown } from "../src/emit/markdown/index.js";
import { competencyMatrixView, participationMatrixView } from "../src/emit/views/index.js";
import { loadProject, loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";

/**
 * Two chains of the car-service network: repair (owned by the service manager, done by the advisor and the
 * mechanic) and supply (owned by the purchasing head, done by the buyer); the mechanic is the client of supply.
 */
function network() {
  const position = (id: string, name: string, unit: string) =>
    `kind: Position\nid: ${id}\nname: ${name}\nunit: ${unit}\n`;
  const process = (id: string, code: string, name: string, owner: string, executors: string[], extra = "") =>
    `kind: Process\nid: ${id}\ncode: "${code}"\nname: ${name}\nowner: ${owner}\n${extra}executors:\n${executors
      .map(
        (e) =>
          `  - position: ${e}\n    competencies: { knowledge: [Знание ${e}], skills: [Работа в учётной программе] }\n`,
      )
      .join("")}`;
  const files: Record<string, string> = {
    "units.yaml": "kind: Unit\nid: car-service\nname: Автосервис\n---\nkind: Unit\nid: supply\nname: Отдел снабжения\n",
    "positions.yaml": [
      position("service-manager", "Руководитель автосервиса", "car-service"),
      position("service-advisor", "Мастер-приёмщик", "car-service"),
      position("mechanic", "Автослесарь", "car-service"),
      position("purchasing-head", "Начальник отдела снабжения", "supply"),
      position("buyer", "Менеджер по закупкам", "supply"),
    ].join("---\n"),
    "repair.yaml": [
      process("repair", "3", "Обслуживание и ремонт автомобилей", "service-manager", ["service-manager"]),
      process("intake", "3.1", "Приём автомобиля", "service-manager", ["service-advisor"], "parent: repair\n"),
      process("works", "3.2", "Выполнение ремонтных работ", "service-manager", ["mechanic"], "parent: repair\n"),
    ].join("---\n"),
    "supply.yaml": [
      process("parts", "4", "Обеспечение запчастями", "purchasing-head", ["buyer"]),
      process(
        "deliver",
        "4.1",
        "Снабжение автосервиса запчастями",
        "purchasing-head",
        ["buyer"],
        "parent: parts\nclients:\n  - position: mechanic\n    goals: [Запчасти вовремя]\n",
      ),
    ].join("---\n"),
  };
  const encode = (s: string) => new TextEncoder().encode(s);
  return compileModel(
    loadProjectFromFiles(
      "/network",
      encode("lang: ru\n"),
      Object.entries(files).map(([path, text]) => ({ path, bytes: encode(text) })),
    ),
  );
}

describe("participation matrix", () => {
  const { model, index } = network();
  const view = participationMatrixView(model, index, "ru", { trace: false });

  it("is one company-wide table while the positions fit the page, processes in the order of the tree", () => {
    expect(view.sections).toHaveLength(1);
    expect(view.sections[0]?.heading).toBe("");
    expect(view.sections[0]?.table.rows.map((r) => r.cells[0])).toEqual([
      "3 Обслуживание и ремонт автомобилей",
      "3.1 Приём автомобиля",
      "3.2 Выполнение ремонтных работ",
      "4 Обеспечение запчастями",
      "4.1 Снабжение автосервиса запчастями",
    ]);
  });

  it("numbers the positions unit by unit, each cell the roles the position plays", () => {
    const section = view.sections[0];
    expect(section?.positions.map((p) => p.text)).toEqual([
      "1 — Автослесарь",
      "2 — Мастер-приёмщик",
      "3 — Руководитель автосервиса",
      "4 — Менеджер по закупкам",
      "5 — Начальник отдела снабжения",
    ]);
    expect(section?.table.columns).toEqual(["Процесс", "1", "2", "3", "4", "5"]);
    // The mechanic is the client of delivery; the head owns it; the buyer executes it.
    expect(section?.table.rows[4]?.cells).toEqual(["4.1 Снабжение автосервиса запчастями", "К", "", "", "И", "В"]);
  });

  it("in Markdown, the legend of the roles comes once, before the table", () => {
    const md = String(
      emitMarkdown(model, index, { lang: "ru", trace: false }).find((f) => f.path === "org/participation-matrix.md")
        ?.content,
    );
    expect(md.indexOf("## Условные обозначения")).toBeLessThan(md.indexOf("| Процесс |"));
    expect(md).toContain("| 4.1 Снабжение автосервиса запчастями | К |  |  | И | В |");
  });
});

describe("competency matrix", () => {
  const { model, index } = network();
  const view = competencyMatrixView(model, index, "ru", { trace: false });

  it("is one company-wide part, grouped by knowledge, skills and qualities, of the positions that need any", () => {
    expect(view.units).toHaveLength(1);
    // The head of purchasing owns a process but executes none: no competencies, no column.
    expect(view.units[0]?.columns.map((c) => c.name)).toEqual([
      "Автослесарь",
      "Мастер-приёмщик",
      "Руководитель автосервиса",
      "Менеджер по закупкам",
    ]);
    expect(view.units[0]?.sections.map((s) => s.heading)).toEqual(["Знания", "Навыки"]);
    const knowledge = view.units[0]?.sections[0];
    expect(knowledge?.table.rows.find((r) => r.cells[0] === "Знание buyer")?.cells).toEqual([
      "Знание buyer",
      "",
      "",
      "",
      "●",
    ]);
  });

  it("lists a skill several positions need once, marked for each of them", () => {
    const skills = view.units[0]?.sections.find((s) => s.heading === "Навыки")?.table.rows;
    expect(skills?.map((r) => r.cells)).toEqual([["Работа в учётной программе", "●", "●", "●", "●"]]);
  });
});

describe("a matrix too wide for the page is split by groups of positions", () => {
  const build = (positions: number, paper = "") => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-matrix-"));
    generateOrganization(dir, 60, { positions, documents: paper });
    const { model, index } = compileModel(loadProject(dir));
    return {
      participation: participationMatrixView(model, index, "en", { trace: false }),
      competency: competencyMatrixView(model, index, "en", { trace: false }),
    };
  };

  it("a position keeps its number, and its column, in every part; no part is a single column", () => {
    const { participation, competency } = build(45);
    for (const parts of [participation.sections, competency.units]) {
      expect(parts.length).toBeGreaterThan(1);
      const numbers = parts.flatMap((p) => p.columns.map((c) => c.number));
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      for (const part of parts) {
        expect(part.columns.length).toBeGreaterThan(1);
        expect(part.columns.length).toBeLessThanOrEqual(20);
        expect(part.heading).toMatch(/^Positions \d+–\d+$/);
      }
    }
    // Column n of a part is position n of its legend, whichever page it is printed on.
    const second = participation.sections[1];
    expect(second?.table.columns.slice(1)).toEqual(second?.columns.map((c) => String(c.number)));
    expect(second?.positions[0]?.text).toBe(`${second?.columns[0]?.number} — ${second?.columns[0]?.name}`);
  });

  it("A3 paper holds more columns, so fewer parts", () => {
    expect(build(45, "  paper: A3\n").participation.sections.length).toBeLessThan(
      build(45).participation.sections.length,
    );
  });
});

describe("matrices grow with the organization, not with its square", () => {
  const cells = (processes: number) => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-matrix-"));
    generateOrganization(dir, processes);
    const { model, index } = compileModel(loadProject(dir));
    const count = (tables: { rows: { cells: unknown[] }[] }[]) =>
      tables.reduce((sum, t) => sum + t.rows.reduce((s, r) => s + r.cells.length, 0), 0);
    const participation = participationMatrixView(model, index, "en", { trace: false }).sections.map((s) => s.table);
    const competency = competencyMatrixView(model, index, "en", { trace: false }).units.flatMap((u) =>
      u.sections.map((s) => s.table),
    );
    return { participation: count(participation), competency: count(competency) };
  };

  // One table of every process × every position would grow fourfold when the organization doubles.
  it("twice the processes (and positions) give about twice the cells, not four times", () => {
    const small = cells(500);
    const large = cells(1000);
    expect(large.participation / small.participation).toBeLessThan(3);
    expect(large.competency / small.competency).toBeLessThan(3);
  }, 120_000);
});
