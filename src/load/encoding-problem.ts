import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { type DecodeResult, positionAfter } from "./decode.js";

/**
 * What to tell a user whose file is not UTF-8 (a spreadsheet or editor saved it as Windows-1251 or «Unicode»):
 * which encoding it looks like, where the first bad byte is, and how to re-save it. Spec files, KPI facts and staff
 * lists all say it the same way.
 */
export function encodingProblem(
  decoded: Extract<DecodeResult, { ok: false }>,
  lang: Lang,
): { text: string; line: number; column: number } {
  const text = decoded.utf16
    ? message(lang, "file-utf16", { encoding: `UTF-16 ${decoded.utf16}` })
    : message(lang, "file-not-utf8", {
        byte: decoded.byte.toString(16).toUpperCase().padStart(2, "0"),
        hint: decoded.looksLikeCp1251 ? message(lang, "file-not-utf8.cp1251-hint") : "",
      });
  return { text, ...positionAfter(decoded.text) };
}
