/**
 * Whether every quoted scalar and every `[...]`/`{...}` of a text closes on the line it opens on, no flow
 * collection is a key (at any depth: `{[a]: b}` too), and no `[...]` holds a `key: value` pair or a `? ` key — what
 * a plain js-yaml parse cannot vouch for: `yaml` checks the indentation of a quoted string's or a bracketed list's
 * further lines (js-yaml does not), turns a collection key into text its own way, and a pair inside a list is a
 * mapping js-yaml reports no node for. A text this says no to is read by the path that looks at every node, so the
 * answer may be "no" too often (a line of a block scalar that opens a quote it does not close), never "yes"
 * wrongly.
 */
export function nodesCloseOnTheirLine(text: string): boolean {
  const opener = /["'[{]/g;
  for (let found = opener.exec(text); found !== null; found = opener.exec(text)) {
    const start = text.lastIndexOf("\n", found.index) + 1;
    const newline = text.indexOf("\n", found.index);
    const end = newline === -1 ? text.length : newline;
    if (!lineCloses(text, start, end)) return false;
    opener.lastIndex = end;
  }
  return true;
}

const SPACE = 32;
const TAB = 9;
const DOUBLE = 34;
const SINGLE = 39;
const BACKSLASH = 92;
const HASH = 35;
const COLON = 58;
const QUESTION = 63;
/** After these (or at the start of a line) a node may begin: `- `, `key: `, `? `, and inside `[`, `{` after `,`. */
const NODE_BEFORE = new Set([SPACE, 45 /* - */, COLON, 44 /* , */, 91 /* [ */, 123 /* { */, QUESTION]);

function lineCloses(text: string, from: number, to: number): boolean {
  // The open brackets, innermost last: `[` or `{`.
  const open: number[] = [];
  // The last character that was not a space; a space stands for the start of the line.
  let previous = SPACE;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if ((c === DOUBLE || c === SINGLE) && NODE_BEFORE.has(previous)) {
      const close = closingQuote(text, i, to);
      if (close === -1) return false;
      i = close + 1;
      previous = c;
      continue;
    }
    const inFlow = open.length > 0;
    if ((c === 91 || c === 123) && (inFlow || NODE_BEFORE.has(previous))) open.push(c);
    else if ((c === 93 || c === 125) && inFlow) {
      open.pop();
      // `[a, b]: c`, `{[a]: b}` — a collection as a key.
      if (text.charCodeAt(skipSpaces(text, i + 1, to)) === COLON) return false;
    } else if (
      inFlow &&
      (c === COLON || c === QUESTION) &&
      (isSpaceOrEnd(text, i + 1, to) || afterQuote(c, previous))
    ) {
      // `[a, b: c]` or `["a":b]` (a pair in a list), or `{ ? a : b }` (an explicit key).
      if (c === QUESTION || open[open.length - 1] === 91) return false;
    } else if (c === HASH && (i === from || isSpace(text.charCodeAt(i - 1)))) break;
    if (!isSpace(c)) previous = c;
    i++;
  }
  return open.length === 0;
}

/** `"a":b` — after a quoted key, a colon needs no space to make a pair. */
function afterQuote(c: number, previous: number): boolean {
  return c === COLON && (previous === DOUBLE || previous === SINGLE);
}

function isSpaceOrEnd(text: string, i: number, to: number): boolean {
  return i >= to || isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 13;
}

/** The index of the quote that closes the one at `open` on this line, or -1. */
function closingQuote(text: string, open: number, to: number): number {
  const quote = text.charCodeAt(open);
  for (let j = open + 1; j < to; j++) {
    const c = text.charCodeAt(j);
    if (quote === DOUBLE && c === BACKSLASH) j++;
    else if (c === quote) {
      // `''` inside single quotes is one quote.
      if (quote === SINGLE && text.charCodeAt(j + 1) === SINGLE) j++;
      else return j;
    }
  }
  return -1;
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB;
}
