import { requireList } from "../required-list.js";
import type { Rule } from "../rule.js";

/** Executors are what job duties are compiled from (docs/method.md, element 9 and Job duties). */
export const processWithoutExecutor: Rule = {
  meta: {
    id: "process-without-executor",
    description: "Every process names at least one executor (element 9): a position or a provisional role.",
    rationale:
      "Job duties are compiled from the specs in which a position is an executor (docs/method.md, Job duties); a process without executors is a duty of nobody. Reported at `executors`, or at the start of the document when the key is missing.",
    defaultSeverity: "error",
    examples: {
      wrong: "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nexecutors: []",
      right:
        "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nexecutors:\n  - position: service-advisor\n    functions: [Оформляет наряд-заказ]",
    },
  },
  check: requireList((model) => model.processes, "executors", "process-without-executor"),
};
