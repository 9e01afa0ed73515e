/**
 * Consultant text made safe inside a Mermaid label. Every label is written in double quotes. With plain SVG text
 * labels (no foreignObject) Mermaid 11 decodes only the XML entities `#lt;`, `#gt;`, `#amp;` — numeric ones such as
 * `#35;` show up literally (checked in the browser) — so those three are used, and every other trap is disarmed
 * with an invisible WORD JOINER (U+2060) that keeps the text as the reader sees it:
 * - `"` ends the label: it becomes a typographic quote (“ ”);
 * - `#word;` is Mermaid's entity syntax; `%%{…}%%` is a directive anywhere in the source; a leading backtick makes a
 *   markdown string; a literal `\n` is a line break; `style…:…#…;` and `classDef…` lines lose their last `;`;
 *   `ﬂ°`, `ﬂ°°` and `¶ß` are Mermaid's own entity placeholders.
 */
const JOIN = "\u2060";

/** Longest label kept, in user-perceived characters; a longer one is cut and ends with «…». */
export const MAX_LABEL = 120;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Whitespace collapsed and the text cut to `max` graphemes, so an emoji or a letter with a mark is never split. */
export function shorten(text: string, max = MAX_LABEL): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  // A grapheme is at least one UTF-16 unit, so a string no longer than `max` units needs no segmenting (most labels).
  if (flat.length <= max) return flat;
  const parts = Array.from(graphemes.segment(flat), (s) => s.segment);
  if (parts.length <= max) return flat;
  return `${parts
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

/** The text escaped for Mermaid, without the surrounding quotes. */
export function escapeLabel(text: string): string {
  const short = shorten(text);
  // Most labels hold none of the characters below: they are returned as they are, without eleven passes.
  if (!NEEDS_ESCAPE.test(short)) return short;
  let open = true;
  return short
    .replace(/#/g, `#${JOIN}`) // first, so the user's own `#` never meets the entities added next
    .replace(/&/g, "#amp;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/"/g, () => {
      const quote = open ? "“" : "”";
      open = !open;
      return quote;
    })
    .replace(/%(?=%)/g, `%${JOIN}`)
    .replace(/\\(?=[nN])/g, `\\${JOIN}`)
    .replace(/ﬂ(?=°)|¶(?=ß)/g, (ch) => `${ch}${JOIN}`)
    .replace(/^`/, `${JOIN}\``)
    .replace(
      /(st)(yle)|(class)(Def)/g,
      (_m, a?: string, b?: string, c?: string, d?: string) => `${a ?? c}${JOIN}${b ?? d}`,
    );
}

/** Anything one of the replacements in `escapeLabel` acts on. */
const NEEDS_ESCAPE = /[#&<>"%\\ﬂ¶`]|style|classDef/;

/** A complete quoted label: `"…"`. Lines are joined with `<br>`, which Mermaid draws as a line break. */
export function label(...lines: string[]): string {
  const kept = lines.map((line) => escapeLabel(line)).filter((line) => line !== "");
  return `"${kept.length > 0 ? kept.join("<br>") : " "}"`;
}

/**
 * A text broken into lines of about `width` characters at spaces (a word longer than that keeps its own line), so
 * a long name makes a box taller rather than the whole map wider.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of shorten(text).split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
