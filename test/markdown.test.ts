import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { emitMarkdown, TemplateError } from "../src/emit/markdown/index.js";
import { jobDutiesView, orgStructureView, profileView } from "../src/emit/views/index.js";
import { formatDate } from "../src/i18n/documents.js";
import type { Lang } from "../src/i18n/lang.js";
import { loadProject, loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";
import { runMain } from "./helpers/in-process.js";

/** A service station: the service advisor executes intake and handover, the manager owns both. */
function station(lang: Lang = "ru") {
  const files: Record<string, string> = {
    "org.yaml": `kind: Organization
id: autoparts
name: ООО «Автозапчасти»
values: [Клиент прежде всего]
`,
    "units.yaml": `kind: Unit
id: car-service
name: Автосервис
head: service-manager
functions: [Ремонт автомобилей клиентов]
`,
    "positions.yaml": `kind: Position
id: service-advisor
name: Мастер-приёмщик
unit: car-service
reportsTo: service-manager
generalKnowledge: [Основы автомобилестроения]
responsibilities: [Лояльность автовладельцев]
---
kind: Position
id: service-manager
name: Руководитель автосервиса
unit: car-service
`,
    "intake.yaml": `kind: Process
id: vehicle-intake
code: "1"
name: Приём автомобиля от клиента
owner: service-manager
clients:
  - external: Автовладелец
    goals: [Клиент знает стоимость и срок ремонта]
  - company: true
    goals: [Лояльный клиент]
results: [{ name: Наряд-заказ }]
indicators: [{ name: Средний чек, measure: Учётная система, type: effectiveness, target: 9 000 руб. }]
executors:
  - position: service-advisor
    functions: [Оформляет наряд-заказ]
    competencies:
      knowledge: [Устройство автомобиля, Прайс-лист на работы]
      skills: [Ведение переговоров]
      qualities: [Доброжелательность]
`,
    "handover.yaml": `kind: Process
id: vehicle-handover
code: "2"
name: Выдача автомобиля клиенту
owner: service-manager
clients:
  - external: Автовладелец
    goals: [Клиент получил автомобиль вовремя]
results: [{ name: Акт выполненных работ }]
indicators: [{ name: Доля выдач в срок }]
executors:
  - position: service-advisor
    functions: [Принимает оплату]
    competencies:
      knowledge: [устройство  АВТОМОБИЛЯ, Кассовая дисциплина]
      skills: [Работа с кассой, ведение переговоров]
      qualities: [Доброжелательность, Честность]
`,
  };
  const encode = (s: string) => new TextEncoder().encode(s);
  const project = loadProjectFromFiles(
    "/station",
    encode(`lang: ${lang}\ndocuments: { approvedBy: Генеральный директор, version: "1.0", date: 2026-12-01 }\n`),
    Object.entries(files).map(([path, text]) => ({ path, bytes: encode(text) })),
  );
  return compileModel(project);
}

function file(files: { path: string; content: string | Uint8Array }[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} not emitted; have ${files.map((f) => f.path).join(", ")}`);
  return String(found.content);
}

describe("job duties", () => {
  it("a position that executes two processes gets two rows, one per process", () => {
    const { model, index } = station();
    const advisor = index.positions.get("service-advisor");
    if (!advisor) throw new Error("fixture");
    const view = jobDutiesView(model, index, advisor, "ru", { trace: false });
    expect(view.duties.rows.map((r) => r.cells[0])).toEqual([
      "1 Приём автомобиля от клиента",
      "2 Выдача автомобиля клиенту",
    ]);
    expect(view.duties.columns).toEqual([
      "Процесс",
      "Функции в процессе",
      "Цели процесса",
      "Результаты процесса",
      "Показатели процесса",
    ]);
  });

  it("names the client of each goal when a process has several clients", () => {
    const { model, index } = station();
    const advisor = index.positions.get("service-advisor");
    if (!advisor) throw new Error("fixture");
    const [intake, handover] = jobDutiesView(model, index, advisor, "ru", { trace: false }).duties.rows;
    // After the colon the goal goes on in lower case; the company is «Компания», not its legal name on every row.
    expect(intake?.cells[2]).toEqual([
      "Автовладелец: клиент знает стоимость и срок ремонта",
      "Компания: лояльный клиент",
    ]);
    expect(handover?.cells[2]).toEqual(["Клиент получил автомобиль вовремя"]);
    expect(intake?.cells[4]).toEqual(["Средний чек (способ измерения: учётная система; целевое значение: 9 000 руб.)"]);
  });

  it("the Markdown table has one row per executed process, traced to the spec with --trace", () => {
    const { model, index } = station();
    const md = file(emitMarkdown(model, index, { lang: "ru", trace: true }), "positions/service-advisor/job-duties.md");
    // The executor's table is the document's section 1 here (the advisor owns nothing); the frame follows it.
    const duties = md.slice(md.indexOf("## 1. Обязанности исполнителя процессов"), md.indexOf("## С документом"));
    const rows = duties.split("\n").filter((l) => l.startsWith("| "));
    expect(rows).toHaveLength(4); // header + two processes; the separator starts with "| ---"
    expect(md).toContain("`intake.yaml:");
    expect(md).toContain("| Источник |");
  });
});

describe("position profile", () => {
  it("merges competencies of both processes in order, without duplicates, in the guide's sections", () => {
    const { model, index } = station();
    const advisor = index.positions.get("service-advisor");
    if (!advisor) throw new Error("fixture");
    const view = profileView(model, index, advisor, "ru", { trace: false });
    const texts = (items: { text: string }[]) => items.map((i) => i.text);
    expect(texts(view.generalKnowledge.items)).toEqual(["Основы автомобилестроения"]);
    expect(texts(view.subjectKnowledge.items)).toEqual([
      "Устройство автомобиля",
      "Прайс-лист на работы",
      "Кассовая дисциплина",
    ]);
    expect(texts(view.skills.items)).toEqual(["Ведение переговоров", "Работа с кассой"]);
    expect(texts(view.qualities.items)).toEqual(["Доброжелательность", "Честность"]);
    expect(texts(view.values.items)).toEqual(["Клиент прежде всего"]);
    expect(view.functionalDuties.groups.map((g) => g.link.text)).toEqual([
      "1 Приём автомобиля от клиента",
      "2 Выдача автомобиля клиенту",
    ]);
    // The advisor owns neither process: he answers for the strategic responsibility and contributes to the indicators.
    expect(texts(view.responsibility.items)).toEqual(["Лояльность автовладельцев"]);
    expect(view.contribution?.items.map((i) => i.text)).toEqual([
      "Средний чек (целевое значение: 9 000 руб.)",
      "Доля выдач в срок",
    ]);
  });

  it("prints the seven sections in the guide's order", () => {
    const { model, index } = station();
    const md = file(emitMarkdown(model, index, { lang: "ru", trace: false }), "positions/service-advisor/profile.md");
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual([
      "## 1. Общие знания",
      "## 2. Предметные знания",
      "## 3. Навыки",
      "## 4. Личные качества",
      "## 5. Ценности",
      "## 6. Функциональные обязанности",
      "## 7. Области ответственности",
      "## С документом ознакомлен(а)",
      "## Паспорт документа",
    ]);
    expect(md).toContain("[Руководитель автосервиса](../service-manager/profile.md)");
  });
});

describe("Russian documents", () => {
  const { model, index } = station();
  const files = emitMarkdown(model, index, { lang: "ru", trace: false });
  const title = (path: string) =>
    file(files, path)
      .split("\n")
      .find((l) => l.startsWith("# "));

  it("carry the established titles", () => {
    // The fixture gives no genitive: the titles quote the position's name.
    expect(title("positions/service-advisor/job-duties.md")).toBe(
      "# Должностные обязанности по должности «Мастер-приёмщик»",
    );
    expect(title("positions/service-advisor/competencies.md")).toBe(
      "# Состав компетенций по должности «Мастер-приёмщик»",
    );
    expect(title("positions/service-advisor/profile.md")).toBe("# Профиль должности «Мастер-приёмщик»");
    expect(title("processes/vehicle-intake.md")).toBe("# Спецификация процесса «Приём автомобиля от клиента»");
    expect(title("units/car-service.md")).toBe("# Положение о подразделении «Автосервис»");
    expect(title("org/structure.md")).toBe("# Положение об организационной структуре");
    expect(title("org/competency-matrix.md")).toBe("# Матрица компетенций");
    expect(title("org/participation-matrix.md")).toBe("# Матрица участия в процессах");
    expect(title("org/process-map.md")).toBe("# Карта процессов");
    expect(title("org/org-chart.md")).toBe("# Организационная структура");
    expect(title("index.md")).toBe("# Перечень документов");
  });

  it("stamp the approval block with the date as written in Russia", () => {
    const md = file(files, "positions/service-advisor/profile.md");
    // The approval block carries no version or date: those go to the passport at the end.
    expect(md.startsWith("**УТВЕРЖДАЮ**\\\nГенеральный директор\\\n")).toBe(true);
    expect(md).toContain("**Дата:** 01.12.2026");
  });

  it("list the eleven elements of a specification in the method's order, with Russian indicator types", () => {
    const md = file(files, "processes/vehicle-intake.md");
    const headings = md.split("\n").filter((l) => /^## \d/.test(l));
    expect(headings).toEqual([
      "## 1. Название",
      "## 2. Краткое описание",
      "## 3. Клиенты",
      "## 4. Цели",
      "## 5. Результаты",
      "## 6. Показатели",
      "## 7. Ресурсы",
      "## 8. Поставщики",
      "## 9. Исполнители",
      "## 10. Владелец",
      "## 11. Структура",
    ]);
    expect(md).toContain("| Средний чек | результативность | Учётная система | 9 000 руб. |");
  });

  it("English documents date as `1 December 2026`", () => {
    const en = station("en");
    const md = file(emitMarkdown(en.model, en.index, { lang: "en", trace: false }), "index.md");
    expect(md).toContain("# List of documents");
    const profile = file(
      emitMarkdown(en.model, en.index, { lang: "en", trace: false }),
      "positions/service-advisor/profile.md",
    );
    expect(profile).toContain("**Date:** 1 December 2026");
    expect(profile).toContain("## 2. Subject knowledge");
  });
});

describe("the regulation on the org structure", () => {
  it("lists units caught in a parent cycle with the others rather than losing them", () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const units = `kind: Unit
id: head-office
name: Head office
---
kind: Unit
id: sales
name: Sales
parent: marketing
---
kind: Unit
id: marketing
name: Marketing
parent: sales
---
kind: Unit
id: field-sales
name: Field sales
parent: sales
`;
    const project = loadProjectFromFiles("/cycle", encode("lang: en\nrules: { cycle: warn }\n"), [
      { path: "units.yaml", bytes: encode(units) },
    ]);
    const { model, index } = compileModel(project);
    const view = orgStructureView(model, index, "en", { trace: false });
    const table = view.sections[1]?.clauses.find((c) => c.table)?.table;
    expect(table?.rows.map((r) => [r.cells[0], r.cells[1]])).toEqual([
      ["Field sales", "Sales"],
      ["Head office", "—"],
      ["Marketing", "Sales"],
      ["Sales", "Marketing"],
    ]);
  });
});

describe("dates in the approval block", () => {
  it("are written as each language writes them, and text that is not a date stays as the consultant wrote it", () => {
    expect(formatDate("ru", "2026-12-01")).toBe("01.12.2026");
    expect(formatDate("en", "2026-12-01")).toBe("1 December 2026");
    expect(formatDate("ru", "декабрь 2026")).toBe("декабрь 2026");
    expect(formatDate("en", "2026-13-01")).toBe("2026-13-01");
  });
});

describe("templates", () => {
  it("a template with the same name in --templates replaces the bundled one, the others stay", () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-templates-"));
    writeFileSync(
      join(dir, "job-duties.md.hbs"),
      "# {{inline title}} — {{inline fields.0.value}}\n\n{{table duties}}\n",
    );
    const { model, index } = station();
    const files = emitMarkdown(model, index, { lang: "ru", trace: false, templatesDir: dir });
    const duties = file(files, "positions/service-advisor/job-duties.md");
    expect(
      duties.startsWith("# Должностные обязанности по должности «Мастер-приёмщик» — Мастер-приёмщик\n\n| Процесс |"),
    ).toBe(true);
    expect(file(files, "positions/service-advisor/profile.md")).toContain("**УТВЕРЖДАЮ**");
  });

  function overrideWith(source: string): string {
    const dir = mkdtempSync(join(tmpdir(), "procspec-templates-"));
    writeFileSync(join(dir, "job-duties.md.hbs"), source);
    return dir;
  }

  it("a field the document does not have is named with the template file and its line", () => {
    const dir = overrideWith("# {{inline title}}\n\n{{salary}}\n");
    const { model, index } = station();
    const run = () => emitMarkdown(model, index, { lang: "ru", trace: false, templatesDir: dir });
    expect(run).toThrow(TemplateError);
    expect(run).toThrow(`template ${join(dir, "job-duties.md.hbs")}: line 3, column 3: "salary" is not a field`);
  });

  it("a template that does not parse is named with the template file", () => {
    const dir = overrideWith("{{#if title}}unclosed\n");
    const { model, index } = station();
    expect(() => emitMarkdown(model, index, { lang: "ru", trace: false, templatesDir: dir })).toThrow(
      new RegExp(`^template ${join(dir, "job-duties.md.hbs")}: Parse error on line 2`),
    );
  });

  it("a --templates folder that does not exist is an error, not a silent fallback to the bundled templates", () => {
    const { model, index } = station();
    const missing = join(tmpdir(), "procspec-no-such-templates");
    expect(() => emitMarkdown(model, index, { lang: "ru", trace: false, templatesDir: missing })).toThrow(
      `template ${missing}: the --templates folder does not exist`,
    );
  });

  it("build reports a broken template as a usage error (exit 2) naming the file, not an internal error", async () => {
    const example = join(import.meta.dirname, "..", "examples", "trading-en");
    const out = mkdtempSync(join(tmpdir(), "procspec-out-"));
    const dir = overrideWith("{{salary}}\n");
    const broken = await runMain("build", example, "--out", out, "--format", "md", "--templates", dir);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain(join(dir, "job-duties.md.hbs"));
    expect(broken.err).toContain('"salary" is not a field');
    expect(broken.err).not.toMatch(/internal error/i);
    const missing = await runMain("build", example, "--out", out, "--format", "md", "--templates", join(dir, "nope"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`${join(dir, "nope")}: the --templates folder does not exist`);
  });
});

describe("the index", () => {
  it("links every document and counts completeness", () => {
    const { model, index } = station();
    const files = emitMarkdown(model, index, { lang: "ru", trace: false });
    const md = file(files, "index.md");
    const paths = new Set(files.map((f) => f.path));
    const targets = [...md.matchAll(/\]\(\.\/([^)]+)\)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) expect(paths.has(target ?? "")).toBe(true);
    expect(md).toContain("| Должности с должностными обязанностями | 1 из 2 (50 %) |");
  });
});

describe("the bundled examples", () => {
  it.each(["car-service-ru", "trading-en"])("%s: every link between documents leads to a generated file", (name) => {
    const { model, index } = compileModel(loadProject(join(import.meta.dirname, "..", "examples", name)));
    const files = emitMarkdown(model, index, { lang: model.lang, trace: false });
    const paths = new Set(files.map((f) => f.path));
    let links = 0;
    for (const f of files) {
      for (const [, target] of String(f.content).matchAll(/\]\(([^)]+\.md)\)/g)) {
        links++;
        expect(paths.has(posix.normalize(posix.join(posix.dirname(f.path), target ?? "")))).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(50);
  });

  it("the index links each position's other documents: KPI card, comparison with the standard, vacancy, questionnaire", () => {
    const { model, index } = compileModel(loadProject(join(import.meta.dirname, "..", "examples", "car-service-ru")));
    const md = file(emitMarkdown(model, index, { lang: "ru", trace: false }), "index.md");
    const row = md.split("\n").find((line) => line.startsWith("| Мастер-приёмщик |")) ?? "";
    expect(row).toContain("[Карта KPI](./positions/service-advisor/kpi-card.md)");
    expect(row).toContain("[Сравнение с профстандартом](./positions/service-advisor/profstandard.md)");
    expect(row).toContain("[Вакансия](./positions/service-advisor/vacancy.md)");
    expect(row).toContain("[Анкета оценки](./positions/service-advisor/assessment-form.md)");
    // A position without a card or a linked standard gets neither link.
    const dispatcher = md.split("\n").find((line) => line.startsWith("| Диспетчер автосервиса |")) ?? "";
    expect(dispatcher).not.toContain("kpi-card");
    expect(dispatcher).toContain("[Вакансия](./positions/dispatcher/vacancy.md)");
  });

  it("building twice gives identical files", () => {
    const dir = join(import.meta.dirname, "..", "examples", "car-service-ru");
    const build = () => {
      const { model, index } = compileModel(loadProject(dir));
      return emitMarkdown(model, index, { lang: "ru", trace: true, images: true });
    };
    expect(build()).toEqual(build());
  });
});
