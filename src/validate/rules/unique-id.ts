import { message } from "../../i18n/messages.js";
import type { SourceRef } from "../../load/source.js";
import type { ElementKind } from "../../model/types.js";
import type { Rule } from "../rule.js";

/** The message id of a kind's name inside a sentence; every kind has one, so this needs no cast. */
const kindWord = (kind: ElementKind): `kind.${ElementKind}` => `kind.${kind}`;

/** All kinds share one namespace (docs/format.md): a reference must name exactly one element. */
export const uniqueId: Rule = {
  meta: {
    id: "unique-id",
    description: "Every id is used once across the whole project, whatever the kind.",
    rationale:
      "All kinds share one namespace and every reference is by id (docs/format.md); an id used twice makes every reference to it ambiguous, so job duties and regulations could be compiled from the wrong element.",
    defaultSeverity: "error",
    examples: {
      wrong: "kind: Unit\nid: service\n---\nkind: Position\nid: service",
      right: "kind: Unit\nid: service\n---\nkind: Position\nid: service-manager",
    },
  },
  check({ model, extraOrganizations, lang, report }) {
    const first = new Map<string, { kind: ElementKind; name: string; source: SourceRef }>();
    const all = [
      ...(model.organization ? [model.organization] : []),
      ...extraOrganizations,
      ...model.units,
      ...model.positions,
      ...model.processes,
      ...model.instructions,
      ...model.systems,
    ].sort((a, b) =>
      // In file order: documents of one file by their place in it (a line is looked up only for what is reported).
      a.source.file !== b.source.file ? (a.source.file < b.source.file ? -1 : 1) : a.source.doc - b.source.doc,
    );
    for (const element of all) {
      const earlier = first.get(element.id);
      if (!earlier) {
        first.set(element.id, { kind: element.kind, name: element.name, source: element.source });
        continue;
      }
      report({
        at: element.source,
        path: "/id",
        message: "unique-id",
        data: {
          id: element.id,
          otherKind: message(lang, kindWord(earlier.kind)),
          otherName: earlier.name,
          other: `${earlier.source.file}:${earlier.source.line}`,
        },
      });
    }
  },
};
