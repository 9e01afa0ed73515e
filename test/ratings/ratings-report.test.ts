/**
 * The ratings report on the car-service example: figures a head of unit would check by hand, anonymity searched for
 * in the bytes of every format written, deterministic output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { EmittedFile } from "../../src/emit/files.js";
import { emitDocuments } from "../../src/emit/index.js";
import { emitRatingsForms, emitRatingsReport } from "../../src/emit/ratings.js";
import { loadProject } from "../../src/load/project.js";
import { readRatings } from "../../src/load/ratings.js";
import { summarizeRatings } from "../../src/model/ratings-summary.js";
import { validateProject } from "../../src/validate/validate.js";
import { copyExample, REPO } from "../helpers/cli.js";
import { runMain } from "../helpers/in-process.js";

const example = join(REPO, "examples", "car-service-ru");
const fresh = () => validateProject(loadProject(example, { today: "2026-11-30" })).compiled;
let shared: ReturnType<typeof fresh> | undefined;
/** One compile for the tests that only read it; a test that changes the model takes `fresh()`. */
const compiled = () => {
  shared ??= fresh();
  return shared;
};

/** Every byte a user gets, as text: DOCX and XLSX unzipped, so a name inside their XML is found too. */
function allText(files: readonly EmittedFile[]): string {
  return files
    .map((f) => {
      if (typeof f.content === "string") return f.content;
      if (f.path.endsWith(".docx") || f.path.endsWith(".xlsx")) {
        return Object.values(unzipSync(f.content))
          .map((bytes) => Buffer.from(bytes).toString("utf8"))
          .join("\n");
      }
      return Buffer.from(f.content).toString("utf8");
    })
    .join("\n");
}

// Positions of the example that rate but are never rated: the report may name them nowhere when anonymous.
const RATERS_ONLY = {
  dispatcher: "Диспетчер автосервиса",
  "service-manager": "Руководитель автосервиса",
  mechanic: "Автослесарь",
  "workshop-foreman": "Мастер производственного участка",
};

describe("the month's summary", () => {
  it("averages, trend, distribution, heat table and bonus list of November 2026", () => {
    const { model, index } = compiled();
    const s = summarizeRatings(model, index);
    expect(s?.month).toBe("2026-11");
    const procurement = s?.rated.find((r) => r.party.id === "procurement");
    expect(procurement?.months.map((m) => m.average)).toEqual([3.8, 4.4, 4.6]);
    expect(procurement?.trend).toBeCloseTo(0.2);
    expect(procurement?.distribution).toEqual([0, 0, 0, 2, 3]);
    expect(s?.heat.cells).toContainEqual({ rater: "car-service", rated: "procurement", average: 14 / 3, count: 3 });
    expect(s?.bonus.high.map((e) => e.party.id)).toEqual(["service-advisor"]);
    expect(s?.bonus.low.map((e) => [e.party.id, e.average.toFixed(2)])).toEqual([["it-service", "2.67"]]);
    expect(
      summarizeRatings(model, index, "2026-10")?.rated.find((r) => r.party.id === "procurement")?.trend,
    ).toBeCloseTo(0.6);
    expect(summarizeRatings(model, index, "2026-08")).toBeUndefined();
  });

  it("anonymous: the rater's unit with 3 raters or more, «коллеги» below, never the rater", () => {
    const { model, index } = compiled();
    const comments = summarizeRatings(model, index)?.rated.find((r) => r.party.id === "procurement")?.comments;
    const from = comments?.flatMap((g) => g.comments.map((c) => [c.text.slice(0, 12), c.from, c.date]));
    expect(from).toEqual([
      ["Запчасти при", { kind: "unit", unit: "car-service" }, undefined],
      ["Фильтры выда", { kind: "colleagues" }, undefined],
    ]);
  });

  it("named: each comment carries its rater and date", () => {
    const { model, index } = fresh();
    if (model.ratings) model.ratings.anonymous = false;
    const comments = summarizeRatings(model, index)?.rated.find((r) => r.party.id === "procurement")?.comments;
    expect(comments?.[0]?.comments.map((c) => [c.from.kind === "rater" && c.from.party.id, c.date])).toEqual([
      ["service-advisor", "2026-11-02"],
      ["mechanic", "2026-11-09"],
    ]);
  });
});

describe("the day of the check", () => {
  it("is pinned, not read from the clock: a rating after it is an error, and it drops out of the figures", () => {
    const validation = validateProject(loadProject(example, { today: "2026-11-10" }));
    const future = validation.diagnostics.filter((d) => d.code === "ratings-date");
    expect(future.map((d) => `${d.file}:${d.line}`)).toEqual([
      "ratings/2026-11.csv:6",
      "ratings/2026-11.csv:9",
      "ratings/2026-11.csv:10",
      "ratings/2026-11.csv:11",
      "ratings/2026-11.csv:12",
    ]);
    expect(future[0]?.message).toBe("дата 2026-11-11 позже 2026-11-10 — дня, на который проверены оценки");
    const { model, index } = validation.compiled;
    expect(
      summarizeRatings(model, index)
        ?.rated.find((r) => r.party.id === "it-service")
        ?.months.at(-1)?.count,
    ).toBe(0);
  });
});

describe("the report in every format", () => {
  let anonymous: EmittedFile[];
  let named: EmittedFile[];
  let modelJson: string;
  beforeAll(async () => {
    const { model, index } = compiled();
    const formats = new Set(["md", "docx", "xlsx"]);
    anonymous = [
      ...((await emitRatingsReport(model, index, { lang: "ru", formats }))?.files ?? []),
      // build writes the report too, and model.json beside it
      ...(await emitDocuments(model, index, { formats: new Set(["md", "json"]), lang: "ru", trace: false })).filter(
        (f) => f.path.startsWith("ratings/"),
      ),
      // the site's page of the report (the site also holds every other document, which names every position)
      ...(await emitDocuments(model, index, { formats: new Set(["html"]), lang: "ru", trace: false })).filter((f) =>
        f.path.includes("ratings/"),
      ),
    ];
    modelJson = (await emitDocuments(model, index, { formats: new Set(["json"]), lang: "ru", trace: false }))[0]
      ?.content as string;
    const other = fresh();
    if (other.model.ratings) other.model.ratings.anonymous = false;
    named = (await emitRatingsReport(other.model, other.index, { lang: "ru", formats }))?.files ?? [];
  });

  it("writes Markdown with the charts, DOCX, XLSX and the site's page", () => {
    expect(anonymous.some((f) => /ratings\/2026-11\.html$/.test(f.path))).toBe(true);
    expect(anonymous.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        "ratings/2026-11.md",
        "ratings/charts/2026-11-procurement.svg",
        "docx/ratings/2026-11.docx",
        "xlsx/ratings/2026-11.xlsx",
      ]),
    );
    const md = anonymous.find((f) => f.path === "ratings/2026-11.md")?.content as string;
    expect(md).toContain("# Оценка постановки задач между подразделениями за ноябрь 2026 г.");
    expect(md).toContain("![Динамика и распределение оценок: Отдел снабжения](./charts/2026-11-procurement.svg)");
    expect(md).toContain("| Автосервис | — | 3,0 | 4,7 |");
    expect(md).toMatch(/\| Фильтры выдали без упаковки, номер партии не виден \| коллеги \|/);
    expect(md).toMatch(/\| Запчасти пришли вовремя, но без накладной — сверяли вручную \| Автосервис \|/);
    const svg = anonymous.find((f) => f.path === "ratings/charts/2026-11-procurement.svg")?.content as string;
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("Средняя оценка по месяцам");
    expect(svg).toContain("нояб. 2026");
  });

  it("anonymous: no rating position's name or id in any byte of any format (named: they are there)", () => {
    const text = allText(anonymous);
    for (const [id, name] of Object.entries(RATERS_ONLY)) {
      expect(text, id).not.toContain(name);
      expect(text, id).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
    // model.json names every position of the model, but carries no rating row: no rater, no comment.
    expect(modelJson).toContain('"positions"');
    expect(modelJson).not.toMatch(/"rater"|Фильтры выдали/);
    const open = allText(named);
    for (const name of ["Автослесарь", "Диспетчер автосервиса"]) expect(open).toContain(name);
  });

  it("the same input gives the same bytes, charts included", async () => {
    const { model, index } = compiled();
    const again = (await emitRatingsReport(model, index, { lang: "ru", formats: new Set(["md", "docx", "xlsx"]) }))
      ?.files;
    const first = anonymous.filter((f) => !f.path.endsWith(".json") && f.path.split("/").length > 1);
    for (const file of again ?? []) {
      const before = first.find((f) => f.path === file.path);
      expect(Buffer.from(file.content).equals(Buffer.from(before?.content ?? "")), file.path).toBe(true);
    }
  });
});

describe("the forms", () => {
  it("per unit, the sides it may rate and the linking processes, as a CSV procspec reads back and a DOCX", async () => {
    const { model, index } = compiled();
    const files = await emitRatingsForms(model, index, { lang: "ru", formats: new Set(["docx"]) });
    const csv = files.find((f) => f.path === "ratings/forms/workshop.csv")?.content as string;
    const rows = readRatings(csv, "ratings/forms/workshop.csv", "ru");
    expect(rows.diagnostics).toEqual([]);
    expect(rows.rows.map((r) => `${r.rater}>${r.rated}:${r.process}`)).toEqual(
      expect.arrayContaining(["workshop>car-service:vehicle-repair", "workshop>procurement:parts-delivery"]),
    );
    const docx = allText(files.filter((f) => f.path === "docx/ratings/forms/workshop.docx"));
    expect(docx).toContain("Бланк оценки постановки задач: Производственный участок");
    expect(docx).toContain("УТВЕРЖДАЮ");
  });
});

describe("procspec ratings", () => {
  let dir: string;
  beforeAll(() => {
    dir = copyExample("car-service-ru");
  });

  it("a score of 3 without a comment is an error at its CSV line; an unlinked pair a warning naming the nearest process", async () => {
    const file = join(dir, "ratings", "2026-11.csv");
    const csv = readFileSync(file, "utf8").replace(/^# (2026-11-14,.*)$/m, "$1");
    writeFileSync(file, `${csv}2026-11-21,system-administrator,mechanic,,4,Заявки приходят без номера поста\n`);
    const run = await runMain(
      "ratings",
      dir,
      "--month",
      "2026-11",
      "--format",
      "md",
      "--out",
      join(dir, "..", `${dir.split("/").pop()}-out`),
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/ratings\/2026-11\.csv:8:1\s+ошибка\s+к оценке 3 нужен комментарий.*ratings-comment/);
    expect(run.err).toMatch(
      /ratings\/2026-11\.csv:13:1\s+предупреждение\s+никакой процесс не связывает «Системный администратор» и «Автослесарь».*ближайший процесс — «Обслуживание и ремонт автомобилей клиентов» \(ИТ-служба → Автосервис\)/,
    );
    expect(run.err).toContain("✔ Оценка постановки задач между подразделениями за ноябрь 2026 г.");
  });

  it("refuses a month that is not YYYY-MM and html until the site exists (exit 2)", async () => {
    expect((await runMain("ratings", example, "--month", "11.2026")).code).toBe(2);
    expect((await runMain("ratings", example, "--format", "md,pdf")).code).toBe(2);
  });
});
