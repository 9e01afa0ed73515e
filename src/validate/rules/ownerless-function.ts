import type { Rule } from "../rule.js";

/** Functions that no process carries reveal a missing responsibility centre (docs/method.md, road map step 3). */
export const ownerlessFunction: Rule = {
  meta: {
    id: "ownerless-function",
    description: "A unit that lists functions has at least one position that executes or owns a process.",
    rationale:
      'The structure is built to serve the processes: a unit\'s functions are carried by the processes its positions take part in. Functions no process carries are "ownerless" and reveal a missing process or responsibility centre (docs/method.md, road map step 3).',
    defaultSeverity: "warn",
    examples: {
      wrong:
        "kind: Unit\nid: it-service\nname: ИТ-служба\nfunctions: [Сопровождение компьютеров и программ]\n# …and no position of it-service executes or owns a process",
      right:
        "kind: Process\nid: it-support\nname: ИТ-поддержка\nowner: it-head          # a position of it-service\nexecutors:\n  - position: system-administrator",
    },
  },
  check({ model, report, unreadable }) {
    for (const unit of model.units) {
      if (unit.functions.length === 0 || unit.processes.length > 0 || unreadable.mentions(unit.id)) continue;
      report({
        at: unit.source,
        path: "/functions",
        key: true,
        message: "ownerless-function",
        data: { name: unit.name },
      });
    }
  },
};
