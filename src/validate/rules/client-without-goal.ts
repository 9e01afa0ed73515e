import type { Rule } from "../rule.js";

/** Goals are stated per client, from the client's point of view (docs/method.md, element 4). */
export const clientWithoutGoal: Rule = {
  meta: {
    id: "client-without-goal",
    description: "Every client of a process has at least one goal: what the process changes for that client.",
    rationale:
      "A goal says what the process changes for a client, from the client's point of view; the company as conditional client states its interests too (docs/method.md, elements 3 and 4). Indicators reflect the goals, so a client without goals gets no indicator.",
    defaultSeverity: "error",
    examples: {
      wrong: "clients:\n  - external: Автовладелец\n  - company: true",
      right:
        'clients:\n  - external: Автовладелец\n    goals: ["Клиент уверен, что его проблему поняли и решат в приемлемые сроки"]\n  - company: true\n    goals: [Лояльные клиенты, Дополнительные продажи]',
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      for (const client of process.clients) {
        if (client.goals.length > 0) continue;
        report({
          at: client.source,
          message: "client-without-goal",
          data: { client: client.party.name, name: process.name },
        });
      }
    }
  },
};
