import { suggest } from "../../i18n/suggest.js";
import { findIndicator } from "../../model/kpi-card.js";
import type { Rule } from "../rule.js";

/** A card row must trace to an indicator of the process it names, or the card pays for something nobody measures. */
export const kpiUnknownIndicator: Rule = {
  meta: {
    id: "kpi-unknown-indicator",
    description:
      "Every process KPI of a card names an indicator of that process, by its `id` or by its exact name; the nearest is suggested.",
    rationale:
      "The KPIs of executors come from the indicators of the processes they work in. A card row that names no indicator of its process has no measure, no target and no threshold to be paid by.",
    defaultSeverity: "error",
    examples: {
      wrong: "kpis:\n  items:\n    - { process: vehicle-intake, indicator: satisfacton, weight: 100 }",
      right: "kpis:\n  items:\n    - { process: vehicle-intake, indicator: satisfaction, weight: 100 }",
    },
  },
  check({ model, index, lang, report }) {
    for (const position of model.positions) {
      for (const item of position.kpis?.items ?? []) {
        if (!item.process || item.indicator === undefined) continue;
        // An unknown process is `unknown-reference`'s to report.
        const process = item.process.found === "process" ? index.processes.get(item.process.id) : undefined;
        if (!process || findIndicator(process, item.indicator)) continue;
        const candidates = process.indicators.flatMap((i) => (i.id !== undefined ? [i.id, i.name] : [i.name]));
        const suggestion = suggest(item.indicator, candidates, lang);
        report({
          at: item.source,
          path: "/indicator",
          message: "kpi-unknown-indicator",
          data: { process: process.name, indicator: item.indicator },
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  },
};
