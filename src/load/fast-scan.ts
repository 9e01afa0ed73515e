import type { PosNode } from "./fast-parse.js";
import { PositionedDoc, type SpecText } from "./positioned-doc.js";
import type { SourceDoc } from "./source.js";

/** A `[...]` list as written, as far as the fast path's table tells: its items and which of them are quoted. */
export interface WrittenList {
  items: ReadonlyArray<{ value: unknown; quoted: boolean }>;
}

/** What a rule about how a `[...]` list is written looks for, from the cheapest test to the dearest. */
export interface FlowListQuery {
  /** The keys whose lists it judges. */
  key: (name: string) => boolean;
  /**
   * A pattern the rest of a line from its `[` on matches wherever such a list is written (a file read fast has
   * each `[...]` on one line: one over two lines, or behind a tag, sends it to `yaml`). Only lines with a `[` are
   * tested: a whole-text search is dearer than the parse.
   */
  fromBracket: RegExp;
  /** An item such a list must hold (its value). */
  item: (value: unknown) => boolean;
  /** The list as written (quoted items), for a document that passed the three tests above. */
  list: (list: WrittenList) => boolean;
}

/**
 * Whether a document may hold a `[...]` list `query` is looking for — so that a rule about how a list is written
 * (which only `yaml`'s Document tells) parses only the documents where it may fire. Always true for a document
 * `yaml` read: its Document is there already. Most documents are decided without their positions: by the file's
 * text, then by the data (no list under those keys holds such an item); only the rest are looked at as written.
 */
export function mayHoldFlowList(doc: SourceDoc, query: FlowListQuery): boolean {
  if (!(doc instanceof PositionedDoc)) return true;
  // The text test is the cheaper (once per file), but a file the `--cache` knew unchanged by its metadata is not
  // read yet: the data decides first there, so that it is read only for a document that holds such an item.
  const dataFirst = !doc.source.isRead;
  if (dataFirst && !holdsItem(doc.data, query)) return false;
  if (!bracketLineMatches(doc.source, query.fromBracket)) return false;
  if (!dataFirst && !holdsItem(doc.data, query)) return false;
  const text = doc.source.text;
  const positions = doc.positions;
  if (positions === undefined) return true;
  const visit = (value: unknown, pos: PosNode): boolean => {
    if (typeof pos === "number" || typeof value !== "object" || value === null) return false;
    if ("s" in pos) {
      if (!Array.isArray(value)) return false;
      return value.some((item, i) => visit(item, pos.s[i] as PosNode));
    }
    for (const name in pos.m) {
      const child = (pos.m[name] as [number, PosNode])[1];
      const item = (value as Record<string, unknown>)[name];
      const flow = Array.isArray(item) && typeof child !== "number" && "s" in child && text.charCodeAt(child.o) === 91;
      if (flow && query.key(name)) {
        const items = item.map((v, i) => {
          const c = text.charCodeAt(offsetOf(child.s[i]));
          return { value: v, quoted: c === 34 || c === 39 };
        });
        if (query.list({ items })) return true;
      }
      if (visit(item, child)) return true;
    }
    return false;
  };
  return visit(doc.data, positions);
}

/** Per file, per pattern: the text test is of the whole file, and a file may hold hundreds of documents. */
const bracketLines = new WeakMap<SpecText, Map<RegExp, boolean>>();

function bracketLineMatches(source: SpecText, pattern: RegExp): boolean {
  let answers = bracketLines.get(source);
  if (!answers) {
    answers = new Map();
    bracketLines.set(source, answers);
  }
  const known = answers.get(pattern);
  if (known !== undefined) return known;
  const { text } = source;
  let found = false;
  for (let open = text.indexOf("["); open !== -1 && !found; ) {
    const newline = text.indexOf("\n", open);
    const end = newline === -1 ? text.length : newline;
    found = pattern.test(text.slice(open, end));
    open = text.indexOf("[", end);
  }
  answers.set(pattern, found);
  return found;
}

function holdsItem(value: unknown, query: FlowListQuery): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => holdsItem(item, query));
  for (const name in value) {
    const item = (value as Record<string, unknown>)[name];
    if (Array.isArray(item) && query.key(name) && item.some(query.item)) return true;
    if (holdsItem(item, query)) return true;
  }
  return false;
}

function offsetOf(node: PosNode | undefined): number {
  return node === undefined ? -1 : typeof node === "number" ? node : node.o;
}
