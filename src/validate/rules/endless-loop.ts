import { canEnd, reachableFrom, stepGraph } from "../../model/step-graph.js";
import type { Rule } from "../rule.js";

/** A loop is fine (rework goes back to the check); a loop the process can never leave is not. */
export const endlessLoop: Rule = {
  meta: {
    id: "endless-loop",
    description: "Every loop of steps has a way out to the end of the process.",
    rationale:
      "Rework loops are normal (a failed check goes back to the repair), but from every step the process must still be able to end. A group of steps whose transitions only lead back among themselves never ends; it is reported once, at its first step, with the loop spelled out.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "steps:\n  - id: check\n    name: Check the work\n    next: [{ step: rework }]\n  - id: rework\n    name: Redo the work\n    next: [{ step: check }]",
      right:
        "steps:\n  - id: check\n    name: Check the work\n    next:\n      - { step: release, when: Accepted }\n      - { step: rework, when: Defects found }\n  - id: rework\n    name: Redo the work\n    next: [{ step: check }]\n  - id: release\n    name: Release the car",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      const graph = stepGraph(process);
      const ending = canEnd(graph);
      const reported = new Set<string>();
      for (const step of graph.steps) {
        if (ending.has(step.id) || reported.has(step.id)) continue;
        // The steps stuck with this one: reached from it and reaching back to it. A stuck step outside any loop
        // only leads into one; that loop is reported at its own first step.
        const ahead = reachableFrom(graph, [step]);
        const loop = graph.steps.filter((s) => ahead.has(s.id) && reachableFrom(graph, [s]).has(step.id));
        if (!loop.some((s) => (graph.next.get(s.id) ?? []).some((t) => loop.includes(t)))) continue;
        for (const s of loop) reported.add(s.id);
        report({
          at: step.source,
          message: "endless-loop",
          data: { path: [...loop, step].map((s) => `\`${s.id}\``).join(" → "), name: process.name },
        });
      }
    }
  },
};
