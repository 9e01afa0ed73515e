import type { Rule } from "../rule.js";

/** The bonus is shared out by the weights: a card whose weights do not add up to 100 pays too much or too little. */
export const kpiWeights: Rule = {
  meta: {
    id: "kpi-weights",
    description: "The weights of a position's KPI card add up to 100.",
    rationale:
      "A card's weights say which part of the bonus each KPI pays. At 95 a fully achieved card would pay 95 % of the bonus, at 105 more than all of it; either way the card does not say what the employee was promised. Reported once per card, at its list of KPIs.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "kpis:\n  bonusShare: 30 %\n  items:\n    - { process: vehicle-intake, indicator: satisfaction, weight: 60 }\n    - { process: vehicle-intake, indicator: average-bill, weight: 35 }",
      right:
        "kpis:\n  bonusShare: 30 %\n  items:\n    - { process: vehicle-intake, indicator: satisfaction, weight: 60 }\n    - { process: vehicle-intake, indicator: average-bill, weight: 40 }",
    },
  },
  check({ model, report }) {
    for (const position of model.positions) {
      const card = position.kpis;
      // An item without a weight is the schema's to report; a sum without it would only repeat that.
      if (!card || card.items.length === 0 || card.items.some((i) => i.weight === undefined)) continue;
      const sum = card.items.reduce((total, i) => total + (i.weight ?? 0), 0);
      // Weights like 33.3 are allowed: compare with a tolerance instead of exactly.
      if (Math.abs(sum - 100) < 0.05) continue;
      const rounded = Math.round(sum * 100) / 100;
      report({
        at: card.source,
        path: "/items",
        key: true,
        message: "kpi-weights",
        data: { position: position.name, sum: rounded },
      });
    }
  },
};
