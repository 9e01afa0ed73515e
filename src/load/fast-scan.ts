import type { PosNode } from "./fast-parse.js";
import { PositionedDoc } from "./positioned-doc.js";
import type { SourceDoc } from "./source.js";

/** A `[...]` list as written, as far as the fast path's table tells: its items and which of them are quoted. */
export interface WrittenList {
  items: ReadonlyArray<{ value: unknown; quoted: boolean }>;
}

/**
 * Whether a document may hold a `[...]` list under one of the keys `key` accepts that `candidate` accepts — so that
 * a rule about how a list is written (which only `yaml`'s Document tells) parses only the documents where it may
 * fire. Always true for a document `yaml` read: its Document is there already. A file without a `[` has no such
 * list, and a block list is passed over without looking at its items: most files are decided at once.
 */
export function mayHoldFlowList(
  doc: SourceDoc,
  key: (name: string) => boolean,
  candidate: (list: WrittenList) => boolean,
): boolean {
  if (!(doc instanceof PositionedDoc)) return true;
  const text = doc.source.text;
  if (!text.includes("[")) return false;
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
      if (flow && key(name)) {
        const items = item.map((v, i) => {
          const c = text.charCodeAt(offsetOf(child.s[i]));
          return { value: v, quoted: c === 34 || c === 39 };
        });
        if (candidate({ items })) return true;
      }
      if (visit(item, child)) return true;
    }
    return false;
  };
  return visit(doc.data, doc.positions);
}

function offsetOf(node: PosNode | undefined): number {
  return node === undefined ? -1 : typeof node === "number" ? node : node.o;
}
