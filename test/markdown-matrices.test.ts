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

  it("has one table per top-level process, holding the process and its sub-processes", () => {
    expect(view.sections.map((s) => s.heading)).toEqual([
      "3 Обслуживание и ремонт автомобилей",
      "4 Обеспечение запчастями",
    ]);
    expect(view.sections[0]?.table.rows.map((r) => r.cells[0])).toEqual([
      "3 Обслуживание и ремонт автомобилей",
      "3.1 Приём автомобиля",
      "3.2 Выполнение ремонтных работ",
    ]);
  });

  it("numbers only the positions that take part in that tree, each with its role", () => {
    const supply = view.sections[1];
    expect(supply?.positions.map((p) => p.text)).toEqual([
      "1 — Автослесарь",
      "2 — Менеджер по закупкам",
      "3 — Начальник отдела снабжения",
    ]);
    expect(supply?.table.columns).toEqual(["Процесс", "1", "2", "3"]);
    // The mechanic is the client of delivery; the head owns it; the buyer executes it.
    expect(supply?.table.rows[1]?.cells).toEqual(["4.1 Снабжение автосервиса запчастями", "К", "И", "В"]);
  });

  it("in Markdown, the legend of the roles comes once, before the tables", () => {
    const md = String(
      emitMarkdown(model, index, { lang: "ru", trace: false }).find((f) => f.path === "org/participation-matrix.md")
        ?.content,
    );
    expect(md.indexOf("## Условные обозначения")).toBeLessThan(md.indexOf("## 3 Обслуживание"));
    expect(md).toContain("| 4.1 Снабжение автосервиса запчастями | К | И | В |");
  });
});

describe("competency matrix", () => {
  const { model, index } = network();
  const view = competencyMatrixView(model, index, "ru", { trace: false });

  it("has one part per unit, with the competencies of that unit's positions only", () => {
    expect(view.units.map((u) => u.heading)).toEqual(["Автосервис", "Отдел снабжения"]);
    const supply = view.units[1];
    expect(supply?.positions.map((p) => p.text)).toEqual([
      "1 — Менеджер по закупкам",
      "2 — Начальник отдела снабжения",
    ]);
    const knowledge = supply?.sections.find((s) => s.heading === "Знания");
    expect(knowledge?.table.rows.map((r) => r.cells)).toEqual([["Знание buyer", "●", ""]]);
  });

  it("repeats a skill two units need in each unit's table", () => {
    const skills = view.units.map((u) => u.sections.find((s) => s.heading === "Навыки")?.table.rows[0]?.cells[0]);
    expect(skills).toEqual(["Работа в учётной программе", "Работа в учётной программе"]);
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
