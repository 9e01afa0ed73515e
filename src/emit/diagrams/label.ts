/**
 * Consultant text made safe inside a Mermaid label. Every label is written in double quotes; inside them Mermaid
 * still reacts to `"`, to entity syntax (`#…;`), to markdown strings (a leading backtick), to `%%` comments and to
 * its own entity placeholders, and the flowchart lexer re-reads some sequences (`style…:…#…;`). So every character
 * that means something to Mermaid is written as a numeric entity (`#35;`), which Mermaid turns back into the
 * character in the SVG.
 */

/** Characters written as `#<code>;`. Letters, digits, spaces, Cyrillic and emoji pass unchanged. */
const SPECIAL = /["<>&#;`%[\]{}()|:\\=*_~^$@!'ﬂ°¶ß]/gu;

/** Longest label kept, in user-perceived characters; a longer one is cut and ends with «…». */
export const MAX_LABEL = 120;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Whitespace collapsed and the text cut to `max` graphemes, so an emoji or a letter with a mark is never split. */
export function shorten(text: string, max = MAX_LABEL): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  const parts = Array.from(graphemes.segment(flat), (s) => s.segment);
  if (parts.length <= max) return flat;
  return `${parts
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

/** The text escaped for Mermaid, without the surrounding quotes. */
export function escapeLabel(text: string): string {
  return shorten(text).replace(SPECIAL, (ch) => `#${ch.codePointAt(0)};`);
}

/** A complete quoted label: `"…"`. Lines are joined with `<br>`, which Mermaid draws as a line break. */
export function label(...lines: string[]): string {
  const kept = lines.map((line) => escapeLabel(line)).filter((line) => line !== "");
  return `"${kept.length > 0 ? kept.join("<br>") : " "}"`;
}
