import { requireList } from "../required-list.js";
import type { Rule } from "../rule.js";

/** Indicators reflect the goals and become the executors' KPIs (docs/method.md, element 6). */
export const processWithoutIndicator: Rule = {
  meta: {
    id: "process-without-indicator",
    description: "Every process names at least one indicator (element 6).",
    rationale:
      "Indicators are measurable, reflect the goals and become KPIs of executors and areas of responsibility in profiles (docs/method.md, element 6 and Position profile). Reported at `indicators`, or at the start of the document when the key is missing.",
    defaultSeverity: "error",
    examples: {
      wrong: "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nindicators: []",
      right:
        "kind: Process\nid: vehicle-intake\nname: Приём автомобиля от клиента\nindicators:\n  - name: Удовлетворённость клиента приёмкой\n    measure: Телефонный опрос; число жалоб и благодарностей\n    type: quality",
    },
  },
  check: requireList((model) => model.processes, "indicators", "process-without-indicator"),
};
