import type { Rule } from "../rule.js";

/** A provisional role is allowed until the structure is settled, then replaced (docs/method.md, element 9). */
export const provisionalRole: Rule = {
  meta: {
    id: "provisional-role",
    description: "Lists executors given as a provisional `role` instead of a position.",
    rationale:
      "Executors are positions, never people; a provisional role name is allowed until the structure is settled (docs/method.md, element 9). A role has no job duties or profile of its own, so it is listed as information until it is replaced.",
    defaultSeverity: "info",
    examples: {
      wrong: "executors:\n  - role: Консультант по гарантии\n    functions: [Проверяет гарантийный статус]",
      right: "executors:\n  - position: warranty-consultant\n    functions: [Проверяет гарантийный статус]",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      for (const executor of process.executors) {
        if (executor.role === undefined) continue;
        report({ at: executor.source, path: "/role", message: "provisional-role", data: { role: executor.role } });
      }
    }
  },
};
