import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Competencies, Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Group, Item, ViewBase, ViewOptions } from "./blocks.js";
import { documentMeta, executorOf, processesOf, processLink, sameText, traceOf } from "./common.js";
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
}

/** Keeps the first spelling and the order of first appearance; case and spacing do not make a new entry. */
function distinct(items: Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = sameText(item.text);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function profileView(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  options: ViewOptions,
): ProfileView {
  const w = documentWords(lang);
  const executed = processesOf(position.executes, index);
  const fromCompetencies = (key: keyof Competencies): Item[] =>
    distinct(
      executed.flatMap((process) => {
        const executor = executorOf(process, position.id);
        const trace = executor ? traceOf(executor.source, options) : {};
        return (executor?.competencies?.[key] ?? []).map((text) => ({ text, ...trace }));
      }),
    );
  const plain = (texts: readonly string[]): Item[] =>
    distinct(texts.map((text) => ({ text, ...traceOf(position.source, options) })));

  // Values are set by the leader for the whole company; a position (or a big division) may override them.
  const values = position.values ?? model.organization?.values ?? [];
  const valuesSource = position.values ? position.source : model.organization?.source;

  // The owner answers for a process's goals, so owned processes come first; strategy adds the rest.
  const answered = processesOf([...position.owns, ...position.executes], index);
  const responsibility = distinct([
    ...answered.flatMap((process) =>
      process.indicators.map((indicator) => ({ text: indicator.name, ...traceOf(indicator.source, options) })),
    ),
    ...plain(position.responsibilities),
  ]);

  const general = new Set(position.generalKnowledge.map(sameText));
  const view: ProfileView = {
    document: "profile",
    path: outputPaths.profile(position.id),
    lang,
    title: w.titles.profile,
    meta: documentMeta(model, lang),
    positionId: position.id,
    fields: positionFields(position, index, lang),
    generalHeading: w.profile.general,
    generalKnowledge: { heading: w.profile.generalKnowledge, items: plain(position.generalKnowledge) },
    // What is already general knowledge is not repeated as subject knowledge.
    subjectKnowledge: {
      heading: w.profile.subjectKnowledge,
      items: fromCompetencies("knowledge").filter((item) => !general.has(sameText(item.text))),
    },
    skills: { heading: w.profile.skills, items: fromCompetencies("skills") },
    qualities: { heading: w.profile.qualities, items: fromCompetencies("qualities") },
    values: {
      heading: w.profile.values,
      items: distinct(values.map((text) => ({ text, ...(valuesSource ? traceOf(valuesSource, options) : {}) }))),
    },
    functionalDuties: {
      heading: w.profile.functionalDuties,
      groups: executed.flatMap((process) => {
        const executor = executorOf(process, position.id);
        if (!executor || executor.functions.length === 0) return [];
        const trace = traceOf(executor.source, options);
        return [{ link: processLink(process), items: executor.functions.map((text) => ({ text, ...trace })) }];
      }),
    },
    responsibility: { heading: w.profile.responsibility, items: responsibility },
    none: w.common.none,
  };
  const ps = position.profstandard;
  if (ps) {
    const fields: Field[] = [{ label: w.profile.profstandardCode, value: ps.code }];
    if (ps.title) fields.push({ label: w.profile.profstandardTitle, value: ps.title });
    if (ps.function) fields.push({ label: w.profile.profstandardFunction, value: ps.function });
    if (ps.level !== undefined) fields.push({ label: w.profile.profstandardLevel, value: String(ps.level) });
    view.profstandard = { heading: w.profile.profstandard, fields };
  }
  return view;
}
