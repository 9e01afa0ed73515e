/**
 * Reading a staff list (штатное расписание) as a grid of text cells, row by row with the row's number, from an
 * Excel workbook (exceljs) or a CSV (the shared CSV reader). What the columns mean is decided later
 * (`staff-columns.ts`); here only what a spreadsheet program saved: merged cells give every cell they cover the
 * text of their top-left cell, and remember which merge they belong to, so a row that is one merged band (a
 * unit written across the table as a section heading) can be told from a row of separate cells.
 */

import { readFileSync } from "node:fs";
import type { Cell } from "exceljs";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { staffImportWords } from "../i18n/words/staff-import.js";
import { readCsvRecords } from "./csv.js";
import { decodeUtf8 } from "./decode.js";
import { encodingProblem } from "./encoding-problem.js";

export interface SheetRow {
  /** 1-based: the row number in the sheet, or the line in the CSV. */
  line: number;
  /** Text of each cell, trimmed; "" for an empty one. */
  cells: string[];
  /** For each cell inside a merged range, the address of the range's top-left cell. */
  merges: Array<string | undefined>;
}

export interface SheetTable {
  /** The sheet's name in a workbook; undefined for a CSV. */
  sheet?: string;
  rows: SheetRow[];
}

export interface StaffGrid {
  /** Every sheet with something in it, in the workbook's order; a CSV is one. */
  tables: SheetTable[];
  /** True when a cell's index is its column in the sheet (a workbook); a CSV's field is not a text column. */
  cellColumns: boolean;
  diagnostics: Diagnostic[];
}

/** Reads `path` (xlsx by its extension, anything else as CSV); `file` is how diagnostics name it. */
export async function readStaffGrid(path: string, file: string, lang: Lang): Promise<StaffGrid> {
  const other = /\.(xls|xlsb|ods|numbers)$/i.exec(path)?.[1];
  if (other) {
    const text = staffImportWords[lang].otherFormat(other.toLowerCase());
    return { tables: [], cellColumns: true, diagnostics: [problem(file, 1, "staff-file", text)] };
  }
  const bytes = readFileSync(path);
  return /\.xls[xm]$/i.test(path) ? readWorkbook(bytes, file, lang) : readCsvGrid(bytes, file, lang);
}

function problem(file: string, line: number, code: string, text: string): Diagnostic {
  return { code, severity: "error", message: text, file, line, column: 1, pointer: "" };
}

export async function readWorkbook(bytes: Uint8Array, file: string, lang: Lang): Promise<StaffGrid> {
  // Loaded on demand: exceljs is large, and most imports are CSV.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants a Node Buffer-like ArrayBuffer; a copy keeps the caller's bytes untouched.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const words = staffImportWords[lang];
    return {
      tables: [],
      cellColumns: true,
      diagnostics: [problem(file, 1, "staff-file", words.notWorkbook(detail))],
    };
  }
  const tables: SheetTable[] = [];
  for (const worksheet of workbook.worksheets) {
    const width = worksheet.columnCount;
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = [];
      const merges: Array<string | undefined> = [];
      for (let column = 1; column <= width; column++) {
        const cell = row.getCell(column);
        cells.push(cellText(cell));
        merges.push(cell.isMerged ? cell.master.address : undefined);
      }
      if (cells.some((c) => c !== "")) rows.push({ line, cells, merges });
    });
    if (rows.length > 0) tables.push({ sheet: worksheet.name, rows });
  }
  return { tables, cellColumns: true, diagnostics: [] };
}

/** The text a person sees in the cell: a formula's result, a rich text's characters, a number as written. */
function cellText(cell: Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  try {
    return cell.text.replace(/\s+/g, " ").trim();
  } catch {
    return "";
  }
}

export function readCsvGrid(bytes: Uint8Array, file: string, lang: Lang): StaffGrid {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { text, line, column } = encodingProblem(decoded, lang);
    return {
      tables: [],
      cellColumns: false,
      diagnostics: [{ code: "file-encoding", severity: "error", message: text, file, line, column, pointer: "" }],
    };
  }
  const { records, diagnostics } = readCsvRecords(decoded.text, file, lang);
  const rows = records
    .map(({ line, fields }) => ({ line, cells: fields.map((f) => f.replace(/\s+/g, " ")), merges: [] }))
    .filter((row) => row.cells.some((c) => c !== ""));
  return { tables: rows.length > 0 ? [{ rows }] : [], cellColumns: false, diagnostics };
}
