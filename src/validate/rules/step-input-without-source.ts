import { sameText } from "../../model/same-text.js";
import { ancestorsOf, stepGraph } from "../../model/step-graph.js";
import type { Rule } from "../rule.js";

/** Every input comes from somewhere: a resource (with its supplier) or what an earlier step produced. */
export const stepInputWithoutSource: Rule = {
  meta: {
    id: "step-input-without-source",
    description: "Every input of a step is a resource of the process or an output of a step that comes before it.",
    rationale:
      "Resources are what the process receives from its suppliers; everything else a step works from must be produced by a step on the way to it. An input that is neither names something nobody supplies, usually a missing resource or a name spelt differently in two places (compared ignoring case and spacing).",
    defaultSeverity: "warn",
    examples: {
      wrong:
        "resources:\n  - name: Запись клиента на ремонт\nsteps:\n  - id: meet\n    name: Встретить клиента\n    inputs: [Заявка клиента]",
      right:
        "resources:\n  - name: Запись клиента на ремонт\nsteps:\n  - id: meet\n    name: Встретить клиента\n    inputs: [Запись клиента на ремонт]",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      if (process.steps.length === 0) continue;
      const graph = stepGraph(process);
      const resources = new Set(process.resources.map((r) => sameText(r.name)));
      const outputsOf = new Map(graph.steps.map((s) => [s.id, new Set(s.outputs.map((o) => sameText(o.name)))]));
      for (const step of graph.steps) {
        let before: Set<string> | undefined;
        for (const input of step.inputs) {
          const key = sameText(input.name);
          if (resources.has(key)) continue;
          before ??= ancestorsOf(graph, step);
          if ([...before].some((id) => outputsOf.get(id)?.has(key))) continue;
          report({
            at: input.source,
            message: "step-input-without-source",
            data: { input: input.name, step: step.name, name: process.name },
          });
        }
      }
    }
  },
};
