import { sameText } from "../../model/same-text.js";
import type { Rule } from "../rule.js";
import { tidyText } from "./text.js";

/** Goals ≠ results: a frequent confusion the guide warns about (docs/method.md, element 5). */
export const goalEqualsResult: Rule = {
  meta: {
    id: "goal-equals-result",
    description: "No goal of a process has the same text as one of its results (ignoring case and spacing).",
    rationale:
      "A goal says what the process changes for the client, a result what it produces; confusing them is the frequent mistake the guide warns about, and indicators built on results instead of goals measure output, not value (docs/method.md, elements 4 and 5).",
    defaultSeverity: "warn",
    examples: {
      wrong:
        "clients:\n  - position: mechanic\n    goals: [Наряд-заказ]\nresults:\n  - name: Наряд-заказ\n    to: [mechanic]",
      right:
        'clients:\n  - position: mechanic\n    goals: ["Автослесарь точно понимает, какую работу выполнить"]\nresults:\n  - name: Наряд-заказ\n    to: [mechanic]',
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      if (process.results.length === 0) continue;
      const results = new Set(process.results.map((r) => sameText(r.name)));
      for (const client of process.clients) {
        client.goals.forEach((goal, i) => {
          if (!results.has(sameText(goal))) return;
          report({
            at: client.goalSources[i] ?? client.source,
            message: "goal-equals-result",
            data: { goal: tidyText(goal) },
          });
        });
      }
    }
  },
};
