import { parseScore, rowSource } from "../../model/ratings.js";
import type { Rule } from "../rule.js";

/** A low score says something is wrong; only the comment says what, so that the heads of the units can fix it. */
export const ratingsComment: Rule = {
  meta: {
    id: "ratings-comment",
    description: "In the ratings CSV, a score below 5 has a comment.",
    rationale:
      "The point of rating how a task was set is that the side that set it learns what to change; a 3 without a word teaches nothing and cannot be discussed by the heads of the two units (docs/ratings.md).",
    defaultSeverity: "error",
    examplesFormat: "csv",
    examples: {
      wrong: "date,rater,rated,process,score,comment\n2026-11-05,workshop,car-service,vehicle-repair,3,",
      right:
        'date,rater,rated,process,score,comment\n2026-11-05,workshop,car-service,vehicle-repair,3,"В наряд-заказе не указан пробег"',
    },
  },
  check({ model, report }) {
    for (const row of model.ratings?.rows ?? []) {
      const score = parseScore(row.score);
      if (score !== undefined && score < 5 && row.comment === "")
        report({ at: rowSource(row), message: "ratings-comment", data: { score } });
    }
  },
};
