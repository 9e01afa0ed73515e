/** Text comparisons the rules share: the method compares wording, not typing (case, spaces, line breaks). */

/** Trimmed, whitespace runs collapsed: how a consultant's text is quoted back in a message. */
export function tidyText(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/**
 * A sentence ends at `.`, `!` or `?` followed by whitespace and a capital letter (Latin or Cyrillic, Ё
 * included); the end of the text ends the last one. Abbreviations before a lower-case word ("т. е. клиент",
 * "e.g. the") therefore do not split a sentence.
 */
const sentenceBoundary = /[.!?]+\s+(?=[A-ZА-ЯЁ])/g;

export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed === "") return 0;
  return (trimmed.match(sentenceBoundary)?.length ?? 0) + 1;
}
