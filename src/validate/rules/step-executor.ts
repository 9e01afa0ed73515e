import { suggest } from "../../i18n/suggest.js";
import type { Rule } from "../rule.js";

/** A lane of the swimlane diagram is an executor of the process; a step outside them has no lane and no duties. */
export const stepExecutor: Rule = {
  meta: {
    id: "step-executor",
    description: "Every step names its executor, and the executor is one of the process's executors.",
    rationale:
      "A step is done by one of the positions (or provisional roles) that execute the process: their functions and competencies come from `executors`, the swimlane diagram has a lane for each, and job duties list the steps. A step given to someone who is not an executor is a duty nobody's documents show; the nearest executor is suggested.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "executors:\n  - position: service-advisor\nsteps:\n  - id: meet\n    name: Встретить клиента\n    executor: mechanic",
      right:
        "executors:\n  - position: service-advisor\nsteps:\n  - id: meet\n    name: Встретить клиента\n    executor: service-advisor",
    },
  },
  check({ model, lang, report }) {
    for (const process of model.processes) {
      const allowed = process.executors.flatMap((e) => (e.position ? [e.position.id] : e.role ? [e.role] : []));
      const known = new Set(allowed);
      for (const step of process.steps) {
        if (!step.executor) {
          report({
            at: step.source,
            path: "/executor",
            key: true,
            message: "step-executor.missing",
            data: { step: step.name, name: process.name },
          });
          continue;
        }
        if (known.has(step.executor.text)) continue;
        const suggestion = suggest(step.executor.text, allowed, lang);
        report({
          at: step.executor.source,
          message: "step-executor",
          data: { executor: step.executor.text, step: step.name, name: process.name },
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  },
};
