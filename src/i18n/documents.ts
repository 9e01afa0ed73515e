import type { DocumentWords } from "./document-words.js";
import { en } from "./documents.en.js";
import { ru } from "./documents.ru.js";
import type { Lang } from "./lang.js";
import { EN_MONTHS } from "./months.js";

/**
 * Every fixed word of the generated documents, looked up by language. The words themselves live in
 * documents.ru.ts and documents.en.ts; `DocumentWords` (document-words.ts) makes a key missing in one of them a
 * compile error.
 */
export type { DocumentWords } from "./document-words.js";

const tables: Record<Lang, DocumentWords> = { ru, en };

export function documentWords(lang: Lang): DocumentWords {
  return tables[lang];
}

/**
 * `2026-12-01` → `01.12.2026` (ru) or `1 December 2026` (en). Computed from the string, never from the clock, so
 * builds stay reproducible; text that is not an ISO date is shown as written.
 */
export function formatDate(lang: Lang, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  const [year, month, day] = [m?.[1], m?.[2], m?.[3]];
  if (year === undefined || month === undefined || day === undefined) return value;
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return value;
  if (lang === "ru") return `${day}.${month}.${year}`;
  return `${Number(day)} ${EN_MONTHS[monthIndex]} ${year}`;
}

/**
 * A percent as each language writes it: `87,5 %` / `87.5%`; a dash when there was nothing to count. No locale API,
 * so the text is the same on every machine. The value comes from `percentOf` (src/model/percent.ts).
 */
export function formatPercent(lang: Lang, percent: number | null): string {
  if (percent === null) return "—";
  const text = Number.isInteger(percent) ? String(percent) : percent.toFixed(1);
  return lang === "ru" ? `${text.replace(".", ",")} %` : `${text}%`;
}
