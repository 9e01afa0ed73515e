import { message } from "../../i18n/messages.js";
import type { SourceRef } from "../../load/source.js";
import { sameText } from "../../model/same-text.js";
import type { Rule } from "../rule.js";
import { tidyText } from "./text.js";

/** Duplicated functions are a defect of the org structure (docs/method.md, road map step 3). */
export const duplicateFunction: Rule = {
  meta: {
    id: "duplicate-function",
    description:
      "No function text (ignoring case and spacing) is listed by two units; reported at the later unit, pointing at the first.",
    rationale:
      "The org structure splits functions, authority and responsibility between units; a function held by two units has two answerable for it, which the guide calls a defect (docs/method.md, road map step 3).",
    defaultSeverity: "warn",
    examples: {
      wrong:
        "kind: Unit\nid: procurement\nfunctions: [Закупка автозапчастей]\n---\nkind: Unit\nid: car-service\nfunctions: [Ремонт автомобилей, Закупка  автозапчастей]",
      right:
        "kind: Unit\nid: procurement\nfunctions: [Закупка автозапчастей]\n---\nkind: Unit\nid: car-service\nfunctions: [Ремонт автомобилей]",
    },
  },
  check({ model, lang, report }) {
    const first = new Map<string, { unit: string; name: string; at: SourceRef }>();
    for (const unit of model.units) {
      unit.functions.forEach((text, i) => {
        const key = sameText(text);
        const at: SourceRef = unit.functionSources[i] ?? unit.source;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { unit: unit.id, name: unit.name, at });
          return;
        }
        if (earlier.unit === unit.id) return;
        report({
          at,
          message: "duplicate-function",
          data: { function: tidyText(text), other: earlier.name },
          related: [{ at: earlier.at, message: message(lang, "duplicate-function.first", { name: earlier.name }) }],
        });
      });
    }
  },
};
