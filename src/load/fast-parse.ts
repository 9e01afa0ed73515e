import jsyaml from "js-yaml";
import { nodesCloseOnTheirLine } from "./one-line-nodes.js";

/**
 * Where each node of a document starts, as offsets into the file's text, shaped like the data: a number for a
 * scalar, `{ o, m }` for a mapping (each key's own offset and its value's node), `{ o, s }` for a list. Plain data,
 * so that it crosses worker threads and sits in the cache as JSON; about as large as the document's data.
 */
export type PosNode = number | PosMap | PosSeq;
export interface PosMap {
  o: number;
  m: Record<string, [key: number, value: PosNode]>;
}
export interface PosSeq {
  o: number;
  s: PosNode[];
}

export function posOffset(node: PosNode): number {
  return typeof node === "number" ? node : node.o;
}

/**
 * One document read by the fast path: its data and, when the file was read node by node, where each node starts
 * (otherwise `positionTable` finds them when first asked).
 */
export interface FastDoc {
  data: Record<string, unknown>;
  positions?: PosNode;
}

/**
 * The `yaml` package's YAML 1.2 core schema, restated for js-yaml (whose default schema is YAML 1.1-flavoured:
 * timestamps become Dates, `0b1` is a number), so both parsers turn every plain scalar into the same value.
 */
const coreTypes = [
  scalarType("null", "~nN", [/^(?:~|[Nn]ull|NULL)?$/], () => null),
  scalarType("bool", "tTfF", [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/], (s) => s[0] === "t" || s[0] === "T"),
  scalarType("int", "0123456789+-", [/^0o[0-7]+$/, /^[-+]?[0-9]+$/, /^0x[0-9a-fA-F]+$/], (s) =>
    s.startsWith("0o")
      ? Number.parseInt(s.substring(2), 8)
      : s.startsWith("0x")
        ? Number.parseInt(s.substring(2), 16)
        : Number.parseInt(s, 10),
  ),
  scalarType(
    "float",
    "0123456789+-.",
    [
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    ],
    (s) =>
      /^[-+]?\.(?:inf|Inf|INF)$/.test(s)
        ? s[0] === "-"
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY
        : /^\.(?:nan|NaN|NAN)$/.test(s)
          ? Number.NaN
          : Number.parseFloat(s),
  ),
];

/**
 * js-yaml keeps one type per tag, so each tag's forms are tested together, in `yaml`'s order. Every plain scalar
 * of a file is offered to each type in turn, and most are words: a first character none of a type's forms can
 * start with (`starts`; the empty scalar is null's) rules the type out before any regular expression runs.
 */
function scalarType(
  name: string,
  starts: string,
  tests: readonly RegExp[],
  construct: (s: string) => unknown,
): jsyaml.Type {
  return new jsyaml.Type(`tag:yaml.org,2002:${name}`, {
    kind: "scalar",
    resolve: (data: string | null) => {
      const text = data ?? "";
      if (text.length > 0 && !starts.includes(text.charAt(0))) return false;
      for (const test of tests) if (test.test(text)) return true;
      return false;
    },
    construct: (data: string | null) => construct(data ?? ""),
  });
}

const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: coreTypes });

/**
 * What the fast path leaves to the `yaml` package, which reads them exactly as before: anchors, aliases and merge
 * keys (alias bombs, `<<`), tags (a bare `!` where a node starts too), directives and document end markers, a byte
 * order mark, a line break that is a lone CR (js-yaml takes it for one, `yaml` does not), and a line of 1,024
 * characters or more (`yaml` refuses an implicit key whose source is that long, however short its value). The test
 * is on the raw text, so a `&` or `*` inside a quoted string sends a file the slow way too — slower, never different.
 */
const NOT_FAST = /[&*!][^\s,\]}]|(?:^|[:,[{-])[ \t]*!(?=\s)|<<|^%|^\.\.\.|^\uFEFF|["'\]}]#|\r(?!\n)|^[^\n]{1024}/m;

/** A node js-yaml read as it was being opened and closed (its `listener` events). */
interface Frame {
  start: number;
  end: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

class Fallback extends Error {}

/** Keys longer than this go to `yaml`: escapes can make a key's source ten times its value. */
const LONG_KEY = 100;

/**
 * What only the node-by-node reading can judge, besides `NOT_FAST`: an explicit key (`? `), a key left empty
 * (`: value`), and `__proto__`, which js-yaml and `yaml` store differently.
 */
const NOT_PLAIN = /^[ \t]*(?:-[ \t]+)*[?:](?:[ \t]|$)|__proto__/m;

/**
 * Reads every document of a file with js-yaml — several times faster than building `yaml` Documents. Returns
 * undefined whenever the `yaml` package must decide: any error (its messages and recovery are procspec's), an
 * empty value or document, a document that is not a mapping, anything `NOT_FAST` names, or (in the node-by-node
 * reading) node events that do not line up with the data. So this path only ever reads well-formed plain files,
 * and reads them as `yaml` would (test/fast-parse.test.ts compares both on every file of the examples and
 * fixtures, value by value and position by position, and checks that every file read plainly is one the
 * node-by-node reading accepts).
 *
 * Most files need no position at all: a check reports a few places, and the model looks its lines up only when
 * read (`sourceAt`). So a file whose every quoted string and bracket closes on its own line is parsed plainly,
 * with no position kept; `positionTable` reads it again, node by node, if a position is ever asked for. Other
 * files are read node by node at once, as only that reading can tell whether `yaml` would accept them.
 */
export function fastParse(text: string): FastDoc[] | undefined {
  if (NOT_FAST.test(text)) return undefined;
  // What `plainParse` declines (an error, an empty value, a long or null key, a document that is not a mapping)
  // the node-by-node reading declines too, but for a key written `"null"` in quotes, which `yaml` reads as well:
  // such a file goes straight to `yaml`, not through a second js-yaml parse.
  if (!NOT_PLAIN.test(text) && nodesCloseOnTheirLine(text)) return plainParse(text);
  const read = readNodeByNode(text);
  return read?.documents.map((data, i) => ({ data, positions: read.positions[i] as PosNode }));
}

/** Where each node of each document of a text the fast path reads starts; undefined where `yaml` must tell. */
export function positionTable(text: string): PosNode[] | undefined {
  return NOT_FAST.test(text) ? undefined : readNodeByNode(text)?.positions;
}

function plainParse(text: string): FastDoc[] | undefined {
  let documents: unknown[];
  try {
    documents = jsyaml.loadAll(text, undefined, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (documents.length === 0) return undefined;
  const out: FastDoc[] = [];
  for (const data of documents) {
    if (!isRecord(data) || !plainData(data)) return undefined;
    out.push({ data });
  }
  return out;
}

/**
 * The data checks of `toPositions`, made without positions: no empty value, no key so long that `yaml` must
 * judge it, and no key js-yaml made of a null (`~: x`, `null: x`), which `yaml` reads otherwise.
 */
function plainData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== "object") return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!plainData(item)) return false;
    return true;
  }
  for (const key in value) {
    if (key.length > LONG_KEY || key === "null") return false;
    if (!plainData((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Reads a text with js-yaml's node events, checking that they line up with the data; undefined when not. */
function readNodeByNode(text: string): { documents: Record<string, unknown>[]; positions: PosNode[] } | undefined {
  const root: Frame = { start: 0, end: 0, kind: null, result: null, children: [] };
  const stack: Frame[] = [root];
  const listener = (event: "open" | "close", state: jsyaml.State): void => {
    if (event === "open") {
      stack.push({ start: state.position, end: 0, kind: null, result: null, children: [] });
      return;
    }
    const frame = stack.pop() as Frame;
    frame.end = state.position;
    frame.kind = state.kind;
    frame.result = state.result;
    (stack[stack.length - 1] as Frame).children.push(frame);
  };
  let documents: unknown[];
  try {
    documents = jsyaml.loadAll(text, undefined, { schema: CORE_SCHEMA, listener });
  } catch {
    return undefined;
  }
  if (documents.length === 0 || root.children.length !== documents.length) return undefined;
  try {
    const positions = documents.map((data, i) => {
      const frame = root.children[i] as Frame;
      if (!isRecord(data) || frame.result !== data) throw new Fallback();
      return toPositions(frame, text);
    });
    return { documents: documents as Record<string, unknown>[], positions };
  } catch (error) {
    if (error instanceof Fallback) return undefined;
    throw error;
  }
}

function toPositions(outer: Frame, text: string): PosNode {
  let frame = outer;
  // A flow collection where a block one could start (`- { a: b }`) is read as a would-be key, one frame deeper.
  while (frame.children.length === 1 && typeof frame.result === "object" && frame.children[0]?.result === frame.result)
    frame = frame.children[0];
  const o = contentStart(text, frame.start);
  const value = frame.result;
  if (value === null || value === undefined) throw new Fallback();
  // A quoted string or bracketed list over several lines: yaml checks the indentation of its lines, js-yaml
  // does not, so only yaml can say whether it is written right. (A block mapping whose first key is quoted starts
  // with a quote too, and is no quoted string.)
  const first = text.charCodeAt(o);
  const quoted = (first === 34 || first === 39) && typeof value === "string";
  const bracketed = (first === 91 || first === 123) && typeof value === "object";
  if ((quoted || bracketed) && spansLines(text, o, frame.end)) throw new Fallback();
  if (Array.isArray(value)) {
    const items = frame.children;
    if (items.length !== value.length) throw new Fallback();
    const s = items.map((item, i) => {
      if (!Object.is(item.result, value[i])) throw new Fallback();
      return toPositions(item, text);
    });
    return { o, s };
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    let children = frame.children;
    // A mapping ends where js-yaml tried to read one more key and found none (before `---`, say).
    if (children.length % 2 === 1 && children[children.length - 1]?.kind === null) children = children.slice(0, -1);
    const keys = Object.keys(record);
    if (children.length !== keys.length * 2) throw new Fallback();
    const m: Record<string, [number, PosNode]> = {};
    for (let i = 0; i < children.length; i += 2) {
      const keyFrame = children[i] as Frame;
      const valueFrame = children[i + 1] as Frame;
      const key = keyFrame.result;
      if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean") throw new Fallback();
      const name = String(key);
      // yaml refuses an implicit key over 1,024 characters of source; a long key is left for it to judge.
      if (
        name.length > LONG_KEY ||
        name === "__proto__" ||
        !Object.hasOwn(record, name) ||
        !Object.is(record[name], valueFrame.result)
      )
        throw new Fallback();
      m[name] = [contentStart(text, keyFrame.start), toPositions(valueFrame, text)];
    }
    return { o, m };
  }
  return o;
}

function spansLines(text: string, from: number, to: number): boolean {
  const newline = text.indexOf("\n", from);
  return newline !== -1 && newline < to;
}

/** js-yaml opens a node before the spaces, line breaks and comments that precede it; `yaml` points past them. */
function contentStart(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      const end = text.indexOf("\n", i);
      if (end === -1) return text.length;
      i = end + 1;
    } else return i;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
