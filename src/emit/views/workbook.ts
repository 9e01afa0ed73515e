import type { Lang } from "../../i18n/lang.js";
import type { SparseMatrix } from "./participation-matrix.js";

/**
 * A spreadsheet as a view: what `--format xlsx` writes. Sheets hold finished, localized text like every other view;
 * the xlsx renderer adds the spreadsheet's own furniture (frozen header and first column, filters, fitted widths).
 * A document that HR or finance work with in Excel adds a sheet builder to `workbookViews` (./workbooks.ts) and
 * stays a renderer-independent view.
 */
export interface SheetView {
  /** The tab's name: at most 31 characters, unique in its workbook (Excel's limits). */
  name: string;
  columns: string[];
  rows: SheetRow[];
  /** Columns from this index on hold short marks: narrow, centred, with the header turned upright. */
  marksFrom?: number;
  /** Columns kept in view when scrolling sideways (default 1: the row's name). */
  frozenColumns?: number;
}

/** A row: one text or number per column (a list is written one item a line). */
export type SheetRow = (string | number | readonly string[])[];

export interface WorkbookView {
  /** Output path without extension, from `outputPaths`. */
  path: string;
  lang: Lang;
  title: string;
  sheets: SheetView[];
}

/** Excel refuses a tab name over 31 characters or with any of `: \ / ? * [ ]`. */
export function sheetName(text: string): string {
  return (
    text
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet"
  );
}

/**
 * A sparse matrix as a sheet: the row's name, its group when it has one (the kind of competency), then one column per
 * position with its number and name. This is where the full grid is filled in, on request of `--format xlsx` only.
 */
export function matrixSheet(name: string, matrix: SparseMatrix, groupColumn?: string): SheetView {
  const lead = groupColumn !== undefined ? [groupColumn, matrix.corner] : [matrix.corner];
  return {
    name: sheetName(name),
    columns: [...lead, ...matrix.columns.map((c) => `${c.number}. ${c.name}`)],
    rows: matrix.rows.map((row) => {
      const cells: string[] = Array.from({ length: matrix.columns.length }, () => "");
      for (const [column, text] of row.marks) cells[column] = text;
      return [...(groupColumn !== undefined ? [row.group ?? ""] : []), row.label, ...cells];
    }),
    marksFrom: lead.length,
    frozenColumns: lead.length,
  };
}
