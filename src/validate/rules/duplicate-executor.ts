import { message } from "../../i18n/messages.js";
import type { SourceRef } from "../../load/source.js";
import { sameText } from "../../model/same-text.js";
import type { Rule } from "../rule.js";

/**
 * One executor entry per position (docs/format.md): job duties, competencies and the profile take a position's
 * first entry in a process, so a second entry would silently vanish from every document.
 */
export const duplicateExecutor: Rule = {
  meta: {
    id: "duplicate-executor",
    description:
      "A position (or provisional role) is listed once among a process's executors; reported at the second entry, pointing at the first.",
    rationale:
      "Executors are positions, each with the functions and competencies it has in the process (docs/method.md: one entry per position; element 9). Job duties, competencies and the position profile are compiled from that one entry, so the functions and competencies of a second entry would be lost; merge them into the first.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "executors:\n  - position: service-advisor\n    functions: [Оформляет наряд-заказ]\n  - position: service-advisor\n    functions: [Выдаёт автомобиль клиенту]",
      right:
        "executors:\n  - position: service-advisor\n    functions: [Оформляет наряд-заказ, Выдаёт автомобиль клиенту]",
    },
  },
  check({ model, lang, report }) {
    for (const process of model.processes) {
      const first = new Map<string, { index: number; at: SourceRef }>();
      process.executors.forEach((executor, index) => {
        const key = executor.position
          ? `position:${executor.position.id}`
          : executor.role !== undefined
            ? `role:${sameText(executor.role)}`
            : undefined;
        if (key === undefined) return; // neither a position nor a role: the schema already says so
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { index, at: executor.source });
          return;
        }
        const entry = `executors[${earlier.index}]`;
        report({
          at: executor.source,
          message: "duplicate-executor",
          data: { executor: executor.name, name: process.name, first: entry },
          related: [{ at: earlier.at, message: message(lang, "duplicate-executor.first", { entry }) }],
        });
      });
    }
  },
};
