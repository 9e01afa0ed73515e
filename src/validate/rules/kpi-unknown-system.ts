import { suggest } from "../../i18n/suggest.js";
import type { Rule } from "../rule.js";

/**
 * A system-use KPI is controlled in the system it names; once the project describes its systems, a name that
 * matches none of them is most likely a typo, and the card would send the employee to a system nobody described.
 */
export const kpiUnknownSystem: Rule = {
  meta: {
    id: "kpi-unknown-system",
    description:
      "An own KPI's `system:` is the id of a System of the project, when the project describes any; the nearest id is suggested. Projects without System files may write any text.",
    rationale:
      "A KPI for working in the company's system is checked in that system, and the card, the regulation of the system and its instructions must point at the same one. While a project describes no systems the text is shown as written.",
    defaultSeverity: "warn",
    examples: {
      wrong: "kpis:\n  items:\n    - { name: Orders kept in the system, system: dsm, weight: 20 }",
      right: "kpis:\n  items:\n    - { name: Orders kept in the system, system: dms, weight: 20 }",
    },
  },
  check({ model, lang, report }) {
    if (model.systems.length === 0) return;
    const ids = model.systems.map((s) => s.id);
    for (const position of model.positions) {
      for (const item of position.kpis?.items ?? []) {
        // A resolved item carries the System's id; an unresolved one keeps the text as written.
        if (item.system === undefined || item.systemId !== undefined) continue;
        const suggestion = suggest(item.system, ids, lang);
        report({
          at: item.source,
          path: "/system",
          message: "kpi-unknown-system",
          data: { name: item.name, system: item.system },
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  },
};
