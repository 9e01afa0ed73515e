import { findGeneralized, findStandard } from "../../model/standard-comparison.js";
import type { Rule } from "../rule.js";

/** The qualification level belongs to the generalized labour function; a different one on the position is a slip. */
export const profstandardLevel: Rule = {
  meta: {
    id: "profstandard-level",
    description:
      "The `level` of a position's `profstandard` equals the level of the generalized labour function it names.",
    rationale:
      "As the guide reads a professional standard, it sets the qualification level per generalized labour function (LevelOfQualification); the level on the position is a copy of it for readers of the profile. A different number means either the wrong function or a typo, and the qualification requirements compared are then those of another level.",
    defaultSeverity: "warn",
    examples: {
      wrong: 'profstandard:\n  code: "31.010"\n  function: A   # level 4 in the standard\n  level: 5',
      right: 'profstandard:\n  code: "31.010"\n  function: A\n  level: 4',
    },
  },
  check({ model, report }) {
    for (const position of model.positions) {
      const link = position.profstandard;
      if (!link || link.level === undefined) continue;
      const generalized = findGeneralized(findStandard(model.standards, link.code), link.function);
      if (!generalized || generalized.level === undefined || generalized.level === link.level) continue;
      report({
        at: position.source,
        path: "/profstandard/level",
        message: "profstandard-level",
        data: { level: link.level, expected: generalized.level, function: generalized.code, name: generalized.name },
      });
    }
  },
};
