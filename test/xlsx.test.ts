/**
 * The spreadsheets of `--format xlsx`: read back with exceljs as Excel would open them (sheets, frozen header and
 * first column, filters, widths), the same bytes twice, and opened by LibreOffice Calc (converted to CSV) where it
 * is installed.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { emitDocuments } from "../src/emit/index.js";
import { sheetName } from "../src/emit/views/workbook.js";
import { compileExample } from "./helpers/documents.js";

const { model, index } = compileExample("car-service-ru");
/** A sheet that must exist: a missing one fails the test here rather than as a TypeError later. */
function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

const build = () => emitDocuments(model, index, { formats: new Set(["xlsx"]), lang: "ru", trace: false });

describe("the matrices' workbook", () => {
  let bytes: Uint8Array;
  const workbook = new ExcelJS.Workbook();

  beforeAll(async () => {
    const files = await build();
    // The KPI register and the standards' comparisons are workbooks of their own (tested with their documents).
    expect(files.map((f) => f.path)).toContain("xlsx/org/matrices.xlsx");
    bytes = files.find((f) => f.path === "xlsx/org/matrices.xlsx")?.content as Uint8Array;
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  });

  it("has one sheet per matrix and the job-duties register", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Участие в процессах",
      "Компетенции",
      "Реестр обязанностей",
    ]);
  });

  it("keeps the header row and the first column in view, with a filter on the header", () => {
    for (const sheet of workbook.worksheets) {
      const view = sheet.views[0] as { state?: string; ySplit?: number; xSplit?: number };
      expect(view.state).toBe("frozen");
      expect(view.ySplit).toBe(1);
      expect(view.xSplit).toBeGreaterThanOrEqual(1);
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
  });

  it("the participation sheet: every process a row, every position a column, the roles in the cells", () => {
    const sheet = sheetOf(workbook, "Участие в процессах");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe("Процесс");
    expect(header).toContain("3. Мастер-приёмщик");
    expect(sheet.rowCount).toBe(model.processes.length + 1);
    const column = header.indexOf("3. Мастер-приёмщик") + 1;
    const intake = sheet.getColumn(1).values.findIndex((v) => String(v).includes("Приём автомобиля")) ?? -1;
    expect(String(sheet.getRow(intake).getCell(column).value)).toContain("И");
  });

  it("the competency sheet names each competency's kind; widths fit the text, marks stay narrow", () => {
    const sheet = sheetOf(workbook, "Компетенции");
    expect(sheet.getRow(1).getCell(1).value).toBe("Вид");
    const kinds = new Set(sheet.getColumn(1).values.slice(2).map(String));
    expect([...kinds]).toEqual(["Знания", "Навыки", "Личные качества"]);
    const longest = Math.max(
      ...(sheet
        ?.getColumn(2)
        .values.slice(1)
        .map((v) => String(v).length) ?? [0]),
    );
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(Math.min(60, longest));
    expect(sheet.getColumn(3).width).toBeLessThan(10);
    expect(sheet.getRow(1).getCell(3).alignment?.textRotation).toBe(90);
  });

  it("the job-duties register: a row per position and process, owner or executor, with the functions", () => {
    const sheet = sheetOf(workbook, "Реестр обязанностей");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Должность",
      "Подразделение",
      "Процесс",
      "Роль",
      "Функции",
    ]);
    const advisor = sheet?.getRows(2, sheet.rowCount - 1)?.filter((r) => r.getCell(1).value === "Мастер-приёмщик");
    expect(advisor?.length).toBeGreaterThan(0);
    expect(advisor?.every((r) => /исполнитель|владелец/.test(String(r.getCell(4).value)))).toBe(true);
    expect(String(advisor?.[0]?.getCell(5).value)).not.toBe("");
  });

  it("the same spec gives the same bytes", async () => {
    const again = (await build()).find((f) => f.path === "xlsx/org/matrices.xlsx")?.content as Uint8Array;
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

it("a sheet name is cut to Excel's 31 characters and loses the characters Excel refuses", () => {
  expect(sheetName("Реестр: обязанностей / должностей и процессов")).toBe("Реестр  обязанностей   должност");
  expect(sheetName("[]")).toBe("Sheet");
});

const hasCalc =
  spawnSync("sh", ["-c", "command -v soffice && ls /usr/lib/libreoffice/program/libsclo.so"]).status === 0;

describe.skipIf(!hasCalc)(
  `opened by LibreOffice Calc${hasCalc ? "" : " (skipped: needs libreoffice-calc-nogui)"}`,
  () => {
    it("converts every sheet to CSV", async () => {
      const work = mkdtempSync(join(tmpdir(), "procspec-xlsx-"));
      const file = join(work, "matrices.xlsx");
      writeFileSync(file, (await build()).find((f) => f.path === "xlsx/org/matrices.xlsx")?.content as Uint8Array);
      // Filter 44,34,76,1,,0,false,true,false,false,false,-1: comma, quotes, UTF-8, every sheet to a file of its own.
      const run = spawnSync(
        "soffice",
        [
          "--headless",
          "--norestore",
          `-env:UserInstallation=file://${join(work, "profile")}`,
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          work,
          file,
        ],
        { encoding: "utf8", timeout: 180_000 },
      );
      expect(run.status).toBe(0);
      const csv = readdirSync(work).filter((f) => f.endsWith(".csv"));
      expect(csv).toHaveLength(3);
      const participation = readFileSync(join(work, csv.find((f) => f.includes("Участие")) as string), "utf8");
      expect(participation.split("\n")[0]).toContain("3. Мастер-приёмщик");
    }, 200_000);
  },
);
