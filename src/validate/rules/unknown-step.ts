import { suggest } from "../../i18n/suggest.js";
import type { Rule } from "../rule.js";

/** A transition to nothing breaks the course of the process; suggest the nearest step id of the same process. */
export const unknownStep: Rule = {
  meta: {
    id: "unknown-step",
    description: "Every `next` names a step of the same process.",
    rationale:
      "The regulation's table, the swimlane diagram and the BPMN export follow the transitions; one that names no step leaves the flow hanging. Steps are named by their `id` within the process, and the nearest id is suggested.",
    defaultSeverity: "error",
    examples: {
      wrong: "steps:\n  - id: agree\n    name: Agree the price\n    next:\n      - { step: repiar, when: Agreed }",
      right: "steps:\n  - id: agree\n    name: Agree the price\n    next:\n      - { step: repair, when: Agreed }",
    },
  },
  check({ model, lang, report }) {
    for (const process of model.processes) {
      const ids = process.steps.map((s) => s.id);
      const known = new Set(ids);
      for (const step of process.steps) {
        for (const transition of step.next) {
          if (!transition.written || known.has(transition.step)) continue;
          const suggestion = suggest(transition.step, ids, lang);
          report({
            at: transition.source,
            path: "/step",
            message: "unknown-step",
            data: { step: step.name, target: transition.step, name: process.name },
            ...(suggestion ? { suggestion } : {}),
          });
        }
      }
    }
  },
};
