import { message } from "../../i18n/messages.js";
import type { SourceRef } from "../../load/source.js";
import { indicatorOf } from "../../model/kpi-card.js";
import { parseKpiValue } from "../../model/kpi-value.js";
import type { Rule, RuleContext } from "../rule.js";

/** The threshold is the least acceptable value: past the target it turns the pay scale upside down. */
export const kpiThresholdBeyondTarget: Rule = {
  meta: {
    id: "kpi-threshold-beyond-target",
    description:
      "A threshold lies on the near side of its target: not above it when higher is better, not below it when lower is better («не более», «≤»).",
    rationale:
      "Below the threshold a KPI pays nothing, at the target it pays in full, and in between in proportion. A threshold beyond the target makes that scale run backwards, so the card promises nothing sensible. Which way is better is read from the target's words: «не более», «≤», «до», «at most» mean lower is better.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "indicators:\n  - id: satisfaction\n    name: Удовлетворённость клиента\n    target: не ниже 4,5\n    threshold: 4,8",
      right:
        "indicators:\n  - id: satisfaction\n    name: Удовлетворённость клиента\n    target: не ниже 4,5\n    threshold: 4,0",
    },
  },
  check(context) {
    const { model, index } = context;
    for (const process of model.processes) {
      for (const indicator of process.indicators) checkPair(context, indicator, indicator.source);
    }
    // Card rows that write their own target or threshold; rows that only inherit were checked at the indicator.
    for (const position of model.positions) {
      for (const item of position.kpis?.items ?? []) {
        const origin = indicatorOf(item, index)?.indicator;
        if (origin && origin.target === item.target && origin.threshold === item.threshold) continue;
        checkPair(context, item, item.source);
      }
    }
  },
};

function checkPair(
  { lang, report }: RuleContext,
  kpi: { name: string; target?: string; threshold?: string },
  at: SourceRef,
): void {
  const target = parseKpiValue(kpi.target);
  const threshold = parseKpiValue(kpi.threshold);
  if (!target || !threshold || kpi.target === undefined || kpi.threshold === undefined) return;
  const beyond = target.lowerIsBetter ? threshold.value < target.value : threshold.value > target.value;
  if (!beyond) return;
  const direction = message(
    lang,
    target.lowerIsBetter ? "kpi-threshold-beyond-target.lower" : "kpi-threshold-beyond-target.higher",
  );
  report({
    at,
    path: "/threshold",
    message: "kpi-threshold-beyond-target",
    data: { name: kpi.name, threshold: kpi.threshold, target: kpi.target, direction },
  });
}
