/**
 * Consultant text on its way into WordprocessingML. The docx package escapes `&`, `<` and quotes, but XML 1.0
 * forbids most control characters outright (no escape exists), and lone surrogates make the file unreadable; both
 * are dropped here so no input can break a package.
 */

/** XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
function allowed(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

export function xmlSafe(text: string): string {
  let out = "";
  // Iterating a string yields code points: a well-formed surrogate pair is one, a lone surrogate stays 0xD800–0xDFFF.
  for (const char of text) if (allowed(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/** Lines of a text: a line break in a YAML block scalar becomes a line break in Word, not a lost space. */
export function linesOf(text: string): string[] {
  return xmlSafe(text).replace(/\r\n?/g, "\n").split("\n");
}
