import { message } from "../../i18n/messages.js";
import { parseKpiValue } from "../../model/kpi-value.js";
import type { Rule } from "../rule.js";

/** Achievement is measured against the target: a KPI without a number to aim at cannot pay anything. */
export const kpiWithoutTarget: Rule = {
  meta: {
    id: "kpi-without-target",
    description:
      "Every KPI on a card has a target with a number in it (its own, or its process indicator's), so achievement can be computed.",
    rationale:
      "The bonus is computed from how far each KPI got from its threshold to its target. A KPI without a target — or with one in words only, such as «высокая» — leaves the employee not knowing what is expected and `procspec kpi` nothing to compute. Write the number: «не менее 95 %», «≥ 4,5 из 5».",
    defaultSeverity: "error",
    examples: {
      wrong: "indicators:\n  - id: satisfaction\n    name: Удовлетворённость клиента\n    target: высокая",
      right: "indicators:\n  - id: satisfaction\n    name: Удовлетворённость клиента\n    target: не ниже 4,5 из 5",
    },
  },
  check({ model, lang, report }) {
    for (const position of model.positions) {
      for (const item of position.kpis?.items ?? []) {
        // An unresolved indicator is `kpi-unknown-indicator`'s to report.
        if (item.process && !item.indicatorSource) continue;
        // Reported at the card (its pay is what fails), pointing at the indicator where the target belongs.
        const related = item.indicatorSource
          ? [{ at: item.indicatorSource, message: message(lang, "kpi-without-target.indicator") }]
          : undefined;
        if (item.target === undefined) {
          report({
            at: item.source,
            message: "kpi-without-target",
            data: { name: item.name },
            ...(related ? { related } : {}),
          });
        } else if (!parseKpiValue(item.target)) {
          report({
            at: item.source,
            path: "/target",
            message: "kpi-without-target.no-number",
            data: { name: item.name, target: item.target },
            ...(related ? { related } : {}),
          });
        }
      }
    }
  },
};
