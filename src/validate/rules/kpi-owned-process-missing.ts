import type { Rule } from "../rule.js";

/** The owner answers for a process's goals; a card without any of its indicators pays the owner for something else. */
export const kpiOwnedProcessMissing: Rule = {
  meta: {
    id: "kpi-owned-process-missing",
    description:
      "A position with a KPI card has at least one indicator of every process it owns on that card (positions without a card are not checked).",
    rationale:
      "The owner of a process answers for its goals, and its indicators measure them. When none of them is on the owner's card, the pay of the one who may change the process does not depend on how it goes. Sometimes that is deliberate (the process is measured one level up), hence only a note.",
    defaultSeverity: "info",
    examples: {
      wrong:
        "# service-manager.yaml owns vehicle-intake\nkpis:\n  items:\n    - { process: vehicle-repair, indicator: rework, weight: 100 }",
      right:
        "# service-manager.yaml owns vehicle-intake\nkpis:\n  items:\n    - { process: vehicle-repair, indicator: rework, weight: 50 }\n    - { process: vehicle-intake, indicator: satisfaction, weight: 50 }",
    },
  },
  check({ model, index, report }) {
    for (const position of model.positions) {
      const card = position.kpis;
      if (!card) continue;
      const onCard = new Set(card.items.flatMap((i) => (i.process ? [i.process.id] : [])));
      for (const processId of position.owns) {
        const process = index.processes.get(processId);
        // A process without indicators is `process-without-indicator`'s to report.
        if (!process || process.indicators.length === 0 || onCard.has(processId)) continue;
        report({
          at: card.source,
          key: true,
          message: "kpi-owned-process-missing",
          data: { position: position.name, process: process.name },
        });
      }
    }
  },
};
