import type { Rule } from "../rule.js";

/** Knowing the resources reveals suppliers and adjacent processes (docs/method.md, elements 7 and 8). */
export const resourceWithoutSupplier: Rule = {
  meta: {
    id: "resource-without-supplier",
    description: "Every resource names its supplier (`from`).",
    rationale:
      "Suppliers are the people, units, processes or organizations that provide the resources; naming them reveals adjacent processes and the internal suppliers of units (docs/method.md, elements 7 and 8, road map step 3).",
    defaultSeverity: "warn",
    examples: {
      wrong: "resources:\n  - name: Компьютер и учётная программа\n    type: renewable",
      right: "resources:\n  - name: Компьютер и учётная программа\n    type: renewable\n    from: { unit: it-service }",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      for (const resource of process.resources) {
        if (resource.from) continue;
        report({ at: resource.source, message: "resource-without-supplier", data: { resource: resource.name } });
      }
    }
  },
};
