import type { MessageId } from "../../i18n/messages.js";
import { profileGaps } from "../../model/completeness.js";
import type { Rule } from "../rule.js";

/**
 * A full position profile (docs/method.md, "The documents and where each comes from"). Off by default: a team
 * describing processes first gets the profile as it fills in; switched on, it names each part `procspec stats`
 * counts missing, so `stats --min-completeness 100` and `validate` with every rule at error agree.
 */
export const profileIncomplete: Rule = {
  meta: {
    id: "profile-incomplete",
    description:
      "The profile of every position that executes a process has all its parts: general knowledge, subject knowledge, skills, personal qualities, values, functional duties and an area of responsibility.",
    rationale:
      "The position profile is what recruiting, assessment and training work from (docs/method.md, The documents and where each comes from); a part left empty is a gap `procspec stats` counts against completeness. Off by default — switch it on when profiles must be complete.",
    defaultSeverity: "off",
    examples: {
      wrong:
        "kind: Position\nid: service-advisor\nname: Мастер-приёмщик\nunit: car-service\n# …no generalKnowledge, and no process lists its competencies",
      right:
        "kind: Position\nid: service-advisor\nname: Мастер-приёмщик\nunit: car-service\ngeneralKnowledge: [Устройство автомобиля, Правила оказания услуг по ремонту]",
    },
  },
  check({ model, index, report, unreadable }) {
    for (const position of model.positions) {
      // Only executing gives a position job duties and a profile; an unreadable file may hold what is missing.
      if (position.executes.length === 0 || unreadable.mentions(position.id)) continue;
      for (const part of profileGaps(position, model, index)) {
        report({
          at: position.source,
          path: "/id",
          message: `profile-incomplete.${part}` satisfies MessageId,
          data: { name: position.name },
        });
      }
    }
  },
};
