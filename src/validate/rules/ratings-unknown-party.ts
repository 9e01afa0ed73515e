import { message } from "../../i18n/messages.js";
import { suggest } from "../../i18n/suggest.js";
import { rowSource } from "../../model/ratings.js";
import type { Rule } from "../rule.js";

/** A rating of nobody counts for nobody: an unknown id is a typo or a unit the model does not have yet. */
export const ratingsUnknownParty: Rule = {
  meta: {
    id: "ratings-unknown-party",
    description:
      "In the ratings CSV, `rater` and `rated` name a unit or a position of the project, and `process`, when filled, a process.",
    rationale:
      "A rating counts for the unit or position it names (docs/ratings.md); an id that names nothing, or names a process or the organization, drops the rating from every average and from the bonus list. The nearest existing id is suggested.",
    defaultSeverity: "error",
    examplesFormat: "csv",
    examples: {
      wrong: "date,rater,rated,process,score,comment\n2026-11-05,workshop,procurment,parts-delivery,5,",
      right: "date,rater,rated,process,score,comment\n2026-11-05,workshop,procurement,parts-delivery,5,",
    },
  },
  check({ model, index, lang, report }) {
    const rows = model.ratings?.rows ?? [];
    if (rows.length === 0) return;
    const parties = [...index.units.keys(), ...index.positions.keys()];
    const processes = [...index.processes.keys()];
    const kindOf = (id: string): string | undefined =>
      index.processes.has(id)
        ? message(lang, "kind.process")
        : model.organization?.id === id
          ? message(lang, "kind.organization")
          : undefined;
    for (const row of rows) {
      for (const column of ["rater", "rated"] as const) {
        const id = row[column];
        if (index.units.has(id) || index.positions.has(id)) continue;
        const kind = kindOf(id);
        const suggestion = kind ? undefined : suggest(id, parties, lang);
        report({
          at: rowSource(row),
          message: kind ? "ratings-unknown-party.wrong-kind" : "ratings-unknown-party",
          data: { id, column, ...(kind ? { kind } : {}) },
          ...(suggestion ? { suggestion } : {}),
        });
      }
      if (row.process !== "" && !index.processes.has(row.process)) {
        const suggestion = suggest(row.process, processes, lang);
        report({
          at: rowSource(row),
          message: "ratings-unknown-party.process",
          data: { id: row.process },
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  },
};
