import { requireList } from "../required-list.js";
import type { Rule } from "../rule.js";

/** Resources are the process's inputs (element 7); `stats` counts them, so a team can require them here. */
export const processWithoutResource: Rule = {
  meta: {
    id: "process-without-resource",
    description: "Every process names at least one resource (element 7): what it consumes or uses.",
    rationale:
      "Resources are the inputs a process turns into results, consumed (materials, money) or reused (equipment, software); naming them reveals their suppliers and the adjacent processes (docs/method.md, elements 7 and 8). `procspec stats` counts a process without resources as incomplete; this rule says where. Reported at `resources`, or at the start of the document when the key is missing.",
    defaultSeverity: "warn",
    examples: {
      wrong: "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nresources: []",
      right:
        "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nresources:\n  - name: Запись клиента на обслуживание\n    from: {process: appointment-booking}",
    },
  },
  check: requireList((model) => model.processes, "resources", "process-without-resource"),
};
