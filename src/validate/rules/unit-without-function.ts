import { requireList } from "../required-list.js";
import type { Rule } from "../rule.js";

/** Responsibility centres are described by their functions (docs/method.md, road map steps 2 and 3). */
export const unitWithoutFunction: Rule = {
  meta: {
    id: "unit-without-function",
    description: "Every unit lists its functions.",
    rationale:
      "The organizational concept defines the functions of each responsibility centre, and the regulation on a unit starts with them (docs/method.md, road map steps 2 and 3). Reported at `functions`, or at the start of the document when the key is missing.",
    defaultSeverity: "warn",
    examples: {
      wrong: "kind: Unit\nid: car-service\nname: Автосервис\nhead: service-manager",
      right:
        "kind: Unit\nid: car-service\nname: Автосервис\nhead: service-manager\nfunctions: [Ремонт и обслуживание автомобилей клиентов]",
    },
  },
  check: requireList((model) => model.units, "functions", "unit-without-function"),
};
