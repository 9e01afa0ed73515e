import { message } from "../../i18n/messages.js";
import { allRefs } from "../../model/refs.js";
import type { Rule } from "../rule.js";

/** Executors and owners are positions, never units or people (docs/method.md, elements 9 and 10). */
export const wrongKindReference: Rule = {
  meta: {
    id: "wrong-kind-reference",
    description: "A reference names an element of the kind its field expects (an owner is a position, not a unit).",
    rationale:
      "Executors and owners are positions, never units or people (docs/method.md, elements 9 and 10); a unit as owner leaves nobody answering for the goals.",
    defaultSeverity: "error",
    examples: {
      wrong: "owner: car-service        # a unit",
      right: "owner: service-manager    # the head of that unit",
    },
  },
  check({ model, lang, report }) {
    for (const ref of allRefs(model)) {
      if (ref.found === null || ref.expected.includes(ref.found)) continue;
      report({
        at: ref.source,
        message: "wrong-kind-reference",
        data: {
          field: ref.field,
          id: ref.id,
          expected: ref.expected.map((k) => message(lang, `kind.${k}`)).join(" / "),
          actual: message(lang, `kind.${ref.found}`),
        },
      });
    }
  },
};
