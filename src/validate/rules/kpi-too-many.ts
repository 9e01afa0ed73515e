import type { Rule } from "../rule.js";

const LIMIT = 7;

/** A card is a tool for the employee: past about seven KPIs each weighs too little to steer anyone. */
export const kpiTooMany: Rule = {
  meta: {
    id: "kpi-too-many",
    description: `A KPI card has at most ${LIMIT} KPIs.`,
    rationale: `With more than ${LIMIT} KPIs each carries a few percent of the bonus, nobody can keep them all in mind, and the card stops steering the work it pays for. Keep the indicators that reflect the goals of the position's processes; merge or drop the rest.`,
    defaultSeverity: "warn",
    examples: {
      wrong: "kpis:\n  items:   # eight KPIs of 12–13 % each\n    - …",
      right: "kpis:\n  items:   # three to five KPIs, the main one weighing 40–50 %\n    - …",
    },
  },
  check({ model, report }) {
    for (const position of model.positions) {
      const card = position.kpis;
      if (!card || card.items.length <= LIMIT) continue;
      report({
        at: card.source,
        path: "/items",
        key: true,
        message: "kpi-too-many",
        data: { position: position.name, count: card.items.length },
      });
    }
  },
};
