import MiniSearch from "minisearch";
import snowball from "snowball-stemmers";

/** One searchable page: its title, what it is (process, position…), its path in the site and its plain text. */
export interface SearchEntry {
  path: string;
  title: string;
  kind: string;
  text: string;
}

/**
 * How queries are run; the browser reads the same object from the index file, so the two sides cannot drift.
 * Words are matched by stem (see `stemTerm`), the last one also as a prefix while it is being typed.
 */
export const SEARCH_OPTIONS = {
  fields: ["title", "text"],
  storeFields: ["title", "kind", "path"],
  searchOptions: { boost: { title: 4 }, prefix: true, combineWith: "AND" },
} as const;

const stemmers = { ru: snowball.newStemmer("russian"), en: snowball.newStemmer("english") };

/**
 * A word as the index keeps it: lower case, «ё» as «е», reduced to its Snowball stem (Russian for Cyrillic words,
 * English for Latin ones), so «бухгалтера» and «бухгалтер» are one term. The browser runs the same function on the
 * query, written out in `assets.ts` — a change here must be made there too (the browser test searches word forms).
 */
export function stemTerm(term: string): string {
  const word = term.toLowerCase().replace(/ё/g, "е");
  if (/[а-я]/.test(word)) return stemmers.ru.stem(word);
  if (/^[a-z]+$/.test(word)) return stemmers.en.stem(word);
  return word;
}

/** The index as a script (`file://` pages may not fetch, but may load a script): sets `window.PROCSPEC_SEARCH`. */
export function searchIndexScript(entries: readonly SearchEntry[]): string {
  const search = new MiniSearch<SearchEntry & { id: number }>({
    fields: [...SEARCH_OPTIONS.fields],
    storeFields: [...SEARCH_OPTIONS.storeFields],
    processTerm: stemTerm,
  });
  search.addAll(entries.map((entry, id) => ({ ...entry, id })));
  const data = { options: SEARCH_OPTIONS, index: search.toJSON() };
  return `window.PROCSPEC_SEARCH = ${JSON.stringify(data)};\n`;
}

/** The same search in Node, for tests and for anyone checking what the site would find. */
export function searchEntries(
  entries: readonly SearchEntry[],
  query: string,
): { path: string; title: string; score: number }[] {
  const search = new MiniSearch<SearchEntry & { id: number }>({
    fields: [...SEARCH_OPTIONS.fields],
    storeFields: [...SEARCH_OPTIONS.storeFields],
    processTerm: stemTerm,
    searchOptions: { ...SEARCH_OPTIONS.searchOptions, boost: { ...SEARCH_OPTIONS.searchOptions.boost } },
  });
  search.addAll(entries.map((entry, id) => ({ ...entry, id })));
  return search.search(query).map((r) => ({ path: String(r.path), title: String(r.title), score: r.score }));
}
