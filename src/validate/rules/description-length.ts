import type { Rule } from "../rule.js";
import { countSentences } from "./text.js";

/** A description says which actions, in 2–4 sentences; it is not a regulation (docs/method.md, element 2). */
export const descriptionLength: Rule = {
  meta: {
    id: "description-length",
    description:
      "A process description has 2–4 sentences (a sentence ends at `.`, `!` or `?` followed by whitespace and a capital letter).",
    rationale:
      "The short description names the actions of the process in 2–4 sentences; how they are done belongs to the process regulation and instructions written later (docs/method.md, element 2 and road map step 8). A missing description is not reported by this rule.",
    defaultSeverity: "warn",
    examples: {
      wrong: "description: Приём автомобиля.",
      right:
        "description: >-\n  Мастер-приёмщик выслушивает клиента и оформляет наряд-заказ. Затем он осматривает автомобиль,\n  составляет дефектную карту и передаёт клиенту расписку в приёме автомобиля.",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      if (process.description === undefined) continue;
      const count = countSentences(process.description);
      if (count >= 2 && count <= 4) continue;
      report({
        at: process.source,
        path: "/description",
        message: "description-length",
        data: { name: process.name, count },
      });
    }
  },
};
