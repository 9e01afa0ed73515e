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
 * fire. Always true for a document `yaml` read: its Document is there already. Most documents are decided without
 * their positions: a file without a `[` has no such list, nor has a document whose lists under those keys hold no
 * item `suspect` accepts (an item `candidate` may judge); only the rest are looked at as written.
 */
export function mayHoldFlowList(
  doc: SourceDoc,
  key: (name: string) => boolean,
  suspect: (item: unknown) => boolean,
  candidate: (list: WrittenList) => boolean,
): boolean {
  if (!(doc instanceof PositionedDoc)) return true;
  // The data first: a file known unchanged by the `--cache` is then read only for a document that holds a suspect.
  if (!holdsSuspect(doc.data, key, suspect)) return false;
  const text = doc.source.text;
  if (!text.includes("[")) return false;
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
  return visit(doc.data, positions);
}

function holdsSuspect(value: unknown, key: (name: string) => boolean, suspect: (item: unknown) => boolean): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => holdsSuspect(item, key, suspect));
  for (const name in value) {
    const item = (value as Record<string, unknown>)[name];
    if (Array.isArray(item) && key(name) && item.some(suspect)) return true;
    if (holdsSuspect(item, key, suspect)) return true;
  }
  return false;
}

function offsetOf(node: PosNode | undefined): number {
  return node === undefined ? -1 : typeof node === "number" ? node : node.o;
}
