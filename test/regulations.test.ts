/**
 * The regulation on a unit and on the org structure in the «Положение» form: numbered sections and clauses, rights
 * never empty, interaction that names what passes, the org chart in the structure regulation and the designer's
 * notes in an appendix.
 */

import { describe, expect, it } from "vitest";
import { orgStructureView, unitRegulationView } from "../src/emit/views/index.js";
import type { RegulationSection } from "../src/emit/views/regulation.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";
import { compileExample } from "./helpers/documents.js";

const car = compileExample("car-service-ru");
const unitOf = (id: string) => {
  const unit = car.index.units.get(id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit;
};
const clauses = (sections: RegulationSection[], n: number) => sections[n - 1]?.clauses ?? [];

describe("the regulation on a unit", () => {
  const view = unitRegulationView(car.model, car.index, unitOf("car-service"), "ru", { trace: false });

  it("has the seven sections of a «Положение», clauses numbered 1.1, 1.2 …", () => {
    expect(view.sections.map((s) => `${s.number}. ${s.heading}`)).toEqual([
      "1. Общие положения",
      "2. Цели и задачи",
      "3. Функции",
      "4. Права",
      "5. Ответственность",
      "6. Взаимодействие",
      "7. Заключительные положения",
    ]);
    for (const section of view.sections)
      expect(section.clauses.map((c) => c.number)).toEqual(section.clauses.map((_, i) => `${section.number}.${i + 1}`));
  });

  it("general provisions: the place, the head and whom it reports to, the staff with the head first", () => {
    const general = clauses(view.sections, 1);
    expect(general[0]?.text).toBe(
      "Автосервис является структурным подразделением ООО «Автозапчасти» и входит в состав подразделения «Дирекция».",
    );
    expect(general[1]?.text).toContain("Подразделение возглавляет руководитель автосервиса");
    expect(general[1]?.text).toContain("«Генеральный директор»");
    const staff = general.find((c) => c.table)?.table;
    expect(staff?.rows[0]?.cells).toEqual(["Руководитель автосервиса", "Генеральный директор", "1"]);
  });

  it("says who owns and who executes each process, in columns of their own", () => {
    const table = clauses(view.sections, 3).find((c) => c.table)?.table;
    expect(table?.columns).toEqual(["Процесс", "Владелец процесса", "Исполнители из подразделения"]);
    const intake = table?.rows.find((r) => String(r.cells[0]).includes("Приём автомобиля от клиента"));
    expect(intake?.cells.slice(1)).toEqual(["Руководитель автосервиса", ["Мастер-приёмщик"]]);
  });

  it("interaction names what passes each way and through which process", () => {
    const table = clauses(view.sections, 6)[0]?.table;
    const workshop = table?.rows.find((r) => r.cells[0] === "Производственный участок");
    expect(workshop?.cells[2]).toContain("Наряд-заказ (процесс 3.2 Приём автомобиля от клиента)");
    const received = (workshop?.cells[1] ?? []) as string[];
    expect(received.some((t) => t.startsWith("Отремонтированный автомобиль (процесс"))).toBe(true);
  });

  it("responsibility lists the owned processes' indicators with targets and owners", () => {
    const table = clauses(view.sections, 5)[0]?.table;
    expect(table?.columns).toEqual(["Процесс", "Показатель", "Целевое значение", "Владелец"]);
    expect(table?.rows.length).toBeGreaterThan(3);
  });
});

describe("rights and tasks of a unit", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const build = (unitExtra: string) => {
    const files = [
      {
        path: "u.yaml",
        bytes: encode(
          `kind: Unit\nid: shop\nname: Shop\nhead: boss\nfunctions: [Selling goods]\n${unitExtra}---\nkind: Position\nid: boss\nname: Shop manager\nunit: shop\n`,
        ),
      },
    ];
    const { model, index } = compileModel(loadProjectFromFiles("/p", encode("lang: en\n"), files));
    const unit = index.units.get("shop");
    if (!unit) throw new Error("no unit");
    return unitRegulationView(model, index, unit, "en", { trace: false }).sections;
  };

  it("without `rights`, a standard list; with them, the unit's own; with [], a reference to the orders — never empty", () => {
    expect(clauses(build(""), 4)[0]?.items?.length).toBeGreaterThanOrEqual(3);
    expect(clauses(build("rights: [Close the shop in bad weather]\n"), 4)[0]?.items?.map((i) => i.text)).toEqual([
      "Close the shop in bad weather",
    ]);
    expect(clauses(build("rights: []\n"), 4)).toEqual([
      { number: "4.1", text: "The unit's rights are set by the organization's orders." },
    ]);
  });

  it("`tasks` replace the tasks derived from process goals; a head without headcount counts as one", () => {
    expect(clauses(build("tasks: [Sell more]\n"), 2)[1]?.items?.map((i) => i.text)).toEqual(["Sell more"]);
    expect(clauses(build(""), 1).some((c) => c.text === "The unit's headcount is 1.")).toBe(true);
  });
});

describe("the regulation on the org structure", () => {
  const view = orgStructureView(car.model, car.index, "ru", { trace: false, images: true });

  it("embeds the org chart and lists units with heads and subordination", () => {
    const structure = clauses(view.sections, 2);
    expect(structure[0]?.diagram?.name).toBe("org-chart");
    expect(structure[0]?.diagram?.image?.path).toBe("diagrams/org-chart.svg");
    expect(structure[1]?.table?.columns).toEqual(["Подразделение", "Входит в состав", "Руководитель", "Численность"]);
  });

  it("has the client–supplier relations of units with what passes, and the top-level processes with a purpose", () => {
    const flows = clauses(view.sections, 4)[0]?.table;
    expect(flows?.columns).toEqual(["Поставщик", "Клиент", "Что передаётся (процесс)"]);
    const row = flows?.rows.find((r) => r.cells[0] === "Автосервис" && r.cells[1] === "Производственный участок");
    expect(row?.cells[2]).toContain("Наряд-заказ (процесс 3.2 Приём автомобиля от клиента)");
    const tops = clauses(view.sections, 5)[0]?.table;
    expect(tops?.rows).toHaveLength(car.model.processes.filter((p) => !p.parent).length);
    expect(tops?.rows.every((r) => String(r.cells[2]).endsWith("."))).toBe(true);
  });

  it("puts ownerless and duplicate functions in an appendix, not in the numbered body", () => {
    expect(view.appendix.heading).toBe("Приложение. Замечания к структуре");
    expect(view.sections.map((s) => s.heading)).not.toContain(view.appendix.heading);
  });
});
