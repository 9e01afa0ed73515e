import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { emitDocx } from "../src/emit/docx/index.js";
import { emitMarkdown } from "../src/emit/markdown/index.js";
import { competenciesView, jobDutiesView, profileView } from "../src/emit/views/index.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";

/** A clinic: the head of registry owns three processes and executes two others; a nurse executes one she does not own. */
const process = (id: string, name: string, owner: string, executor: string, extra = "") => `kind: Process
id: ${id}
name: ${name}
owner: ${owner}
clients:
  - external: Пациент
    goals: [Пациент заранее знает стоимость приёма]
  - company: true
    goals: [Загрузка врачей]
results: [{ name: Запись в расписании }]
indicators:
  - { name: Доля ошибок в записи ${id}, measure: "Управленческая отчётность: сверка расписания", target: не более 2 % }
executors: [{ position: ${executor}, functions: [Выполняет ${name.toLowerCase()}], competencies: { knowledge: [Регламент ${id}] } }]
${extra}`;

const FILES: Record<string, string> = {
  "org.yaml": "kind: Organization\nid: clinic\nname: ООО «Клиника здоровья»\n",
  "positions.yaml": `kind: Position
id: director
name: Главный врач
genitive: главного врача
---
kind: Position
id: registry-head
name: Заведующая регистратурой
genitive: заведующей регистратурой
reportsTo: director
responsibilities: [Доброжелательность регистратуры]
---
kind: Position
id: nurse
name: Медицинская сестра
reportsTo: registry-head
`,
  "p1.yaml": process("booking", "Запись на приём", "registry-head", "nurse"),
  "p2.yaml": process("registration", "Регистрация пациента", "registry-head", "nurse"),
  "p3.yaml": process("callback", "Обратный звонок", "registry-head", "registry-head"),
  "p4.yaml": process("records", "Ведение медицинских карт", "director", "registry-head"),
  "p5.yaml": process("complaints", "Разбор жалоб", "director", "registry-head"),
};

function clinic() {
  const encode = (s: string) => new TextEncoder().encode(s);
  const project = loadProjectFromFiles(
    "/clinic",
    encode(`lang: ru\ndocuments: { approver: { position: director, person: А. Б. Кузнецова } }\n`),
    Object.entries(FILES).map(([path, text]) => ({ path, bytes: encode(text) })),
  );
  return compileModel(project);
}

const { model, index } = clinic();
const head = index.positions.get("registry-head");
const nurse = index.positions.get("nurse");
if (!head || !nurse) throw new Error("fixture");

describe("job duties of a head who owns three processes and executes three", () => {
  const view = jobDutiesView(model, index, head, "ru", { trace: false });

  it("lists the owned processes in a section of their own, with goals and indicators with targets", () => {
    expect(view.owner?.heading).toBe("1. Обязанности владельца процессов");
    expect(view.owner?.table.rows.map((r) => r.cells[0])).toEqual([
      "Запись на приём",
      "Обратный звонок",
      "Регистрация пациента",
    ]);
    expect(view.owner?.table.rows[0]?.cells[2]).toEqual([
      "Доля ошибок в записи booking (способ измерения — управленческая отчётность: сверка расписания; целевое значение: не более 2 %)",
    ]);
    expect(view.owner?.duties.map((d) => d.text)[0]).toBe(
      "отвечает за достижение целей процесса для каждого его клиента;",
    );
  });

  it("then the processes it executes; an owned one points to the owner's section instead of repeating it", () => {
    expect(view.dutiesHeading).toBe("2. Обязанности исполнителя процессов");
    expect(view.duties.rows.map((r) => r.cells[0])).toEqual([
      "Ведение медицинских карт",
      "Обратный звонок",
      "Разбор жалоб",
    ]);
    expect(view.duties.rows[1]?.cells[2]).toBe("см. раздел 1");
  });

  it("writes goals as a Russian document does: lower case after the colon, no repeated client, «Компания»", () => {
    expect(view.duties.rows[0]?.cells[2]).toEqual([
      "Пациент: заранее знает стоимость приёма",
      "Компания: загрузка врачей",
    ]);
  });

  it("names the position in the title, from its genitive", () => {
    expect(view.title).toBe("Должностные обязанности заведующей регистратурой");
    expect(view.intro).toBeUndefined();
    expect(jobDutiesView(model, index, head, "ru", { trace: false, notes: true }).intro).toMatch(
      /^Обязанности составлены/,
    );
  });
});

describe("the profile's areas of responsibility", () => {
  it("start with the owned indicators and targets and the strategic responsibilities, then what it contributes to", () => {
    const view = profileView(model, index, head, "ru", { trace: false });
    expect(view.responsibility.heading).toBe("7. Области ответственности");
    expect(view.responsibility.items.map((i) => i.text)).toEqual([
      "Доля ошибок в записи booking (целевое значение: не более 2 %)",
      "Доля ошибок в записи callback (целевое значение: не более 2 %)",
      "Доля ошибок в записи registration (целевое значение: не более 2 %)",
      "Доброжелательность регистратуры",
    ]);
    // «Обратный звонок» is owned and executed: its indicator is not listed a second time.
    expect(view.contribution?.items.map((i) => i.text)).toEqual([
      "Доля ошибок в записи records (целевое значение: не более 2 %)",
      "Доля ошибок в записи complaints (целевое значение: не более 2 %)",
    ]);
    expect(view.functionalDuties.owned?.links.map((l) => l.text)).toEqual([
      "Запись на приём",
      "Обратный звонок",
      "Регистрация пациента",
    ]);
  });

  it("a nurse does not answer for the indicators of processes owned by others: she contributes to them", () => {
    const view = profileView(model, index, nurse, "ru", { trace: false });
    expect(view.responsibility.items).toEqual([]);
    expect(view.contribution?.label).toBe("Участвует в достижении показателей процессов");
    expect(view.title).toBe("Профиль должности «Медицинская сестра»");
  });
});

describe("competencies", () => {
  it("carry the position's functions before knowledge, skills and qualities, as in the guide", () => {
    const view = competenciesView(model, index, nurse, "ru", { trace: false });
    expect(view.title).toBe("Состав компетенций по должности «Медицинская сестра»");
    expect(view.competencies.columns).toEqual(["Процесс", "Функции в процессе", "Знания", "Навыки", "Личные качества"]);
    expect(view.competencies.rows[0]?.cells.slice(0, 3)).toEqual([
      "Запись на приём",
      ["Выполняет запись на приём"],
      ["Регламент booking"],
    ]);
  });
});

describe("the documents as files", () => {
  it("Markdown and DOCX number the profile's sections alike", async () => {
    const md = String(
      emitMarkdown(model, index, { lang: "ru", trace: false }).find(
        (f) => f.path === "positions/registry-head/profile.md",
      )?.content,
    );
    const docx = (await emitDocx(model, index, { lang: "ru", trace: false })).find(
      (f) => f.path === "docx/positions/registry-head/profile.docx",
    );
    if (!docx || typeof docx.content === "string") throw new Error("no DOCX");
    const xml = strFromU8(unzipSync(docx.content)["word/document.xml"] ?? new Uint8Array());
    const mdSections = md
      .split("\n")
      .filter((l) => /^## \d/.test(l))
      .map((l) => l.slice(3));
    const docxSections = [...xml.matchAll(/<w:pStyle w:val="Heading2"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((m) => m[1] ?? "")
      .filter((t) => /^\d/.test(t));
    expect(mdSections).toHaveLength(7);
    expect(docxSections).toEqual(mdSections);
  });

  it("the DOCX carries the title in its properties and links without the blue underlined Hyperlink style", async () => {
    const docx = (await emitDocx(model, index, { lang: "ru", trace: false })).find(
      (f) => f.path === "docx/positions/registry-head/job-duties.docx",
    );
    if (!docx || typeof docx.content === "string") throw new Error("no DOCX");
    const parts = unzipSync(docx.content);
    const core = strFromU8(parts["docProps/core.xml"] ?? new Uint8Array());
    expect(core).toContain("<dc:title>Должностные обязанности заведующей регистратурой</dc:title>");
    const xml = strFromU8(parts["word/document.xml"] ?? new Uint8Array());
    expect(xml).toContain("<w:hyperlink");
    expect(xml).not.toContain('w:val="Hyperlink"');
  });
});
