import type { Rule } from "../rule.js";

/** A decision is read by its conditions: the regulation and the diagram print them on the branches. */
export const decisionWithoutCondition: Rule = {
  meta: {
    id: "decision-without-condition",
    description: "A step with two or more `next` is a decision, and each of its branches says when it is taken.",
    rationale:
      "The executor must know which way to go: the regulation lists a decision's conditions, the swimlane diagram and the BPMN export write them on the arrows out of the diamond. A branch without `when` leaves the choice to guesswork.",
    defaultSeverity: "warn",
    examples: {
      wrong: "next:\n  - { step: draft-order, when: Клиент согласен }\n  - { step: record-refusal }",
      right:
        "next:\n  - { step: draft-order, when: Клиент согласен }\n  - { step: record-refusal, when: Клиент отказался }",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      for (const step of process.steps) {
        if (step.next.length < 2) continue;
        for (const transition of step.next) {
          if (transition.when !== undefined) continue;
          report({
            at: transition.source,
            message: "decision-without-condition",
            data: { step: step.name, count: step.next.length, target: transition.step },
          });
        }
      }
    }
  },
};
