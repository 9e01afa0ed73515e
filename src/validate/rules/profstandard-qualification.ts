import { message } from "../../i18n/messages.js";
import { findGeneralized, findStandard } from "../../model/standard-comparison.js";
import type { Rule } from "../rule.js";

/** From level 4 up every standard sets education and experience; a vacancy and an attestation need them. */
const FROM_LEVEL = 4;

/** «Не требуется», «-»: a requirement that asks for nothing. */
const asksNothing = (text: string) => /^\s*([-–—]|без требований|не требуется|not required|none)\s*\.?\s*$/i.test(text);

export const profstandardQualification: Rule = {
  meta: {
    id: "profstandard-qualification",
    description:
      "A position linked to a generalized labour function of level 4 or higher states `education` and `experience` when the standard asks for them.",
    rationale:
      "Professional standards set qualification requirements (education and training, practical experience) for every generalized function from level 4 up. Comparing them with the position's is one of the guide's stages of introducing the standard, and the vacancy text and the attestation of employees rely on them.",
    defaultSeverity: "warn",
    examples: {
      wrong: 'profstandard:\n  code: "31.010"\n  function: A   # level 4',
      right:
        'profstandard:\n  code: "31.010"\n  function: A\neducation: Среднее профессиональное образование\nexperience: Не менее одного года',
    },
  },
  check({ model, lang, report }) {
    for (const position of model.positions) {
      const link = position.profstandard;
      if (!link) continue;
      const generalized = findGeneralized(findStandard(model.standards, link.code), link.function);
      if (!generalized || (generalized.level ?? 0) < FROM_LEVEL) continue;
      for (const key of ["education", "experience"] as const) {
        const asked = generalized[key].filter((t) => !asksNothing(t));
        if (asked.length === 0 || position[key] !== undefined) continue;
        report({
          at: position.source,
          path: "/profstandard",
          key: true,
          message: "profstandard-qualification",
          data: {
            what: message(lang, `profstandard-qualification.${key}`),
            level: generalized.level ?? FROM_LEVEL,
            requirement: asked.join("; "),
            key,
          },
        });
      }
    }
  },
};
