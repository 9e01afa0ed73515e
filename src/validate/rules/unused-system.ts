import type { Rule } from "../rule.js";

/** Work in a system takes hold when the regulation says what is recorded there; a system no step names says nothing. */
export const unusedSystem: Rule = {
  meta: {
    id: "unused-system",
    description: "Every information system is named by at least one step (`system`).",
    rationale:
      "A system's regulation lists what each position records in it and when, taken from the steps that name it; without such steps the document is empty and nobody is asked to work in the system. Name the system in the steps done or recorded there.",
    defaultSeverity: "warn",
    examples: {
      wrong: "kind: System\nid: dms\nname: 1С:Автосервис\n# ... and no step has `system: dms`",
      right:
        "steps:\n  - id: draft-order\n    name: Оформить наряд-заказ\n    executor: service-advisor\n    system: dms",
    },
  },
  check({ model, report }) {
    for (const system of model.systems) {
      if (system.steps.length > 0) continue;
      report({ at: system.source, path: "/id", message: "unused-system", data: { name: system.name } });
    }
  },
};
