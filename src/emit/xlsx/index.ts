/**
 * The xlsx emitter: workbook views (`../views/workbook.ts`) as Excel files that HR opens and filters. Every sheet
 * gets a bold header row that stays in view with the first column(s), a filter on the header, column widths fitted
 * to the text, and mark columns narrow with upright headers. Pure apart from being async: views in, files out.
 */

import type { Worksheet } from "exceljs";
import { normalizeDocx } from "../docx/package.js";
import { type EmittedFile, outputPaths } from "../files.js";
import type { SheetRow, SheetView, WorkbookView } from "../views/workbook.js";

export interface XlsxOptions {
  /** ISO date-time stamped as the workbook's creation date (`documents.date`), so builds are reproducible. */
  isoDate: string;
}

const HEADER_FILL = "FFE7E6E6";
/** Excel's width unit is roughly one character of the default font; a column never grows past this. */
const MAX_WIDTH = 60;
const MARK_WIDTH = 5;

function cellText(value: SheetRow[number]): string | number {
  return typeof value === "string" || typeof value === "number" ? value : value.join("\n");
}

/** The width a column needs: its longest line (headers of mark columns stand upright, so they do not count). */
function widthOf(sheet: SheetView, column: number): number {
  const marks = sheet.marksFrom !== undefined && column >= sheet.marksFrom;
  let longest = marks ? 0 : (sheet.columns[column] ?? "").length;
  for (const row of sheet.rows) {
    const text = String(cellText(row[column] ?? ""));
    for (const line of text.split("\n")) longest = Math.max(longest, line.length);
  }
  return marks ? Math.max(MARK_WIDTH, longest + 2) : Math.min(MAX_WIDTH, Math.max(8, longest + 2));
}

function fillSheet(worksheet: Worksheet, sheet: SheetView): void {
  const marksFrom = sheet.marksFrom ?? Number.POSITIVE_INFINITY;
  worksheet.columns = sheet.columns.map((header, i) => ({ header, width: widthOf(sheet, i) }));
  for (const row of sheet.rows) worksheet.addRow(row.map(cellText));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell, column) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment =
      column - 1 >= marksFrom
        ? { textRotation: 90, vertical: "bottom", horizontal: "center", wrapText: true }
        : { vertical: "middle", horizontal: "center", wrapText: true };
  });
  worksheet.eachRow((row, number) => {
    if (number === 1) return;
    row.eachCell((cell, column) => {
      cell.alignment =
        column - 1 >= marksFrom ? { horizontal: "center", vertical: "top" } : { vertical: "top", wrapText: true };
    });
  });
  if (sheet.columns.length > 0)
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
}

async function workbookBytes(view: WorkbookView, options: XlsxOptions): Promise<Uint8Array> {
  // Loaded on demand: exceljs is large, and most builds write no spreadsheet.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const date = new Date(options.isoDate);
  workbook.creator = "procspec";
  workbook.lastModifiedBy = "procspec";
  workbook.created = date;
  workbook.modified = date;
  workbook.title = view.title;
  for (const sheet of view.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: "frozen", xSplit: sheet.frozenColumns ?? 1, ySplit: 1 }],
    });
    fillSheet(worksheet, sheet);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  // Zip entries carry the local clock; the same re-packing as for DOCX makes the bytes depend on the input only.
  return normalizeDocx(bytes, options.isoDate);
}

export async function emitXlsx(views: readonly WorkbookView[], options: XlsxOptions): Promise<EmittedFile[]> {
  const files: EmittedFile[] = [];
  for (const view of views)
    files.push({ path: outputPaths.xlsx(view.path), content: await workbookBytes(view, options) });
  return files;
}
