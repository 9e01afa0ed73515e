import type { SourceRef } from "../../load/source.js";
import type { Rule } from "../rule.js";

/** Transitions name steps by id: two steps with one id make every `next` to it ambiguous. */
export const duplicateStep: Rule = {
  meta: {
    id: "duplicate-step",
    description: "Step ids are unique within their process.",
    rationale:
      "Transitions (`next`) name steps by id, and the regulation's table, the swimlane diagram and the BPMN export follow them; with two steps of one id the flow could go to either. Ids need only be unique within the process, so `check` may appear in every process.",
    defaultSeverity: "error",
    examples: {
      wrong: "steps:\n  - id: check\n    name: Check the order\n  - id: check\n    name: Check the payment",
      right:
        "steps:\n  - id: check-order\n    name: Check the order\n  - id: check-payment\n    name: Check the payment",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      // The first step's source, its line looked up only when a second one is reported.
      const first = new Map<string, SourceRef>();
      for (const step of process.steps) {
        const earlier = first.get(step.id);
        if (earlier === undefined) {
          first.set(step.id, step.source);
          continue;
        }
        report({
          at: step.source,
          path: "/id",
          message: "duplicate-step",
          data: { id: step.id, name: process.name, first: `${step.source.file}:${earlier.line}` },
        });
      }
    }
  },
};
