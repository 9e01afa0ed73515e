import { requireList } from "../required-list.js";
import type { Rule } from "../rule.js";

/** Results are the outputs the process produces (docs/method.md, element 5). */
export const processWithoutResult: Rule = {
  meta: {
    id: "process-without-result",
    description: "Every process names at least one result (element 5): what it produces.",
    rationale:
      "A process turns resources into products of value to a consumer (docs/method.md, Definitions); its results are what clients receive and what job duties list. Reported at `results`, or at the start of the document when the key is missing.",
    defaultSeverity: "error",
    examples: {
      wrong: "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nresults: []",
      right:
        "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nresults:\n  - name: Наряд-заказ\n    to: [mechanic]\n  - name: Дефектная карта",
    },
  },
  check: requireList((model) => model.processes, "results", "process-without-result"),
};
