import { isMap, isPair, isScalar, isSeq, type Node } from "yaml";
import { parsePointer } from "../load/locate.js";
import type { SourceDoc } from "../load/source.js";
import { kindOfDoc } from "../model/compile.js";
import { allRefs } from "../model/refs.js";
import type { ElementKind } from "../model/types.js";
import type { Snapshot } from "./workspace.js";

/** Where an id is written: as an element's own `id`, or as a reference to it. */
export interface Occurrence {
  id: string;
  file: string;
  start: number;
  end: number;
  role: "definition" | "reference";
  /** Kinds a reference may name; for a definition, the element's kind. */
  kinds: readonly ElementKind[];
}

const bySnapshot = new WeakMap<Snapshot, Occurrence[]>();

/** Every id of the project where it is written, definitions first; computed once per snapshot. */
export function occurrences(snapshot: Snapshot): Occurrence[] {
  const cached = bySnapshot.get(snapshot);
  if (cached) return cached;
  const out: Occurrence[] = [];
  const docs = new Map<string, SourceDoc>();
  for (const doc of snapshot.project.docs) {
    docs.set(`${doc.file}#${doc.index}`, doc);
    const node = doc.yaml.contents && isMap(doc.yaml.contents) ? doc.yaml.get("id", true) : undefined;
    const kind = doc.kind ? kindOfDoc[doc.kind] : undefined;
    if (isScalar(node) && typeof node.value === "string" && node.range && kind)
      out.push({
        id: node.value,
        file: doc.file,
        start: node.range[0],
        end: node.range[1],
        role: "definition",
        kinds: [kind],
      });
  }
  for (const ref of allRefs(snapshot.validation.compiled.model)) {
    const doc = docs.get(`${ref.source.file}#${ref.source.doc}`);
    const node = doc ? nodeAt(doc, ref.source.pointer) : undefined;
    if (!node?.range || !isScalar(node)) continue;
    out.push({
      id: ref.id,
      file: ref.source.file,
      start: node.range[0],
      end: node.range[1],
      role: "reference",
      kinds: ref.expected,
    });
  }
  bySnapshot.set(snapshot, out);
  return out;
}

/** The occurrence under the cursor, if any. */
export function occurrenceAt(snapshot: Snapshot, file: string, offset: number): Occurrence | undefined {
  return occurrences(snapshot).find((o) => o.file === file && o.start <= offset && offset <= o.end);
}

/** The YAML node a JSON pointer names (not through merge keys: ids are written where they are used). */
export function nodeAt(doc: SourceDoc, pointer: string): Node | undefined {
  let node: unknown = doc.yaml.contents;
  for (const segment of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      node = pair?.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined;
}

/** The document of `file` that holds `offset` (files may hold several, separated by `---`). */
export function docAt(snapshot: Snapshot, file: string, offset: number): SourceDoc | undefined {
  return snapshot.project.docs.find(
    (d) => d.file === file && d.yaml.range[0] <= offset && offset <= Math.max(d.yaml.range[2], d.yaml.range[1]),
  );
}

/** The mapping key under the cursor with its path of keys from the document's top, if the cursor is on a key. */
export function keyAt(doc: SourceDoc, offset: number): string[] | undefined {
  let found: string[] | undefined;
  const walk = (node: unknown, path: string[]): void => {
    if (found) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const range = pair.key.range;
        if (range && range[0] <= offset && offset <= range[1]) {
          found = [...path, key];
          return;
        }
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, path);
    }
  };
  walk(doc.yaml.contents, []);
  return found;
}
