import type { Rule } from "../rule.js";

/** Job duties of a position are compiled from the processes it executes (docs/method.md, Job duties). */
export const positionWithoutProcess: Rule = {
  meta: {
    id: "position-without-process",
    description: "Every position executes or owns at least one process.",
    rationale:
      "Job duties, competencies and the profile of a position are compiled from the specs in which it takes part; a position in none gets empty documents, which means a process is missing or the position is not needed (docs/method.md, Job duties).",
    defaultSeverity: "warn",
    examples: {
      wrong: "kind: Position\nid: dispatcher\nname: Диспетчер\nunit: car-service\n# …and no process names `dispatcher`",
      right:
        "kind: Process\nid: appointment-booking\nname: Запись клиентов на ремонт\nowner: service-manager\nexecutors:\n  - position: dispatcher\n    functions: [Принимает заявки клиентов]",
    },
  },
  check({ model, report, unreadable }) {
    for (const position of model.positions) {
      if (position.executes.length > 0 || position.owns.length > 0 || unreadable.mentions(position.id)) continue;
      report({ at: position.source, path: "/id", message: "position-without-process", data: { name: position.name } });
    }
  },
};
