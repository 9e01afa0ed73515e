import { sameText } from "../../model/same-text.js";
import type { Rule } from "../rule.js";

/** Once a process lists its steps, each of its results must come out of one of them. */
export const resultWithoutStep: Rule = {
  meta: {
    id: "result-without-step",
    description: "When a process has steps, each of its results is an output of some step.",
    rationale:
      "The results are what the process produces for its clients; the steps are how. A result that no step outputs means the regulation does not say who produces it and when. Names are compared ignoring case and spacing. Processes without steps are not checked.",
    defaultSeverity: "warn",
    examples: {
      wrong: "results:\n  - name: Наряд-заказ\nsteps:\n  - id: draft\n    name: Оформить заказ\n    outputs: [Заказ]",
      right:
        "results:\n  - name: Наряд-заказ\nsteps:\n  - id: draft\n    name: Оформить наряд-заказ\n    outputs: [Наряд-заказ]",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      if (process.steps.length === 0) continue;
      const produced = new Set(process.steps.flatMap((s) => s.outputs.map((o) => sameText(o.name))));
      for (const result of process.results) {
        if (produced.has(sameText(result.name))) continue;
        report({
          at: result.source,
          message: "result-without-step",
          data: { result: result.name, name: process.name },
        });
      }
    }
  },
};
