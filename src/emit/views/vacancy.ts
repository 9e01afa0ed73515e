import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { hrWords } from "../../i18n/words/hr.js";
import { processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import { positionProfile } from "../../model/profile.js";
import { sameText } from "../../model/same-text.js";
import type { Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, ViewOptions } from "./blocks.js";
import { bulletList, fieldList, heading, paragraph, type ReportBlock, type ReportView } from "./report.js";

const VACANCY_OWNS: Record<Lang, (process: string) => string> = {
  ru: (process) => `Руководит процессом «${process}» и отвечает за его результаты`,
  en: (process) => `Leads the process “${process}” and answers for its results`,
};

/**
 * The vacancy text the profile promises (seed 002: «на его основе составляются объявления о вакансии»): duties from
 * the processes, requirements from the profile and the qualification keys, conditions, the company's values. No
 * approval block: it is published, not signed.
 */
export function vacancyView(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  _options: ViewOptions,
): ReportView {
  const w = hrWords(lang).vacancy;
  const none = documentWords(lang).common.none;
  const profile = positionProfile(position, model, index);
  const seen = new Set<string>();
  const duties: string[] = [];
  const add = (text: string) => {
    const key = sameText(text);
    if (key === "" || seen.has(key)) return;
    seen.add(key);
    duties.push(text);
  };
  for (const process of processesOf(position.owns, index)) add(VACANCY_OWNS[lang](process.name));
  for (const group of profile.functionalDuties) for (const text of group.functions) add(text);

  const header: Field[] = [];
  if (model.organization) header.push({ label: w.company, value: model.organization.name });
  if (position.unit?.found === "unit") header.push({ label: w.unit, value: position.unit.name });
  if (position.reportsTo?.found === "position") header.push({ label: w.reportsTo, value: position.reportsTo.name });

  const blocks: ReportBlock[] = [];
  if (header.length > 0) blocks.push(fieldList(header));
  blocks.push(heading(w.duties), duties.length > 0 ? bulletList(duties) : paragraph(none));
  blocks.push(heading(w.requirements));
  const qualification: Field[] = [];
  if (position.education) qualification.push({ label: w.education, value: position.education });
  if (position.experience) qualification.push({ label: w.experience, value: position.experience });
  if (qualification.length > 0) blocks.push(fieldList(qualification));
  const knowledge = [...profile.generalKnowledge, ...profile.subjectKnowledge].map((e) => e.text);
  for (const [title, texts] of [
    [w.knowledge, knowledge],
    [w.skills, profile.skills.map((e) => e.text)],
    [w.qualities, profile.qualities.map((e) => e.text)],
  ] as const) {
    if (texts.length === 0) continue;
    blocks.push(heading(title, 3), bulletList(texts));
  }
  blocks.push(heading(w.conditions));
  const c = position.conditions ?? {};
  const conditions: Field[] = [];
  if (c.schedule) conditions.push({ label: w.schedule, value: c.schedule });
  if (c.pay) conditions.push({ label: w.pay, value: c.pay });
  if (c.place) conditions.push({ label: w.place, value: c.place });
  blocks.push(conditions.length > 0 ? fieldList(conditions) : paragraph(w.conditionsNone));
  if (profile.values.length > 0) blocks.push(heading(w.values), bulletList(profile.values.map((e) => e.text)));
  return {
    document: "vacancy",
    path: outputPaths.vacancy(position.id),
    lang,
    title: hrWords(lang).titles.vacancy(position.name),
    // Not an approved document: no approval block, no sign-off sheets.
    meta: {},
    positionId: position.id,
    landscape: false,
    personal: false,
    blocks,
    none,
  };
}
