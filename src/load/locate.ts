import type { Node, Pair } from "yaml";
import { type PosNode, posOffset } from "./fast-parse.js";
import { yamlLib } from "./libraries.js";
import type { SourceDoc, SourceRef } from "./source.js";

export interface Position {
  line: number;
  column: number;
}

/** Splits a JSON pointer (`/clients/0/goals`) into segments, undoing `~1` and `~0`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  const segments = pointer.slice(1).split("/");
  // Ids and keys never hold `~`: decode only when there is something to decode (locate runs for every element).
  if (!pointer.includes("~")) return segments;
  return segments.map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function joinPointer(base: string, ...segments: Array<string | number>): string {
  return base + segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/**
 * Maps a JSON pointer inside a document to a 1-based line and column. Points at the value, or at the key
 * when `at` is "key" (unknown keys) or the value is empty. When the pointer names a node that does not
 * exist (a missing property), the deepest existing node on the way is used — never line 1 by default.
 */
export function locate(doc: SourceDoc, pointer: string, at: "value" | "key" = "value"): Position {
  if (doc.positions !== undefined) {
    const found = walkPositions(doc.positions, pointer);
    const offset = at === "key" && found.key !== undefined ? found.key : posOffset(found.best);
    return positionAt(doc, offset);
  }
  const found = walk(doc, pointer);
  const target = at === "key" && found.keyNode ? found.keyNode : found.best;
  return positionAt(doc, target?.range?.[0] ?? firstContentOffset(doc));
}

/**
 * The source of the node at `pointer`, its line looked up when first read. The model gives every value it reads a
 * source, and a check reads a handful of them (the ones it reports), so walking to all of them up front was a
 * third of compiling the model. The document is held privately: the object shows only `file`, `doc`, `pointer`
 * and `line`, as a plain SourceRef would.
 */
export function sourceAt(doc: SourceDoc, pointer: string): SourceRef {
  return new LazySource(doc, pointer);
}

class LazySource implements SourceRef {
  readonly file: string;
  readonly doc: number;
  #from: SourceDoc | undefined;
  #line = 0;

  constructor(
    from: SourceDoc,
    readonly pointer: string,
  ) {
    this.file = from.file;
    this.doc = from.index;
    this.#from = from;
  }

  get line(): number {
    if (this.#from !== undefined) {
      this.#line = locate(this.#from, this.pointer).line;
      this.#from = undefined;
    }
    return this.#line;
  }

  /**
   * As JSON (model.json, comparisons), the line is a value like the other three. A structured copy (another
   * thread) or a spread would lose it: the model is never sent to one, and a SourceRef is never spread.
   */
  toJSON(): SourceRef {
    return { file: this.file, line: this.line, doc: this.doc, pointer: this.pointer };
  }
}

function positionAt(doc: SourceDoc, offset: number): Position {
  const pos = doc.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The node a pointer names (`complete`) or, when it does not exist, the deepest node on the way (`best`). */
function walk(doc: SourceDoc, pointer: string): { node: unknown; keyNode?: Node; best?: Node; complete: boolean } {
  const { isAlias, isMap, isSeq } = yamlLib();
  let node: unknown = doc.yaml.contents;
  let keyNode: Node | undefined;
  let best: Node | undefined = isNode(node) ? node : undefined;
  for (const segment of parsePointer(pointer)) {
    if (isAlias(node)) node = node.resolve(doc.yaml);
    if (isMap(node)) {
      const pair = findPair(node.items, segment, doc);
      if (!pair) return { node, keyNode, best, complete: false };
      keyNode = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
      best = isNode(node) ? node : keyNode;
      if (!isNode(node)) return { node, keyNode, best, complete: false };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!isNode(item)) return { node, keyNode, best, complete: false };
      keyNode = undefined;
      node = item;
      best = item;
    } else {
      return { node, keyNode, best, complete: false };
    }
  }
  return { node, keyNode, best, complete: true };
}

/**
 * `walk` over the fast path's position table: the node a pointer names, or the deepest one on the way, and the
 * offset of the last key passed. The table has no aliases or merge keys (those files are read by `yaml`).
 */
function walkPositions(root: PosNode, pointer: string): { best: PosNode; key?: number; complete: boolean } {
  let node = root;
  let key: number | undefined;
  for (const segment of parsePointer(pointer)) {
    if (typeof node === "number") return { best: node, complete: false, ...(key !== undefined ? { key } : {}) };
    if ("m" in node) {
      const pair = Object.hasOwn(node.m, segment) ? node.m[segment] : undefined;
      if (!pair) return { best: node, complete: false, ...(key !== undefined ? { key } : {}) };
      key = pair[0];
      node = pair[1];
    } else {
      const item = node.s[Number(segment)];
      if (item === undefined) return { best: node, complete: false, ...(key !== undefined ? { key } : {}) };
      key = undefined;
      node = item;
    }
  }
  return { best: node, complete: true, ...(key !== undefined ? { key } : {}) };
}

function isNode(value: unknown): value is Node {
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}

/**
 * The first pair whose key is `segment`, in document order (as a duplicate key would be read). A key the map
 * does not write itself may come from a merge (`<<: *base` or `<<: [*a, *b]`): it is found in the merged
 * mapping, where the user wrote it; a key written in the map overrides the merge and is found first.
 */
function findPair(items: readonly unknown[], segment: string, doc: SourceDoc, depth = 0): Pair | undefined {
  const { isAlias, isMap, isPair, isSeq } = yamlLib();
  for (const p of items) if (isPair(p) && keyMatches(p.key, segment)) return p;
  if (depth > 10) return undefined;
  for (const p of items) {
    if (!isPair(p) || !isMergeKey(p.key)) continue;
    const sources = isSeq(p.value) ? p.value.items : [p.value];
    for (const source of sources) {
      const merged = isAlias(source) ? source.resolve(doc.yaml) : source;
      if (!isMap(merged)) continue;
      const found = findPair(merged.items, segment, doc, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** With `merge: true`, yaml reads a plain `<<` key as a symbol, not as the string "<<". */
function isMergeKey(key: unknown): boolean {
  return yamlLib().isScalar(key) && typeof key.value === "symbol";
}

/** Whether a map key is the pointer segment `segment`. */
function keyMatches(key: unknown, segment: string): boolean {
  const { isMap, isScalar, isSeq, parse } = yamlLib();
  if (isScalar(key)) return String(key.value) === segment;
  // A list or mapping used as a key becomes its flow YAML text in plain data (`[ a, b ]`), and so in pointers.
  if (isMap(key) || isSeq(key)) {
    try {
      return JSON.stringify(parse(segment)) === JSON.stringify(key.toJSON());
    } catch {
      return false;
    }
  }
  return false;
}

function firstContentOffset(doc: SourceDoc): number {
  return doc.yaml.range?.[0] ?? 0;
}
