import type { Node, Scalar } from "yaml";
import { mayHoldFlowList, type WrittenList } from "../../load/fast-scan.js";
import { yamlLib } from "../../load/libraries.js";
import type { SourceDoc, SourceRef } from "../../load/source.js";
import type { Rule } from "../rule.js";
import { textListKeys } from "../schemas.js";

/** A lower-case first letter, Latin or Cyrillic: the mark of a phrase a comma cut in two. */
const LOWER_START = /^[a-zа-яё]/;
/** Such a letter opening an item of a `[...]` list, from the `[` on: a line without one holds no cut. */
const FLOW_LOWER = /[[,][ \t]*[a-zа-яё]/;

/**
 * YAML reads `[a, b]` as two items at every comma, so «[Измеряет давление, рост и вес пациента]» becomes two
 * duties in every document built from it. Reported at the item, from the YAML node: whether a list is written
 * `[...]` and whether an item is quoted is known only there.
 */
export const cutPhrase: Rule = {
  meta: {
    id: "cut-phrase",
    description:
      "An item of a `[...]` list of free text (functions, goals, values, competencies, …) does not start with a lower-case letter; quoted items, block lists and lists of ids are never reported.",
    rationale:
      "Every document compiled from a list shows each item as a line of its own (docs/method.md: one entry per position — one statement per item); a comma inside a `[...]` list splits a phrase into two items, and job duties then read «• Измеряет давление • рост и вес пациента». An item that starts with a lower-case letter is almost always the tail of such a cut.",
    defaultSeverity: "warn",
    examples: {
      wrong: "functions: [Измеряет давление, рост и вес пациента]",
      right:
        'functions: ["Измеряет давление, рост и вес пациента"]\n# or\nfunctions:\n  - Измеряет давление, рост и вес пациента',
    },
  },
  check({ sources, report }) {
    const keys = textListKeys();
    for (const doc of sources) {
      const at: SourceRef = { file: doc.file, line: 1, doc: doc.index, pointer: "" };
      for (const list of flowTextLists(doc, keys)) {
        list.items.forEach((item, i) => {
          const previous = list.items[i - 1];
          if (!previous || !isCut(item)) return;
          const data = { item: item.value, previous: String(previous.value) };
          // Join only what is clearly one phrase: the item before it did not end a sentence.
          const joins = yamlLib().isScalar(previous) && !/\.\s*$/.test(data.previous) && !list.commented.has(i);
          report({
            at,
            path: `${list.pointer}/${i}`,
            message: "cut-phrase",
            data,
            ...(joins && item.range
              ? { fix: { kind: "join-item", offset: item.range[0], joined: `${data.previous}, ${item.value}` } }
              : {}),
          });
        });
      }
    }
  },
};

interface FlowList {
  pointer: string;
  items: readonly Scalar[];
  /** Items with a comment between them and the item before (joining would lose it). */
  commented: ReadonlySet<number>;
}

function isCut(item: Scalar): item is Scalar & { value: string } {
  return item.type === "PLAIN" && typeof item.value === "string" && LOWER_START.test(item.value);
}

/** Per parsed document: the language server re-validates on every keystroke, re-reading only the edited file. */
const listsOf = new WeakMap<SourceDoc["yaml"], FlowList[]>();

/** Every `[...]` list under a free-text key, with the JSON pointer of the list. */
function flowTextLists(doc: SourceDoc, keys: ReadonlySet<string>): FlowList[] {
  // A document read fast has no `yaml` Document; it is parsed only when its text has a candidate.
  const query = {
    key: (name: string) => keys.has(name),
    fromBracket: FLOW_LOWER,
    item: isLowerText,
    list: isCandidate,
  };
  if (!mayHoldFlowList(doc, query)) return [];
  const cached = listsOf.get(doc.yaml);
  if (cached) return cached;
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  const out: FlowList[] = [];
  const walk = (node: unknown, pointer: string, key: string | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        walk(pair.value, `${pointer}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`, name);
      }
    } else if (isSeq(node)) {
      if (node.flow && key !== undefined && keys.has(key) && node.items.every(isScalar)) {
        out.push({ pointer, items: node.items as Scalar[], commented: commentedItems(node.items as Node[]) });
        return;
      }
      node.items.forEach((item, i) => {
        walk(item, `${pointer}/${i}`, undefined);
      });
    }
  };
  walk(doc.yaml.contents, "", undefined);
  listsOf.set(doc.yaml, out);
  return out;
}

function isLowerText(value: unknown): boolean {
  return typeof value === "string" && LOWER_START.test(value);
}

/** A `[...]` list with an unquoted item that starts with a lower-case letter. */
function isCandidate(list: WrittenList): boolean {
  return list.items.some((item) => !item.quoted && isLowerText(item.value));
}

function commentedItems(items: readonly Node[]): Set<number> {
  const out = new Set<number>();
  items.forEach((item, i) => {
    if (item.commentBefore || items[i - 1]?.comment) out.add(i);
  });
  return out;
}
