import { BoundedMemo } from "./memo.js";

/**
 * Case- and space-insensitive key, so "Устройство  автомобиля" and "устройство автомобиля" are one entry. The
 * locale is fixed (Russian lower-casing is a superset of English for our texts), so the key never depends on the
 * machine's locale.
 */
export function sameText(text: string): string {
  return keys.get(text, () => text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("ru"));
}

/**
 * Keys already made: documents compare the same competencies, goals and functions again and again (a vacancy, the
 * competency matrix, a unit's regulation), and ICU's lower-casing of each was a measurable share of a large build.
 */
const keys = new BoundedMemo<string, string>(100_000);
