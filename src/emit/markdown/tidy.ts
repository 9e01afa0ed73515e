/** A run of three or more line breaks (collapsed to one blank line), or the end of the text (given its final newline). */
const BLANK_RUN_OR_END = /\n{3,}|$/g;
const SPACE = /\s/;
/**
 * Spaces and tabs before a line break or the end — what `/[ \t]+$/gm` removes, but tried only where a run starts:
 * that one retried from every space of a long run inside a line, quadratic (100,000 spaces took 53 s).
 */
const TRAILING = /(?<![ \t])[ \t]+(?=[\n\r\u2028\u2029]|$)/g;

/**
 * Templates stay readable with blank lines around blocks; the output keeps at most one blank line, no spaces at the
 * ends of lines, and ends in one newline. The same as trimming spaces and tabs at line ends, collapsing
 * `\n{3,}`, trimming the text and adding `\n` — but the last step makes the document in one piece: appending the
 * newline to a trimmed text made a rope that its write then had to copy whole again.
 */
export function tidy(markdown: string): string {
  const text = markdown.replace(TRAILING, "");
  const start = text.search(/\S/);
  if (start < 0) return "\n";
  let end = text.length;
  while (SPACE.test(text.charAt(end - 1))) end--;
  return text.slice(start, end).replace(BLANK_RUN_OR_END, (run) => (run === "" ? "\n" : "\n\n"));
}
