/**
 * Reading a CSV that people export from a spreadsheet or a CRM: UTF-8 with or without a BOM, `,` or `;` between
 * fields (Excel in a Russian locale writes `;`), quoted fields with delimiters and line breaks inside. Every row
 * keeps its line in the file, so a mistake in it becomes a diagnostic with file and line. Shared by every CSV
 * input (the facts of `procspec kpi`, ratings).
 */

import type { CsvError } from "csv-parse/sync";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { csvLib } from "./libraries.js";

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  /** Cells by lower-cased column name, trimmed. */
  cells: Record<string, string>;
  /** How many fields the row has: more than the header's columns means a field lost its quotes. */
  fields: number;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  diagnostics: Diagnostic[];
}

/** `;` when the header line has more of them than commas (outside quotes), else `,`. */
export function detectDelimiter(text: string, comments = false): "," | ";" {
  const lines = text.split(/\r?\n/);
  const firstLine = (comments ? lines.find((l) => !l.trimStart().startsWith("#")) : lines[0]) ?? "";
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  const count = (c: string) => unquoted.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

export interface CsvOptions {
  /**
   * A line starting with `#` is a comment: people keep a row they are unsure of, or a note, in the file. Only whole
   * lines — a `#` inside a field («заказ #12») stays text.
   */
  comments?: boolean;
}

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  /** The fields as written, trimmed. */
  fields: string[];
}

/**
 * Every record of `text` with its line, the header not singled out: for a file whose header is not on line 1 (a
 * spreadsheet saved with a title above the table). A syntax error comes back as a diagnostic; the records read
 * before it are kept.
 */
export function readCsvRecords(
  text: string,
  file: string,
  lang: Lang,
  options: CsvOptions = {},
): { records: CsvRecord[]; diagnostics: Diagnostic[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const diagnostics: Diagnostic[] = [];
  let parsed: Array<{ record: string[]; info: { lines: number } }> = [];
  const { CsvError: CsvErrorClass, parse } = csvLib();
  try {
    parsed = parse(source, {
      delimiter: detectDelimiter(source, options.comments ?? false),
      ...(options.comments ? { comment: "#", comment_no_infix: true } : {}),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    if (!(error instanceof CsvErrorClass)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    diagnostics.push({
      code: "csv-syntax",
      severity: "error",
      message: message(lang, "csv-syntax", { detail: error.message }),
      file,
      line,
      column: 1,
      pointer: "",
    });
  }
  // `info.lines` is the line the record ends on; a quoted line break makes a record span several lines.
  const startLine = (record: string[], endLine: number) =>
    endLine - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0);
  const records = parsed.map(({ record, info }) => ({
    line: startLine(record, info.lines),
    fields: record.map((c) => c.trim()),
  }));
  return { records, diagnostics };
}

/**
 * Parses `text` (the content of `file`, relative to the project) and checks the header names `required` columns.
 * Problems come back as diagnostics; the rows read before a syntax error are kept.
 */
export function readCsv(
  text: string,
  file: string,
  required: readonly string[],
  lang: Lang,
  options: CsvOptions = {},
): CsvTable {
  const { records, diagnostics } = readCsvRecords(text, file, lang, options);
  const [head, ...body] = records;
  const columns = (head?.fields ?? []).map((c) => c.toLowerCase());
  const missing = required.filter((c) => !columns.includes(c));
  // A syntax error leaves no records at all: the header is not missing, the file is unreadable, said once.
  if (!head && diagnostics.length > 0) return { columns, rows: [], diagnostics };
  if (missing.length > 0) {
    diagnostics.push({
      code: "csv-header",
      severity: "error",
      message: message(lang, "csv-header", { columns: required.join(", "), missing: missing.join(", ") }),
      file,
      line: head?.line ?? 1,
      column: 1,
      pointer: "",
    });
    return { columns, rows: [], diagnostics };
  }
  const rows = body.map(({ line, fields }) => ({
    line,
    cells: Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? ""])),
    fields: fields.length,
  }));
  return { columns, rows, diagnostics };
}
