import type { Rule } from "../rule.js";

/** A process consists of its sub-processes (docs/method.md, element 11); one alone adds a level but no structure. */
export const singleChild: Rule = {
  meta: {
    id: "single-child",
    description: "A process with sub-processes has at least two of them.",
    rationale:
      "The structure of a process (element 11) is the level-2 processes it consists of (docs/method.md, element 11); a single sub-process is the same work under another name, so either merge it into its parent or split the work further. Reported at the parent's `id`.",
    defaultSeverity: "warn",
    examples: {
      wrong:
        "kind: Process\nid: car-service-delivery\n---\nkind: Process\nid: vehicle-intake\nparent: car-service-delivery",
      right:
        "kind: Process\nid: car-service-delivery\n---\nkind: Process\nid: vehicle-intake\nparent: car-service-delivery\n---\nkind: Process\nid: vehicle-repair\nparent: car-service-delivery",
    },
  },
  check({ model, index, report, unreadable }) {
    for (const process of model.processes) {
      const [only, ...rest] = process.children;
      // A sub-process in an unreadable document may be the second child.
      if (only === undefined || rest.length > 0 || unreadable.mentions(process.id)) continue;
      const child = index.processes.get(only);
      report({
        at: process.source,
        path: "/id",
        message: "single-child",
        data: { name: process.name, child: child?.name ?? only },
      });
    }
  },
};
