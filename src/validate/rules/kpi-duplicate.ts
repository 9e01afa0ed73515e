import { message } from "../../i18n/messages.js";
import type { SourceRef } from "../../load/source.js";
import { indicatorOf } from "../../model/kpi-card.js";
import { sameText } from "../../model/same-text.js";
import type { Rule } from "../rule.js";

/** An indicator twice on one card is paid twice, and the facts file could not tell its two rows apart. */
export const kpiDuplicate: Rule = {
  meta: {
    id: "kpi-duplicate",
    description:
      "The same indicator (or own KPI) appears once on a card; reported at the second entry, pointing at the first.",
    rationale:
      "Each row of a card weighs a share of the bonus. The same indicator twice — once by id, once by name, say — pays for one result twice and leaves the facts file unable to tell the two rows apart. Give it one row with the sum of the weights.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "kpis:\n  items:\n    - { process: vehicle-intake, indicator: average-bill, weight: 30 }\n    - { process: vehicle-intake, indicator: Средний чек, weight: 20 }",
      right: "kpis:\n  items:\n    - { process: vehicle-intake, indicator: average-bill, weight: 50 }",
    },
  },
  check({ model, index, lang, report }) {
    for (const position of model.positions) {
      const first = new Map<string, { entry: string; at: SourceRef }>();
      position.kpis?.items.forEach((item, i) => {
        const found = indicatorOf(item, index);
        // A resolved indicator is one thing whatever it was called by; an own KPI is known by its id or name.
        const key = found
          ? `indicator:${found.process.id}:${found.process.indicators.indexOf(found.indicator)}`
          : item.process
            ? undefined
            : `own:${sameText(item.key)}`;
        if (key === undefined) return;
        const earlier = first.get(key);
        const entry = `kpis.items[${i}]`;
        if (!earlier) {
          first.set(key, { entry, at: item.source });
          return;
        }
        report({
          at: item.source,
          message: "kpi-duplicate",
          data: { name: item.name, first: earlier.entry },
          related: [{ at: earlier.at, message: message(lang, "kpi-duplicate.first", { entry: earlier.entry }) }],
        });
      });
    }
  },
};
