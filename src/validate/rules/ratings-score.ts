import { parseScore, rowSource } from "../../model/ratings.js";
import type { Rule } from "../rule.js";

/** A score outside the scale cannot be averaged with the others. */
export const ratingsScore: Rule = {
  meta: {
    id: "ratings-score",
    description: "In the ratings CSV, `score` is a whole number from 1 to 5.",
    rationale:
      "Averages, the trend and the bonus list are computed on the 1–5 scale (docs/ratings.md); a 0, a 10 or a word cannot be counted, and the row is left out of every figure.",
    defaultSeverity: "error",
    examplesFormat: "csv",
    examples: {
      wrong: "date,rater,rated,process,score,comment\n2026-11-05,workshop,procurement,parts-delivery,отлично,",
      right: "date,rater,rated,process,score,comment\n2026-11-05,workshop,procurement,parts-delivery,5,",
    },
  },
  check({ model, report }) {
    for (const row of model.ratings?.rows ?? []) {
      if (parseScore(row.score) === undefined)
        report({ at: rowSource(row), message: "ratings-score", data: { score: row.score } });
    }
  },
};
