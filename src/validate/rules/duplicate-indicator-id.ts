import { message } from "../../i18n/messages.js";
import type { SourceRef } from "../../load/source.js";
import type { Rule } from "../rule.js";

/** KPI cards and the facts file find an indicator by its id within its process: two alike make that ambiguous. */
export const duplicateIndicatorId: Rule = {
  meta: {
    id: "duplicate-indicator-id",
    description: "The `id`s of the indicators of one process are unique.",
    rationale:
      "A KPI card names a process indicator by the process and the indicator's id, and the facts of `procspec kpi` by that id too. Two indicators of one process with the same id would leave the card paying by whichever comes first.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "indicators:\n  - { id: satisfaction, name: Удовлетворённость клиента }\n  - { id: satisfaction, name: Удовлетворённость мастера }",
      right:
        "indicators:\n  - { id: client-satisfaction, name: Удовлетворённость клиента }\n  - { id: foreman-satisfaction, name: Удовлетворённость мастера }",
    },
  },
  check({ model, lang, report }) {
    for (const process of model.processes) {
      const first = new Map<string, SourceRef>();
      for (const indicator of process.indicators) {
        if (indicator.id === undefined) continue;
        const earlier = first.get(indicator.id);
        if (!earlier) {
          first.set(indicator.id, indicator.source);
          continue;
        }
        report({
          at: indicator.source,
          path: "/id",
          message: "duplicate-indicator-id",
          data: { name: process.name, id: indicator.id },
          related: [{ at: earlier, message: message(lang, "duplicate-indicator-id.first") }],
        });
      }
    }
  },
};
