import { requireList } from "../required-list.js";
import type { Rule } from "../rule.js";

/** "No process without a client" (docs/method.md, Definitions): identification starts from the clients. */
export const processWithoutClient: Rule = {
  meta: {
    id: "process-without-client",
    description: "Every process names at least one client (element 3).",
    rationale:
      "No process without a client (docs/method.md, Definitions); identification goes clients → goals → results → indicators, so without clients nothing else can be stated right. Reported at `clients`, or at the start of the document when the key is missing.",
    defaultSeverity: "error",
    examples: {
      wrong: "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nclients: []",
      right:
        'kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nclients:\n  - external: Автовладелец\n    goals: ["Автомобиль принят быстро, клиент знает стоимость и срок ремонта"]\n  - position: mechanic\n    goals: [Получить понятный и полный наряд-заказ]',
    },
  },
  check: requireList((model) => model.processes, "clients", "process-without-client"),
};
