/**
 * Consultant text on its way into WordprocessingML. The docx package escapes `&`, `<` and quotes, but XML 1.0
 * forbids most control characters outright (no escape exists), and lone surrogates make the file unreadable; both
 * are dropped here so no input can break a package.
 */

// Allowed: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and well-formed surrogate pairs.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/** Lines of a text: a line break in a YAML block scalar becomes a line break in Word, not a lost space. */
export function linesOf(text: string): string[] {
  return xmlSafe(text).replace(/\r\n?/g, "\n").split("\n");
}
