/**
 * Markdown escaping of text written by the consultant (docs/documents.md: no input can break a document). Anything that
 * Markdown or HTML could read as markup is neutralised: HTML becomes entities, inline markup characters get a
 * backslash, and what would start a block at the beginning of a line (heading, list, quote, fence, setext
 * underline) is escaped there.
 */

/** Characters with an inline meaning in CommonMark/GFM (emphasis, code, links, tables, strikethrough, headings). */
const INLINE = /[\\`*_[\]|~#]/g;
/** Everything `escapeChars` touches: most consultant text has none of it and is returned as it is, unscanned again. */
const SPECIAL = /[&<>\\`*_[\]|~#]/;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

function escapeChars(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c).replace(INLINE, (c) => `\\${c}`);
}

/**
 * A line that would open a block: a `-`/`+` list marker, a line of dashes (thematic break or setext underline), a
 * line of `=` (setext underline), `1.`/`1)` (ordered list). `#`, `>`, `` ` ``, `~`, `*`, `_` are escaped everywhere
 * already. Only real markers are escaped, so "3.2 Приём" and "-20 °C" stay as written.
 */
function escapeLineStart(line: string): string {
  // Every marker below starts with one of `-`, `+`, `=` or a digit: any other line is returned without a regex.
  const first = line.charCodeAt(0);
  if (!(first === 0x2d || first === 0x2b || first === 0x3d || (first >= 0x30 && first <= 0x39))) return line;
  if (/^[-+](\s|$)/.test(line) || /^-[-\s]*$/.test(line) || /^=+\s*$/.test(line)) return `\\${line}`;
  return line.replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}

/** Text that needs no splitting: one line, no tab, nothing to trim — nearly every name, goal and function. */
const MULTILINE_OR_PADDED = /[\r\n\t]|^\s|\s$/;

function lines(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\t/g, " ").trim())
    .filter((line) => line !== "");
}

/** The text on one line: its lines trimmed and joined by spaces (a text that is one line already, as it is). */
function flat(text: string): string {
  return MULTILINE_OR_PADDED.test(text) ? lines(text).join(" ") : text;
}

/** One line of text that may start a line: headings, header fields, table-free labels. Line breaks become spaces. */
export function escapeInline(text: string): string {
  return escapeLineStart(escapeChars(flat(text)));
}

/** Link text: inside `[…]` nothing opens a block, so only characters are escaped. */
export function escapeLinkText(text: string): string {
  return escapeChars(flat(text));
}

/**
 * A paragraph or list item; line breaks are kept as soft breaks, blank lines dropped so the text cannot leave the
 * paragraph or list item it is in.
 */
export function escapeText(text: string): string {
  // One line (nearly every text) needs no array of lines.
  if (!MULTILINE_OR_PADDED.test(text)) return escapeLineStart(escapeChars(text));
  return lines(text)
    .map((line) => escapeLineStart(escapeChars(line)))
    .join("\n");
}

/** A table cell: everything of `escapeInline`, pipes escaped, line breaks as `<br>` so the row stays one line. */
export function escapeCell(text: string): string {
  if (!MULTILINE_OR_PADDED.test(text)) return escapeChars(text);
  return lines(text)
    .map((line) => escapeChars(line))
    .join("<br>");
}

/** A code span that survives backticks inside: the fence is one backtick longer than the longest run. */
export function codeSpan(text: string): string {
  const line = flat(text);
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** A fenced code block (Mermaid): the fence is longer than any backtick run inside, so the source cannot close it. */
export function fencedBlock(info: string, source: string): string {
  const longest = Math.max(0, ...(source.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${source.replace(/\r\n?/g, "\n").replace(/\n+$/, "")}\n${fence}`;
}
