import { readFileSync } from "node:fs";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { readCsv } from "./csv.js";
import { decodeUtf8 } from "./decode.js";
import { encodingProblem } from "./encoding-problem.js";

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
    const { text, line, column } = encodingProblem(decoded, lang);
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
