import { message } from "../../i18n/messages.js";
import { ratingsWords } from "../../i18n/words/ratings.js";
import { parseRatingDate, ratingParty, rowSource } from "../../model/ratings.js";
import type { Rule } from "../rule.js";

/** A second rating for the same month weighs one rater's opinion twice in the average. */
export const ratingsDuplicate: Rule = {
  meta: {
    id: "ratings-duplicate",
    description:
      "The same rater rates the same side for the same process once a month; reported at the second row, naming the first.",
    rationale:
      "A month's average is the average of the raters' opinions (docs/ratings.md); a row exported twice, or a rating repeated, counts one opinion twice. When ratings are given per task rather than per month, switch the rule off.",
    defaultSeverity: "warn",
    examplesFormat: "csv",
    examples: {
      wrong:
        "date,rater,rated,process,score,comment\n2026-11-05,mechanic,service-advisor,vehicle-repair,5,\n2026-11-20,mechanic,service-advisor,vehicle-repair,4,Не указан пробег",
      right:
        "date,rater,rated,process,score,comment\n2026-11-20,mechanic,service-advisor,vehicle-repair,4,Не указан пробег",
    },
  },
  check({ model, index, lang, report }) {
    const first = new Map<string, { file: string; line: number }>();
    for (const row of model.ratings?.rows ?? []) {
      const date = parseRatingDate(row.date);
      if (!date || !ratingParty(row.rater, index) || !ratingParty(row.rated, index)) continue;
      const month = date.slice(0, 7);
      const key = [row.rater, row.rated, row.process, month].join("\u0000");
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { file: row.file, line: row.line });
        continue;
      }
      const process = index.processes.get(row.process);
      report({
        at: rowSource(row),
        message: "ratings-duplicate",
        data: {
          rater: index.units.get(row.rater)?.name ?? index.positions.get(row.rater)?.name ?? row.rater,
          rated: index.units.get(row.rated)?.name ?? index.positions.get(row.rated)?.name ?? row.rated,
          month: ratingsWords(lang).month(month),
          line: earlier.file === row.file ? earlier.line : `${earlier.file}:${earlier.line}`,
          process: process ? message(lang, "ratings-duplicate.process", { process: process.name }) : "",
        },
      });
    }
  },
};
