import { message } from "../../i18n/messages.js";
import { suggest } from "../../i18n/suggest.js";
import { allRefs } from "../../model/refs.js";
import type { Rule } from "../rule.js";

/** A reference to nothing breaks every document built from it; suggest the nearest id of the right kind. */
export const unknownReference: Rule = {
  meta: {
    id: "unknown-reference",
    description:
      "Every reference (owner, executor, party, parent, head, unit, reportsTo, results[].to, a step's system and instruction, an instruction's positions) names an existing id.",
    rationale:
      "Job duties, profiles and regulations are compiled by following references from the specs (docs/method.md, Job duties: completeness is guaranteed by the method); a dangling reference silently loses a duty. The nearest existing id of the right kind is suggested.",
    defaultSeverity: "error",
    examples: {
      wrong: "owner: service-manger   # typo",
      right: "owner: service-manager",
    },
  },
  check({ model, index, lang, report, unreadable }) {
    const idsOfKind = {
      organization: model.organization ? [model.organization.id] : [],
      unit: [...index.units.keys()],
      position: [...index.positions.keys()],
      process: [...index.processes.keys()],
      instruction: [...index.instructions.keys()],
      system: [...index.systems.keys()],
      assessment: model.assessments.map((a) => a.id),
    };
    for (const ref of allRefs(model)) {
      if (ref.found !== null || unreadable.ids.has(ref.id)) continue;
      const candidates = ref.expected.flatMap((k) => idsOfKind[k]);
      const suggestion = suggest(ref.id, candidates, lang);
      const expected = ref.expected.map((k) => message(lang, `kind.${k}`)).join(" / ");
      report({
        at: ref.source,
        message: "unknown-reference",
        data: { field: ref.field, id: ref.id, expected },
        ...(suggestion ? { suggestion } : {}),
      });
    }
  },
};
