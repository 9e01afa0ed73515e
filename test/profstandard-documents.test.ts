/**
 * The documents of introducing professional standards and of the HR uses of the profile, on the car-service
 * example as a consultant would read them: one build in memory for the whole file.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emitDocuments, loadProject, outputPaths, validateProject } from "../src/index.js";
import { scorecard } from "../src/model/scorecard.js";
import { compareWithStandard } from "../src/model/standard-comparison.js";
import { REPO } from "./helpers/cli.js";

const example = join(REPO, "examples", "car-service-ru");
const validation = validateProject(loadProject(example));
const { model, index } = validation.compiled;
let md: Map<string, string>;
let withoutPeople: string[];

beforeAll(async () => {
  const files = await emitDocuments(model, index, { formats: new Set(["md"]), lang: "ru", trace: false });
  md = new Map(files.map((f) => [f.path, String(f.content)]));
  const lean = await emitDocuments(model, index, { formats: new Set(["md"]), lang: "ru", trace: false, people: false });
  withoutPeople = lean.map((f) => f.path);
});

const doc = (path: string) => md.get(`${path}.md`) ?? "";
/** The body rows of the Markdown tables of a document's own content (header rows and the frame left out). */
const rowsOf = (text: string) =>
  (text.split(/\n## (?:С документом ознакомлен|Паспорт документа|Лист регистрации изменений)/)[0] ?? "")
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| ---") && !/^\| (№|Пункт профиля) \|/.test(l));

describe("the comparison of a position with its professional standard", () => {
  it("the example validates clean with two standards' XML, one of them in Windows-1251", () => {
    expect(validation.diagnostics).toEqual([]);
    expect(model.standards.map((s) => s.code)).toEqual(["31.010", "31.012"]);
  });

  it("lists every labour action of the mechanic's two labour functions with a covering function or «не покрыто»", () => {
    const text = doc(outputPaths.profstandardComparison("mechanic"));
    const actions = rowsOf(text).filter((r) => /^\| A\/0[12]\.4\/\d /.test(r));
    expect(actions).toHaveLength(7);
    for (const row of actions) expect(row).toMatch(/\| (подтверждено|не покрыто|предложено: [^|]+) \|$/);
    expect(text).toContain("| A/02.4/2 | Замена неисправных узлов и агрегатов автомобиля | — | не покрыто |");
    expect(text).toContain("**Покрытие трудовых действий:** подтверждено 4 из 7 (57 %)");
  });

  it("a match found by wording is a suggestion to confirm with `covers`, never counted as coverage", () => {
    const text = doc(outputPaths.profstandardComparison("service-advisor"));
    expect(text).toMatch(
      /\| A\/01\.5\/2 \| Внешний осмотр автомобиля и составление дефектной ведомости \| Проводит внешний осмотр автомобиля и составляет дефектную карту \(3\.2 Приём автомобиля от клиента\) \| предложено: проверьте и подтвердите, добавив A\/01\.5\/2 в covers исполнителя процесса «3\.2 Приём автомобиля от клиента» \|/,
    );
    expect(text).toContain("подтверждено 3 из 8 (38 %), ещё 4 предложено к подтверждению");
  });

  it("shows the goal of the kind of activity beside the goals of the position's processes, and the qualification", () => {
    const text = doc(outputPaths.profstandardComparison("mechanic"));
    expect(text).toContain("Поддержание автомобилей в технически исправном состоянии");
    expect(text).toContain("Неисправности устранены качественно и с первого раза");
    expect(text).toMatch(
      /\| Опыт практической работы \| Не менее одного года работы по техническому обслуживанию автомобилей/,
    );
  });

  it("the coverage figure is in stats too", () => {
    const card = scorecard(model, index);
    expect(card.standards.map((s) => [s.id, s.filled, s.applicable, s.suggested])).toEqual([
      ["mechanic", 4, 7, 0],
      ["service-advisor", 3, 8, 4],
    ]);
  });
});

describe("the organization-wide list and plan", () => {
  it("the list has a row per linked position with standard, function, title match and coverage", () => {
    const rows = rowsOf(doc(outputPaths.profstandardList));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(
      /^\| 1 \| Автослесарь \| Производственный участок \| 31\.010 .* \| да \| подтверждено 4 из 7 \(57 %\) \|$/,
    );
  });

  it("the plan follows the guide's stages and names the gaps found", () => {
    const text = doc(outputPaths.profstandardPlan);
    expect(rowsOf(text)).toHaveLength(11);
    expect(text).toContain("«Автослесарь»: из 7 трудовых действий не покрыто 3");
    expect(text).toContain("пунктов профиля ниже требуемого уровня: 5");
  });
});

describe("the HR uses of the profile", () => {
  it("the vacancy has the duties, the requirements, the conditions and the values", () => {
    const text = doc(outputPaths.vacancy("service-advisor"));
    expect(text).toContain("# Вакансия «Мастер-приёмщик»");
    expect(text).toContain("- Оформляет наряд-заказ и получает согласие клиента");
    expect(text).toContain("**Образование:** Среднее профессиональное образование технического профиля");
    expect(text).toContain("**График:** Пятидневная рабочая неделя, с 9:00 до 18:00");
    expect(text).toContain("## Наши ценности");
  });

  it("the questionnaire has a 1–5 row for every profile item and the standard's skills the profile lacks", () => {
    const text = doc(outputPaths.assessmentForm("service-advisor"));
    const rows = rowsOf(text);
    expect(rows).toHaveLength(19);
    expect(rows.every((r) => r.endsWith("|  |  |  |  |  |  |"))).toBe(true);
    expect(text).toContain("## Умения по профессиональному стандарту 31.012");
    expect(text).toContain("| 19 | Вести переговоры с клиентом |");
  });

  it("an assessment with two scores under 4 gives a development plan of two rows", () => {
    const rows = rowsOf(doc(outputPaths.developmentPlan("assessment-2026-11-ivanova")));
    expect(rows.map((r) => r.split(" | ").slice(1, 5).join(" / "))).toEqual([
      "Ведение переговоров и работа с возражениями / 3 / 4 / 1",
      "Работа в учётной программе / 2 / 4 / 2",
    ]);
    expect(rows[0]).toContain("«3.2 Приём автомобиля от клиента»");
  });

  it("the summary is an item × person table with the low scores marked", () => {
    const text = doc(outputPaths.assessmentSummary("service-advisor"));
    expect(text).toContain("| Пункт профиля | Иванова А. С. | Сергеев Д. В. | Средний балл |");
    expect(text).toContain("| Работа в учётной программе | **2** | 5 | 3,5 |");
  });

  it("people's names appear only under people/, and `people: false` leaves that folder out", () => {
    for (const [path, text] of md) {
      if (path.startsWith(`${outputPaths.people}/`)) continue;
      expect(text, path).not.toContain("Иванова");
      expect(text, path).not.toContain("Сергеев");
    }
    expect([...md.keys()].some((p) => p.startsWith("people/"))).toBe(true);
    expect(withoutPeople.some((p) => p.startsWith("people/"))).toBe(false);
    expect(withoutPeople).toContain(`${outputPaths.vacancy("mechanic")}.md`);
  });

  it("the DOCX and xlsx of personal documents are written under people/ too, and only with people", async () => {
    // DOCX files are the Markdown set's views (checked above) at these paths.
    expect(outputPaths.docx(outputPaths.developmentPlan("a-1"))).toBe("people/docx/development-plans/a-1.docx");
    expect(outputPaths.docx(outputPaths.vacancy("mechanic"))).toBe("docx/positions/mechanic/vacancy.docx");
    const formats = new Set(["xlsx"]);
    const all = (await emitDocuments(model, index, { formats, lang: "ru", trace: false })).map((f) => f.path);
    expect(all).toContain("people/xlsx/assessments.xlsx");
    expect(all).toContain("xlsx/org/profstandards.xlsx");
    const lean = await emitDocuments(model, index, { formats, lang: "ru", trace: false, people: false });
    expect(lean.map((f) => f.path).filter((p) => p.startsWith("people/"))).toEqual([]);
    expect(all.filter((p) => /Иванова|ivanova/.test(p) && !p.startsWith("people/"))).toEqual([]);
  });
});

/**
 * The precision of the suggestions on the two fixture standards, with the consultant's confirmations taken away:
 * the ground truth below is a reading of each labour action against the position's functions.
 */
describe("coverage matching by wording", () => {
  const truth: Record<string, string | null> = {
    "A/01.4/1": "Проводит диагностику автомобиля",
    "A/01.4/2": "Сообщает мастеру о дополнительных неисправностях",
    "A/01.4/3": null,
    "A/02.4/1": "Выполняет ремонтные работы по наряд-заказу в соответствии с технологией производителя",
    "A/02.4/2": null,
    "A/02.4/3": "Отмечает выполненные работы и установленные запчасти в наряд-заказе",
    "A/02.4/4": null,
    "A/01.5/1": "Выслушивает клиента и определяет необходимый состав работ",
    "A/01.5/2": "Проводит внешний осмотр автомобиля и составляет дефектную карту",
    "A/01.5/3": "Оформляет наряд-заказ и получает согласие клиента с работами, стоимостью услуг и сроками ремонта",
    "A/01.5/4": "Принимает ключ от автомобиля и передаёт клиенту расписку в приёме автомобиля",
    "A/02.5/1": "Сверяет наряд-заказ с дефектной картой",
    "A/02.5/2": "Объясняет клиенту выполненные работы и даёт рекомендации по эксплуатации",
    "A/02.5/3": "Принимает оплату и выдаёт клиенту автомобиль, ключ и гарантийный талон",
    "A/02.5/4": null,
  };

  it("suggests 9 right, 0 wrong, misses 2 of 11 covered actions and leaves the 4 uncovered alone", () => {
    const unconfirmed = validateProject(loadProject(example)).compiled;
    for (const p of unconfirmed.model.processes) for (const e of p.executors) delete e.covers;
    const tally = { right: 0, wrong: 0, missed: 0, rightlyUncovered: 0 };
    for (const id of ["mechanic", "service-advisor"]) {
      const position = unconfirmed.index.positions.get(id);
      if (!position) throw new Error(id);
      for (const a of compareWithStandard(position, unconfirmed.model, unconfirmed.index).actions) {
        const expected = truth[a.ref];
        expect(expected, a.ref).not.toBeUndefined();
        if (a.status === "suggested") tally[a.by?.text === expected ? "right" : "wrong"]++;
        else tally[expected ? "missed" : "rightlyUncovered"]++;
      }
    }
    expect(tally).toEqual({ right: 9, wrong: 0, missed: 2, rightlyUncovered: 4 });
  });
});
