/**
 * Reading the numbers in a KPI's target and threshold. Consultants write them as business text — «не менее 95 %»,
 * «≥ 4,5 из 5», «не более 2 жалоб в месяц», «9 000 руб.» — so the first number is the value and the words before it
 * say which way is better. No locale API: the result is the same on every machine.
 */

export interface KpiValue {
  value: number;
  /** «не более», «≤», «at most»…: a smaller value is better (complaints, lead time). */
  lowerIsBetter: boolean;
}

// Digits in groups of three with a (narrow) space are one number: «9 000» is nine thousand.
const NUMBER = /[-−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|[-−]?\d+(?:[.,]\d+)?/u;
const HIGHER = /(≥|>|не\s+менее|не\s+ниже|не\s+меньше|минимум|at\s+least|no\s+less|not\s+less|min)/iu;
const LOWER =
  /(≤|<|не\s+более|не\s+выше|не\s+больше|не\s+превыш|менее|меньше|ниже|до\b|максимум|at\s+most|no\s+more|not\s+more|less|fewer|under|below|up\s+to|max)/iu;

/** The number a text holds and its direction; undefined when there is no number. */
export function parseKpiValue(text: string | undefined): KpiValue | undefined {
  if (text === undefined) return undefined;
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const value = parseNumber(match[0]);
  if (value === undefined) return undefined;
  const before = text.slice(0, match.index);
  // «не менее» holds «менее»: the words that say "at least" are looked for first.
  return { value, lowerIsBetter: !HIGHER.test(before) && LOWER.test(before) };
}

/**
 * A number as people type it in a CSV or a spec: `4,7`, `4.7`, `9 000`, `95 %`, `−3`. Undefined for anything else
 * (`abc`, `4,7,1`, empty).
 */
export function parseNumber(text: string): number | undefined {
  const t = text
    .trim()
    .replace(/\s*%$/u, "")
    .replace(/[ \u00a0\u202f]/gu, "")
    .replace(/^−/u, "-");
  if (!/^-?\d+(?:[.,]\d+)?$/u.test(t)) return undefined;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}
