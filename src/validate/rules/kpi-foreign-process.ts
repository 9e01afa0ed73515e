import type { Rule } from "../rule.js";

/** A position answers for the indicators of the processes it owns or executes, not for those of strangers. */
export const kpiForeignProcess: Rule = {
  meta: {
    id: "kpi-foreign-process",
    description: "A process KPI on a card comes from a process the position owns or executes.",
    rationale:
      "KPIs for executors follow from the processes they take part in: the owner answers for the goals, the executors for their part of the work. Paying a position by the indicator of a process it neither owns nor executes ties its pay to work it cannot influence — or the process card misses it as an executor.",
    defaultSeverity: "warn",
    examples: {
      wrong:
        "# mechanic.yaml; the mechanic takes no part in vehicle-intake\nkpis:\n  items:\n    - { process: vehicle-intake, indicator: average-bill, weight: 100 }",
      right: "# mechanic.yaml\nkpis:\n  items:\n    - { process: vehicle-repair, indicator: rework, weight: 100 }",
    },
  },
  check({ model, index, report }) {
    for (const position of model.positions) {
      for (const item of position.kpis?.items ?? []) {
        const process = item.process?.found === "process" ? index.processes.get(item.process.id) : undefined;
        if (!process || position.owns.includes(process.id) || position.executes.includes(process.id)) continue;
        report({
          at: item.source,
          path: "/process",
          message: "kpi-foreign-process",
          data: { position: position.name, process: process.name, indicator: item.name },
        });
      }
    }
  },
};
