import type { Rule } from "../rule.js";

/** The short description (element 2); `description-length` checks its length only when it is there. */
export const processWithoutDescription: Rule = {
  meta: {
    id: "process-without-description",
    description: "Every process has a short description (element 2).",
    rationale:
      "The description names in 2–4 sentences the actions the process consists of, and the process card and regulations start with it (docs/method.md, element 2). `procspec stats` counts a process without one as incomplete; this rule says where. Reported at the start of the document, or at an empty `description`.",
    defaultSeverity: "warn",
    examples: {
      wrong: "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента",
      right:
        "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\ndescription: >-\n  Мастер-приёмщик встречает клиента и осматривает автомобиль. Он оформляет наряд-заказ и согласует с клиентом стоимость и срок.",
    },
  },
  check: ({ model, report }) => {
    for (const process of model.processes) {
      if ((process.description ?? "").trim() !== "") continue;
      const present = process.description !== undefined;
      report({
        at: process.source,
        ...(present ? { path: "/description" } : {}),
        message: "process-without-description",
        data: { name: process.name },
      });
    }
  },
};
