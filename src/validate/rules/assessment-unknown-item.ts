import { suggest } from "../../i18n/suggest.js";
import { assessmentItems } from "../../model/assessment.js";
import { sameText } from "../../model/same-text.js";
import type { Rule } from "../rule.js";

/** A score for something the profile does not ask is lost: it reaches no questionnaire and no development plan. */
export const assessmentUnknownItem: Rule = {
  meta: {
    id: "assessment-unknown-item",
    description:
      "Every item scored in an Assessment is a knowledge, skill or quality of the position's profile (or a skill of its professional standard).",
    rationale:
      "The profile is, in the guide's words, the yardstick of a formalized assessment of people: a score is given against an item of the position's profile. A score under a wording the profile does not have (a typo, an old wording) compares the person with nothing, and the gap never reaches the development plan. The nearest item of the profile is suggested.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "position: service-advisor\nscores:\n  Работа в учетной программе: 3   # the profile says «Работа в учётной программе»",
      right: "position: service-advisor\nscores:\n  Работа в учётной программе: 3",
    },
  },
  check({ model, index, lang, report }) {
    for (const assessment of model.assessments) {
      const position = assessment.position ? index.positions.get(assessment.position.id) : undefined;
      if (!position) continue;
      const items = assessmentItems(position, model, index).map((i) => i.text);
      const known = new Set(items.map(sameText));
      for (const score of assessment.scores) {
        if (known.has(sameText(score.item))) continue;
        const suggestion = suggest(score.item, items, lang);
        report({
          at: score.source,
          key: true,
          message: "assessment-unknown-item",
          data: { item: score.item, position: position.name },
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  },
};
