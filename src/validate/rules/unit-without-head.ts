import type { Rule } from "../rule.js";

/** The org structure splits authority and responsibility between units (docs/method.md, road map step 3). */
export const unitWithoutHead: Rule = {
  meta: {
    id: "unit-without-head",
    description: "Every unit names its head (`head`), a position.",
    rationale:
      "The regulation on the org structure assigns authority and responsibility to units; a unit without a head has nobody to carry them, and the org chart has no one to subordinate its positions to (docs/method.md, road map step 3). Reported at `head`, or at the start of the document when the key is missing.",
    defaultSeverity: "warn",
    examples: {
      wrong: "kind: Unit\nid: car-service\nname: Автосервис\nfunctions: [Ремонт и обслуживание автомобилей клиентов]",
      right:
        "kind: Unit\nid: car-service\nname: Автосервис\nhead: service-manager\nfunctions: [Ремонт и обслуживание автомобилей клиентов]",
    },
  },
  check({ model, report }) {
    for (const unit of model.units) {
      if (unit.head) continue;
      report({ at: unit.source, path: "/head", key: true, message: "unit-without-head", data: { name: unit.name } });
    }
  },
};
