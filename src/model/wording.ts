/**
 * How close two Russian (or English) statements are in meaning, for suggesting which of a position's functions
 * covers a labour action of a professional standard. Words are reduced to stems (Snowball), so «диагностику» and
 * «диагностики» agree; a verb and its action noun («выполняет» / «выполнение») agree by a long shared start of
 * their stems; words frequent across everything compared weigh less (inverse document frequency), so
 * «автомобиль» in every line does not make every line alike. The score is a weighted Dice coefficient, 0…1.
 */

import type { Lang } from "../i18n/lang.js";
import { newStemmer } from "../load/libraries.js";
import { BoundedMemo } from "./memo.js";

let stemmers: Record<Lang, ReturnType<typeof newStemmer>> | undefined;

/** Function words that carry no duty: prepositions, conjunctions, pronouns. */
const STOP = new Set(
  (
    "и в во на с со по при для из к ко о об от до за над под без или а но не ни же ли его ее их он она они " +
    "это этот эта эти тот та те все всех весь как так что чтобы также том том числе а также " +
    "the a an and or of to in on for with by at from as is are be its their"
  ).split(" "),
);

/** Shared start of two stems long enough to call them one word in two parts of speech. */
const SHARED_START = 5;

/**
 * Stems already found, per language: a document set stems the same few thousand words over and over, and Snowball
 * is slow. Bounded, so a long-running language server does not grow it without end.
 */
const KNOWN_MAX = 100_000;
const known = { ru: new BoundedMemo<string, string>(KNOWN_MAX), en: new BoundedMemo<string, string>(KNOWN_MAX) };

function stemOf(word: string, lang: Lang): string {
  return known[lang].get(word, () => {
    stemmers ??= { ru: newStemmer("russian"), en: newStemmer("english") };
    return stemmers[lang].stem(word);
  });
}

/** The content words of a statement as stems, in order, without repeats. */
export function stems(text: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const word of text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || STOP.has(word)) continue;
    const stem = stemOf(word, lang);
    if (!out.includes(stem)) out.push(stem);
  }
  return out;
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= SHARED_START;
}

/** Inverse document frequency of each stem over the statements compared together. */
export function stemWeights(statements: ReadonlyArray<readonly string[]>): (stem: string) => number {
  const count = new Map<string, number>();
  for (const statement of statements) for (const stem of statement) count.set(stem, (count.get(stem) ?? 0) + 1);
  const n = statements.length;
  return (stem) => Math.log(1 + n / (count.get(stem) ?? 1));
}

/** Weighted Dice coefficient of two stemmed statements: 1 when every word has a counterpart, 0 when none has. */
export function similarity(a: readonly string[], b: readonly string[], weight: (stem: string) => number): number {
  let matched = 0;
  let total = 0;
  for (const s of a) {
    total += weight(s);
    if (b.some((t) => sameWord(s, t))) matched += weight(s);
  }
  for (const t of b) {
    total += weight(t);
    if (a.some((s) => sameWord(s, t))) matched += weight(t);
  }
  return total === 0 ? 0 : matched / total;
}
