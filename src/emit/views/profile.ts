import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import { type ProfileEntry, positionProfile } from "../../model/profile.js";
import type { Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Group, Item, Link, ViewBase, ViewOptions } from "./blocks.js";
import { processLink, textItems, traceOf } from "./common.js";
import { kpiCardReference } from "./kpi-card.js";
import { acknowledgedFrame } from "./position-frame.js";
import { positionFields } from "./position-header.js";

export interface ProfileSection {
  heading: string;
  items: Item[];
}

/**
 * The position profile, sections in the guide's order (DOMAIN.md "Position profile"): general knowledge, subject
 * knowledge, skills, personal qualities, values, functional duties (grouped by process), areas of responsibility.
 */
export interface ProfileView extends ViewBase {
  document: "profile";
  positionId: string;
  fields: Field[];
  generalHeading: string;
  generalKnowledge: ProfileSection;
  subjectKnowledge: ProfileSection;
  skills: ProfileSection;
  qualities: ProfileSection;
  values: ProfileSection;
  functionalDuties: { heading: string; groups: Group[] };
  responsibility: ProfileSection;
  /** Link to the professional standard, when the position names one. */
  profstandard?: { heading: string; fields: Field[] };
  /** Shown for an empty section. */
  none: string;
  /** After the areas of responsibility: where the KPIs they are measured by are written. */
  kpiCard?: { text: string; link: Link };
}

export function profileView(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  options: ViewOptions,
): ProfileView {
  const w = documentWords(lang);
  const profile = positionProfile(position, model, index);
  const items = (entries: readonly ProfileEntry[]): Item[] =>
    entries.map((entry) => ({ text: entry.text, ...(entry.source ? traceOf(entry.source, options) : {}) }));
  const view: ProfileView = {
    document: "profile",
    path: outputPaths.profile(position.id),
    lang,
    title: w.titles.profile,
    meta: acknowledgedFrame(model, index, position, lang, options, true),
    positionId: position.id,
    fields: positionFields(position, index, lang),
    generalHeading: w.profile.general,
    generalKnowledge: { heading: w.profile.generalKnowledge, items: items(profile.generalKnowledge) },
    subjectKnowledge: { heading: w.profile.subjectKnowledge, items: items(profile.subjectKnowledge) },
    skills: { heading: w.profile.skills, items: items(profile.skills) },
    qualities: { heading: w.profile.qualities, items: items(profile.qualities) },
    values: { heading: w.profile.values, items: items(profile.values) },
    functionalDuties: {
      heading: w.profile.functionalDuties,
      groups: profile.functionalDuties.map((duties) => {
        const items = textItems(duties.functions, duties.functionSources, duties.source, options);
        return { link: processLink(duties.process), items };
      }),
    },
    responsibility: { heading: w.profile.responsibility, items: items(profile.responsibility) },
    none: w.common.none,
  };
  const kpiCard = kpiCardReference(position, lang);
  if (kpiCard) view.kpiCard = kpiCard;
  const ps = profile.profstandard;
  if (ps) {
    const fields: Field[] = [{ label: w.profile.profstandardCode, value: ps.code }];
    if (ps.title) fields.push({ label: w.profile.profstandardTitle, value: ps.title });
    if (ps.function) fields.push({ label: w.profile.profstandardFunction, value: ps.function });
    if (ps.level !== undefined) fields.push({ label: w.profile.profstandardLevel, value: String(ps.level) });
    view.profstandard = { heading: w.profile.profstandard, fields };
  }
  return view;
}
