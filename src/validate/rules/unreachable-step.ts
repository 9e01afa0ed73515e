import { reachableFrom, stepGraph } from "../../model/step-graph.js";
import type { Rule } from "../rule.js";

/** The process starts at its first step; a step no path reaches is never done. */
export const unreachableStep: Rule = {
  meta: {
    id: "unreachable-step",
    description: "Every step can be reached from the first step of its process.",
    rationale:
      "The process starts at the first step listed and goes on by `next` (or to the step below). A step that no path reaches is never done: usually a `next` forgot it, or an `end: true` stops the flow too early.",
    defaultSeverity: "warn",
    examples: {
      wrong:
        "steps:\n  - id: meet\n    name: Meet the client\n    end: true\n  - id: inspect\n    name: Inspect the car",
      right: "steps:\n  - id: meet\n    name: Meet the client\n  - id: inspect\n    name: Inspect the car",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      const graph = stepGraph(process);
      if (!graph.first) continue;
      const reached = reachableFrom(graph, [graph.first]);
      for (const step of graph.steps) {
        if (reached.has(step.id)) continue;
        report({
          at: step.source,
          message: "unreachable-step",
          data: { step: step.name, name: process.name, first: graph.first.name },
        });
      }
    }
  },
};
