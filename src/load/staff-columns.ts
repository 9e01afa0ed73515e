/**
 * Finding the table in a staff list: the header row (not necessarily row 1 — staff lists carry the company's
 * name, the form's number and a date above it), which column holds what, and the rows below it as records.
 * Headers are recognised in Russian and English; the user may name them instead (flags or a mapping file).
 */

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { staffImportWords } from "../i18n/words/staff-import.js";
import type { SheetRow, SheetTable, StaffGrid } from "./staff-list.js";

export const STAFF_FIELDS = ["unit", "parent", "position", "reportsTo", "headcount"] as const;
export type StaffField = (typeof STAFF_FIELDS)[number];

/** Header texts the user gave for some fields (`--unit "Отдел"`), overriding recognition. */
export type ColumnMapping = Partial<Record<StaffField, string>>;

/** How far down a header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

/** Header texts recognised out of the box, normalised (`normalizeHeader`). */
const KNOWN: Record<StaffField, readonly string[]> = {
  unit: [
    "подразделение",
    "структурное подразделение",
    "наименование подразделения",
    "наименование структурного подразделения",
    "название подразделения",
    "отдел",
    "unit",
    "department",
    "division",
    "org unit",
    "organizational unit",
  ],
  parent: [
    "вышестоящее подразделение",
    "родительское подразделение",
    "головное подразделение",
    "входит в",
    "входит в подразделение",
    "parent",
    "parent unit",
    "parent department",
  ],
  position: [
    "должность",
    "наименование должности",
    "название должности",
    "должность профессия",
    "штатная должность",
    "профессия",
    "position",
    "job title",
    "title",
    "job",
  ],
  reportsTo: [
    "подчиняется",
    "кому подчиняется",
    "непосредственный руководитель",
    "прямой руководитель",
    "руководитель",
    "подчинение",
    "reports to",
    "manager",
    "line manager",
    "supervisor",
  ],
  headcount: [
    "количество штатных единиц",
    "кол-во штатных единиц",
    "количество шт ед",
    "кол-во шт ед",
    "штатные единицы",
    "штатных единиц",
    "штатная численность",
    "численность",
    "количество ставок",
    "кол-во ставок",
    "ставки",
    "количество",
    "headcount",
    "head count",
    "fte",
    "number of positions",
    "positions",
    "count",
  ],
};

/** Lower case, ё as е, single spaces, without the marks people add to headers (`*`, `:`, `№`, trailing dots). */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[*:№"«».]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Which field a header names: exactly, or followed by a qualifier in brackets or after a comma. */
function fieldOf(header: string, texts: readonly string[], exact: boolean): boolean {
  return texts.some((t) => header === t || (!exact && (header.startsWith(`${t} (`) || header.startsWith(`${t},`))));
}

export interface StaffColumn {
  /** 0-based index into the row's cells. */
  index: number;
  /** The header as written. */
  title: string;
}

export interface StaffRecord {
  line: number;
  unit: string;
  parent: string;
  position: string;
  reportsTo: string;
  headcount: string;
  /** The row is one merged band across the unit and position columns: a unit written as a section heading. */
  band: boolean;
}

export interface StaffTable {
  file: string;
  sheet?: string;
  /** Row of the header. */
  headerLine: number;
  columns: Partial<Record<StaffField, StaffColumn>>;
  records: StaffRecord[];
  /** The spreadsheet column (1-based) of a field, for diagnostics; 1 when the file is a CSV. */
  columnOf: (field: StaffField) => number;
}

/** The columns a row names, when it is a header row: at least the unit's and the position's. */
function matchHeader(row: SheetRow, mapping: ColumnMapping): Partial<Record<StaffField, StaffColumn>> | undefined {
  const headers = row.cells.map(normalizeHeader);
  const columns: Partial<Record<StaffField, StaffColumn>> = {};
  const claimed = new Set<number>();
  const claim = (field: StaffField, index: number) => {
    columns[field] = { index, title: row.cells[index] ?? "" };
    claimed.add(index);
  };
  for (const field of STAFF_FIELDS) {
    const given = mapping[field];
    if (given === undefined) continue;
    const index = headers.indexOf(normalizeHeader(given));
    if (index >= 0) claim(field, index);
  }
  // Exact names first, over all fields, so «Должность руководителя» is never read as the position by a prefix.
  for (const exact of [true, false]) {
    for (const field of STAFF_FIELDS) {
      if (columns[field] || mapping[field] !== undefined) continue;
      const index = headers.findIndex((h, i) => !claimed.has(i) && h !== "" && fieldOf(h, KNOWN[field], exact));
      if (index >= 0) claim(field, index);
    }
  }
  return columns.unit && columns.position ? columns : undefined;
}

/** A row of column numbers under the header (1, 2, 3 …), as unified staff-list forms have. */
function isNumbering(row: SheetRow): boolean {
  const filled = row.cells.filter((c) => c !== "");
  if (filled.length < 2 || !filled.every((c) => /^\d{1,2}$/.test(c))) return false;
  return filled.every((c, i) => i === 0 || Number(c) > Number(filled[i - 1]));
}

export interface FoundTable {
  table?: StaffTable;
  diagnostics: Diagnostic[];
}

/** Finds the header row in `grid` (in `sheet`, or the first sheet that has one) and reads the rows below it. */
export function findStaffTable(
  grid: StaffGrid,
  file: string,
  mapping: ColumnMapping,
  lang: Lang,
  sheet?: string,
): FoundTable {
  const words = staffImportWords[lang];
  const error = (line: number, text: string): Diagnostic => ({
    code: "staff-header",
    severity: "error",
    message: text,
    file,
    line,
    column: 1,
    pointer: "",
  });
  let tables = grid.tables;
  if (sheet !== undefined) {
    tables = tables.filter((t) => t.sheet === sheet);
    if (tables.length === 0) {
      const sheets = grid.tables.map((t) => `«${t.sheet ?? ""}»`).join(", ");
      return { diagnostics: [error(1, words.noSheet({ sheet, sheets }))] };
    }
  }
  if (tables.length === 0) return { diagnostics: [error(1, words.empty)] };
  for (const candidate of tables) {
    const found = headerIn(candidate, mapping);
    if (found)
      return { table: readRecords(candidate, found.at, found.columns, file, grid.cellColumns), diagnostics: [] };
  }
  const first = tables[0]?.rows[0];
  const diagnostics: Diagnostic[] = [];
  // A column the user named that is nowhere in the header: say which, on the row that has the others.
  const mapped = STAFF_FIELDS.filter((f) => mapping[f] !== undefined);
  const partial = tables[0]?.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .find((r) => mapped.some((f) => r.cells.map(normalizeHeader).includes(normalizeHeader(mapping[f] ?? ""))));
  for (const field of mapped) {
    const header = mapping[field] ?? "";
    if (partial && !partial.cells.map(normalizeHeader).includes(normalizeHeader(header))) {
      diagnostics.push(error(partial.line, words.mappedMissing({ field: words.fields[field], header })));
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  const seen = (first?.cells ?? [])
    .filter((c) => c !== "")
    .slice(0, 8)
    .map((c) => `«${c}»`)
    .join(", ");
  const unit = mapping.unit ?? (lang === "ru" ? "Подразделение" : "Unit");
  const position = mapping.position ?? (lang === "ru" ? "Должность" : "Position");
  return { diagnostics: [error(first?.line ?? 1, words.noHeader({ unit, position, rows: HEADER_SEARCH_ROWS, seen }))] };
}

function headerIn(
  table: SheetTable,
  mapping: ColumnMapping,
): { at: number; columns: Partial<Record<StaffField, StaffColumn>> } | undefined {
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let at = 0; at < limit; at++) {
    const row = table.rows[at];
    const columns = row && matchHeader(row, mapping);
    if (columns) return { at, columns };
  }
  return undefined;
}

function readRecords(
  table: SheetTable,
  at: number,
  columns: Partial<Record<StaffField, StaffColumn>>,
  file: string,
  cellColumns: boolean,
): StaffTable {
  const header = table.rows[at] as SheetRow;
  const positionIndex = columns.position?.index ?? 0;
  const unitIndex = columns.unit?.index ?? 0;
  const headerMerge = header.merges[positionIndex];
  const records: StaffRecord[] = [];
  let underHeader = true;
  for (const row of table.rows.slice(at + 1)) {
    // A header spread over several rows (merged vertically), and a row of column numbers below it, are not data.
    if (underHeader && ((headerMerge !== undefined && row.merges[positionIndex] === headerMerge) || isNumbering(row))) {
      continue;
    }
    underHeader = false;
    const cell = (field: StaffField) => {
      const column = columns[field];
      return column ? (row.cells[column.index] ?? "") : "";
    };
    const unitMerge = row.merges[unitIndex];
    records.push({
      line: row.line,
      unit: cell("unit"),
      parent: cell("parent"),
      position: cell("position"),
      reportsTo: cell("reportsTo"),
      headcount: cell("headcount"),
      band: unitMerge !== undefined && unitMerge === row.merges[positionIndex],
    });
  }
  return {
    file,
    ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
    headerLine: header.line,
    columns,
    records,
    columnOf: (field) => (cellColumns ? (columns[field]?.index ?? 0) + 1 : 1),
  };
}
