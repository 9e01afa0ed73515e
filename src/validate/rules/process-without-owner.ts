import type { Rule } from "../rule.js";

/** The owner answers for the goals and may change the process (docs/method.md, element 10). */
export const processWithoutOwner: Rule = {
  meta: {
    id: "process-without-owner",
    description: "Every process has an owner (element 10): the position that answers for its goals.",
    rationale:
      "The owner is the position responsible for the process's goals, with the authority to change it (docs/method.md, element 10); without one, nobody answers for the indicators. Reported at `owner`, or at the start of the document when the key is missing.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nexecutors:\n  - position: service-advisor",
      right:
        "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nowner: service-manager\nexecutors:\n  - position: service-advisor",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      if (process.owner) continue;
      report({
        at: process.source,
        path: "/owner",
        key: true,
        message: "process-without-owner",
        data: { name: process.name },
      });
    }
  },
};
