import { parseRatingDate, rowSource } from "../../model/ratings.js";
import type { Rule } from "../rule.js";

/** A rating belongs to a month; without a date, or dated ahead, it lands in no month or in the wrong one. */
export const ratingsDate: Rule = {
  meta: {
    id: "ratings-date",
    description:
      "In the ratings CSV, `date` is a date (YYYY-MM-DD, as a CRM exports it, or DD.MM.YYYY, as Excel saves it) and does not lie in the future.",
    rationale:
      "Ratings are averaged by month and the bonus list looks at the last three months (docs/ratings.md); a row without a readable date belongs to no month, and a date ahead of the day of the check is a typo that would count in a month not yet over. The day of the check is today, or the date `SOURCE_DATE_EPOCH` pins.",
    defaultSeverity: "error",
    examplesFormat: "csv",
    examples: {
      wrong: "date,rater,rated,process,score,comment\n2026-13-05,workshop,procurement,parts-delivery,5,",
      right: "date,rater,rated,process,score,comment\n2026-11-05,workshop,procurement,parts-delivery,5,",
    },
  },
  check({ model, report }) {
    const today = model.ratings?.today ?? "";
    for (const row of model.ratings?.rows ?? []) {
      const date = parseRatingDate(row.date);
      if (date === undefined) report({ at: rowSource(row), message: "ratings-date", data: { date: row.date } });
      else if (date > today)
        report({ at: rowSource(row), message: "ratings-date.future", data: { date: row.date, today } });
    }
  },
};
