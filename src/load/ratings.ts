/**
 * Ratings between units (docs/ratings.md): CSV files under `ratings/`, as a form or a CRM exports them — one row per
 * rating, `date,rater,rated,process,score,comment`. Rows are kept as written, with their file and line; what they
 * mean (a date, a score, known ids) is checked by the `ratings-*` rules and read by the model.
 */

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { readCsv } from "./csv.js";

export interface RatingRow {
  /** Project-relative CSV path. */
  file: string;
  /** 1-based line of the row. */
  line: number;
  date: string;
  rater: string;
  rated: string;
  /** Empty when the row rates the pair as a whole. */
  process: string;
  score: string;
  comment: string;
}

export const RATING_COLUMNS = ["date", "rater", "rated", "score"] as const;

/** Where a project keeps its ratings. */
export const RATINGS_GLOB = "ratings/**/*.csv";
export const isRatingsFile = (path: string): boolean => /^ratings\/.+\.csv$/i.test(path);

/** The rows of one ratings file (already decoded); `process` and `comment` may be absent from the header. */
export function readRatings(text: string, file: string, lang: Lang): { rows: RatingRow[]; diagnostics: Diagnostic[] } {
  const table = readCsv(text, file, RATING_COLUMNS, lang, { comments: true });
  const diagnostics = [...table.diagnostics];
  // A comment with an unquoted comma spills into a column of its own: say so rather than keep half of it.
  const whole = table.rows.filter((row) => {
    if (row.fields <= table.columns.length) return true;
    diagnostics.push({
      code: "csv-columns",
      severity: "error",
      message: message(lang, "csv-columns", { fields: row.fields, columns: table.columns.length }),
      file,
      line: row.line,
      column: 1,
      pointer: "",
    });
    return false;
  });
  const rows = whole.map(
    ({ line, cells }): RatingRow => ({
      file,
      line,
      date: cells.date ?? "",
      rater: cells.rater ?? "",
      rated: cells.rated ?? "",
      process: cells.process ?? "",
      score: cells.score ?? "",
      comment: cells.comment ?? "",
    }),
  );
  return { rows, diagnostics };
}
