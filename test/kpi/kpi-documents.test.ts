import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { emitDocx } from "../../src/emit/docx/index.js";
import { emitDocuments } from "../../src/emit/index.js";
import { compileExample } from "../helpers/documents.js";

const ru = compileExample("car-service-ru");

async function build(trace: boolean, formats = ["md"]) {
  const files = await emitDocuments(ru.model, ru.index, { formats: new Set(formats), lang: "ru", trace });
  return new Map(files.map((f) => [f.path, f.content]));
}

const text = (files: Map<string, string | Uint8Array>, path: string) => {
  const content = files.get(path);
  if (typeof content !== "string") throw new Error(`${path} not built`);
  return content;
};

describe("the KPI card of a position", () => {
  it("lists the service advisor's five KPIs, whose weights add up to 100", async () => {
    const card = text(await build(false), "positions/service-advisor/kpi-card.md");
    expect(card).toContain("# Карта ключевых показателей деятельности (KPI)");
    // The KPI rows: numbered, above the total (the acknowledgement sheet further down is numbered too).
    const table = card.slice(0, card.indexOf("| Итого |"));
    const rows = table.split("\n").filter((l) => /^\| \d /.test(l));
    expect(rows).toHaveLength(5);
    const weights = rows.map((r) => Number(r.split("|")[3]?.trim()));
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    expect(card).toContain("|  | Итого | 100 |");
    expect(card).toContain("| 3 | Средний чек (процесс 3.2) | 20 | 8 000 руб. | не менее 9 000 руб. |");
  });

  it("traces each process KPI to the indicator it is paid by, an own KPI to the card", async () => {
    const card = text(await build(true), "positions/service-advisor/kpi-card.md");
    const row = (n: number) => card.split("\n").find((l) => l.startsWith(`| ${n} |`)) ?? "";
    expect(row(3)).toMatch(/`processes\/car-service-delivery\/vehicle-intake\.yaml:\d+`/);
    expect(row(5)).toMatch(/`positions\/service-advisor\.yaml:\d+`/);
  });

  it("explains the bonus and gives the system-use KPI its control schedule", async () => {
    const card = text(await build(false), "positions/service-advisor/kpi-card.md");
    expect(card).toContain("хуже порога — 0 %; цель достигнута или превышена — 100 %");
    expect(card).toContain("переменная часть дохода (30 %) × итоговое выполнение карты");
    expect(card).toContain("между порогом и целью — пропорционально");
    expect(card).toContain("| С начала работы по карте | ежедневно | 1 неделя |");
    expect(card).toContain("| Затем | еженедельно | 3 недели |");
    // The mechanic's rework is lower-is-better: the card says the scale runs the other way.
    const mechanic = text(await build(false), "positions/mechanic/kpi-card.md");
    expect(mechanic).toContain("шкала идёт в обратную сторону");
    expect(mechanic).not.toContain("График контроля");
  });

  it("is referenced from the profile and the job duties, and only positions with a card get one", async () => {
    const files = await build(false);
    expect(text(files, "positions/service-advisor/profile.md")).toContain("[Карта KPI](./kpi-card.md)");
    expect(text(files, "positions/service-advisor/job-duties.md")).toContain("[Карта KPI](./kpi-card.md)");
    expect(files.has("positions/dispatcher/kpi-card.md")).toBe(false);
    expect(text(files, "positions/dispatcher/profile.md")).not.toContain("Карта KPI");
  });

  it("comes out as DOCX with the same table and rules", async () => {
    // The cards alone: the same renderer and views as a build's whole DOCX set, without the other documents.
    const files = await emitDocx(ru.model, ru.index, { lang: "ru", trace: false, only: new Set(["kpi-card"]) });
    const docx = files.find((f) => f.path === "docx/positions/service-advisor/kpi-card.docx")?.content;
    if (!(docx instanceof Uint8Array)) throw new Error("no DOCX card");
    const xml = strFromU8(unzipSync(docx)["word/document.xml"] ?? new Uint8Array());
    const value = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(value).toContain("Работа с клиентами ведётся в учётной системе");
    expect(value).toContain("Как рассчитывается премия");
    expect(value).toContain("Затем: ");
  });
});

describe("the KPI register", () => {
  it("lists every card's KPIs with weights, unused indicators and positions without a card", async () => {
    const register = text(await build(false), "org/kpi-register.md");
    expect(register).toContain("| Мастер-приёмщик | 30 % | Удовлетворённость клиента обслуживанием |");
    expect(register).toContain(
      "| Работа с клиентами ведётся в учётной системе | собственный показатель должности | 15 |",
    );
    expect(register).toContain("| 3.1 Приём заявок и запись клиентов на ремонт | Доля принятых звонков |");
    expect(register).toMatch(/## Должности без карты KPI\n\n(- .*\n)*- \[Диспетчер автосервиса\]/);
  });

  it("is not built for a project without KPI cards", async () => {
    const en = compileExample("trading-en");
    const files = await emitDocuments(en.model, en.index, { formats: new Set(["md"]), lang: "en", trace: false });
    expect(files.some((f) => f.path.includes("kpi"))).toBe(false);
  });
});

describe("the KPI register as a workbook", () => {
  it("has the cards (position on every row, weights as numbers) and the unused indicators", async () => {
    const files = await build(false, ["xlsx"]);
    const xlsx = files.get("xlsx/org/kpi-register.xlsx");
    if (!(xlsx instanceof Uint8Array)) throw new Error("no xlsx register");
    const parts = unzipSync(xlsx);
    const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "Карты KPI",
      "Показатели вне карт",
    ]);
    const strings = strFromU8(parts["xl/sharedStrings.xml"] ?? new Uint8Array());
    expect(strings).toContain("Работа с клиентами ведётся в учётной системе");
    expect(strings).not.toContain("<t>40</t>");
  });
});
