import { readFileSync } from "node:fs";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { readCsv } from "./csv.js";
import { decodeUtf8, positionAfter } from "./decode.js";

/** One row of the facts file: the actual value of a KPI of a position for a period, as written. */
export interface KpiFact {
  position: string;
  kpi: string;
  period: string;
  value: string;
  /** 1-based line in the CSV file. */
  line: number;
}

export const FACT_COLUMNS = ["position", "kpi", "period", "value"] as const;

/** Reads `position,kpi,period,value` rows; `file` is how diagnostics name the CSV. */
export function readKpiFacts(path: string, file: string, lang: Lang): { facts: KpiFact[]; diagnostics: Diagnostic[] } {
  const decoded = decodeUtf8(readFileSync(path));
  if (!decoded.ok) {
    // A spreadsheet saved as Windows-1251 or «Unicode»: say which, where, and how to re-save it.
    const { line, column } = positionAfter(decoded.text);
    const text = decoded.utf16
      ? message(lang, "file-utf16", { encoding: `UTF-16 ${decoded.utf16}` })
      : message(lang, "file-not-utf8", {
          byte: decoded.byte.toString(16).toUpperCase().padStart(2, "0"),
          hint: decoded.looksLikeCp1251 ? message(lang, "file-not-utf8.cp1251-hint") : "",
        });
    return {
      facts: [],
      diagnostics: [{ code: "file-encoding", severity: "error", message: text, file, line, column, pointer: "" }],
    };
  }
  const table = readCsv(decoded.text, file, FACT_COLUMNS, lang);
  const facts = table.rows.map((row) => ({
    position: row.cells.position ?? "",
    kpi: row.cells.kpi ?? "",
    period: row.cells.period ?? "",
    value: row.cells.value ?? "",
    line: row.line,
  }));
  return { facts, diagnostics: table.diagnostics };
}
