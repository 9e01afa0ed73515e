import { sameText } from "../../model/same-text.js";
import { findGeneralized, findStandard } from "../../model/standard-comparison.js";
import type { Rule } from "../rule.js";

/** Labour Code art. 57: where the law ties benefits or restrictions to a job, its title must follow the standard. */
export const profstandardTitle: Rule = {
  meta: {
    id: "profstandard-title",
    description:
      "The name of a position linked to a generalized labour function is one of the standard's possible job titles.",
    rationale:
      "Introducing a professional standard (the guide's stages) includes bringing job titles in line with it. The law requires it when the work gives a right to benefits, compensations or is restricted (Labour Code of the Russian Federation, art. 57); otherwise a different title is allowed but worth a conscious decision, so this is a warning.",
    defaultSeverity: "warn",
    examples: {
      wrong:
        'name: Механик\nprofstandard:\n  code: "31.010"\n  function: A   # titles: Слесарь по ремонту автомобилей, Автослесарь',
      right: 'name: Автослесарь\nprofstandard:\n  code: "31.010"\n  function: A',
    },
  },
  check({ model, report }) {
    for (const position of model.positions) {
      const link = position.profstandard;
      if (!link) continue;
      const generalized = findGeneralized(findStandard(model.standards, link.code), link.function);
      if (!generalized || generalized.jobTitles.length === 0) continue;
      if (generalized.jobTitles.some((t) => sameText(t) === sameText(position.name))) continue;
      report({
        at: position.source,
        path: "/name",
        message: "profstandard-title",
        data: {
          name: position.name,
          function: generalized.code,
          titles: generalized.jobTitles.map((t) => `«${t}»`).join(", "),
        },
      });
    }
  },
};
