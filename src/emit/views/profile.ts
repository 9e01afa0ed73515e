import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { positionDocumentWords } from "../../i18n/words/position-documents.js";
import type { ModelIndex } from "../../model/index-model.js";
import { type ProfileEntry, positionProfile } from "../../model/profile.js";
import type { Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Group, Item, Link, ViewBase, ViewOptions } from "./blocks.js";
import { processLink, targetText, textItems, traceOf } from "./common.js";
import { kpiCardReference } from "./kpi-card.js";
import { acknowledgedFrame } from "./position-frame.js";
import { positionFields } from "./position-header.js";

export interface ProfileSection {
  /** With its number: «1. Общие знания» (Markdown and DOCX print it as it is). */
  heading: string;
  items: Item[];
}

/**
 * The position profile, sections in the guide's order (docs/method.md, "The documents and where each comes from"): general knowledge, subject
 * knowledge, skills, personal qualities, values, functional duties (the processes it owns, then its functions by
 * executed process), areas of responsibility (owned indicators and strategy first, then what it contributes to).
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
  functionalDuties: {
    heading: string;
    /** The processes the position owns, and what an owner does, in one sentence. */
    owned?: { label: string; links: Link[]; duties: string };
    /** «Исполнитель процессов», printed above the groups only when there are owned processes too. */
    executedLabel?: string;
    groups: Group[];
  };
  /** Indicators of owned processes with targets, then the responsibilities that come from strategy. */
  responsibility: ProfileSection;
  /** «Участвует в достижении показателей процессов»: indicators of processes it executes but does not own. */
  contribution?: { label: string; items: Item[] };
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
  const p = positionDocumentWords[lang];
  const profile = positionProfile(position, model, index);
  const items = (entries: readonly ProfileEntry[]): Item[] =>
    entries.map((entry) => ({
      text: entry.target ? `${entry.text} (${targetText(entry.target, w)})` : entry.text,
      ...(entry.source ? traceOf(entry.source, options) : {}),
    }));
  let number = 0;
  const section = (heading: string, entries: readonly ProfileEntry[]): ProfileSection => ({
    heading: `${++number}. ${heading}`,
    items: items(entries),
  });
  const view: ProfileView = {
    document: "profile",
    path: outputPaths.profile(position.id),
    lang,
    title: p.titles.profile(position),
    meta: acknowledgedFrame(model, index, position, lang, options, true),
    positionId: position.id,
    fields: positionFields(position, index, lang),
    generalHeading: w.profile.general,
    generalKnowledge: section(w.profile.generalKnowledge, profile.generalKnowledge),
    subjectKnowledge: section(w.profile.subjectKnowledge, profile.subjectKnowledge),
    skills: section(w.profile.skills, profile.skills),
    qualities: section(w.profile.qualities, profile.qualities),
    values: section(w.profile.values, profile.values),
    functionalDuties: {
      heading: `${++number}. ${w.profile.functionalDuties}`,
      groups: profile.functionalDuties.map((duties) => {
        const items = textItems(duties.functions, duties.functionSources, duties.source, options);
        return { link: processLink(duties.process), items };
      }),
    },
    responsibility: section(w.profile.responsibility, profile.responsibility),
    none: w.common.none,
  };
  if (profile.owned.length > 0) {
    view.functionalDuties.owned = {
      label: p.profile.owned,
      links: profile.owned.map(processLink),
      duties: p.profile.ownerDuties,
    };
    if (view.functionalDuties.groups.length > 0) view.functionalDuties.executedLabel = p.profile.executed;
  }
  if (profile.contribution.length > 0)
    view.contribution = { label: w.profile.contribution, items: items(profile.contribution) };
  const kpiCard = kpiCardReference(position, lang);
  if (kpiCard) view.kpiCard = kpiCard;
  const ps = profile.profstandard;
  if (ps) {
    const fields: Field[] = [{ label: w.profile.profstandardCode, value: ps.code }];
    if (ps.title) fields.push({ label: w.profile.profstandardTitle, value: ps.title });
    if (ps.function) fields.push({ label: w.profile.profstandardFunction, value: ps.function });
    if (ps.level !== undefined) fields.push({ label: w.profile.profstandardLevel, value: String(ps.level) });
    view.profstandard = { heading: `${++number}. ${w.profile.profstandard}`, fields };
  }
  return view;
}
