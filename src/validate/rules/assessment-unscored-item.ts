import { assessmentItems } from "../../model/assessment.js";
import { sameText } from "../../model/same-text.js";
import type { Rule } from "../rule.js";

/** An item left out may be deliberate (not observed yet), so this only informs; one line per assessment. */
export const assessmentUnscoredItem: Rule = {
  meta: {
    id: "assessment-unscored-item",
    description: "Lists the profile items an Assessment gives no score for (one report per assessment).",
    rationale:
      "A formalized assessment (the guide's HR use of the profile) scores the person on every knowledge, skill and quality of the position's profile; an item without a score can hide a gap that the development plan then misses. Leaving an item out may be deliberate, so this is information.",
    defaultSeverity: "info",
    examples: {
      wrong: "position: mechanic\nscores:\n  Устройство автомобиля: 5   # the other profile items are not scored",
      right:
        "position: mechanic\nscores:\n  Устройство автомобиля: 5\n  Слесарное дело: 4\n  # … every item of the profile",
    },
  },
  check({ model, index, report }) {
    for (const assessment of model.assessments) {
      const position = assessment.position ? index.positions.get(assessment.position.id) : undefined;
      if (!position) continue;
      const scored = new Set(assessment.scores.map((s) => sameText(s.item)));
      const missing = assessmentItems(position, model, index)
        .filter((i) => i.group !== "standardSkills" && !scored.has(sameText(i.text)))
        .map((i) => `«${i.text}»`);
      if (missing.length === 0) continue;
      report({
        at: assessment.source,
        path: "/scores",
        key: true,
        message: "assessment-unscored-item",
        data: { position: position.name, count: missing.length, items: missing.join(", ") },
      });
    }
  },
};
