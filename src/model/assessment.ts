/**
 * What an assessment of a person is measured against: the knowledge, skills and qualities of the position's
 * profile, plus the skills of the professional standard's labour functions where the position links to one. The
 * same list gives the questionnaire's rows, the check of an assessment's scores and the development plan's gaps.
 */

import { executorOf, processesOf } from "./completeness.js";
import type { ModelIndex } from "./index-model.js";
import { positionProfile } from "./profile.js";
import { sameText } from "./same-text.js";
import { compareWithStandard, matchRequirements } from "./standard-comparison.js";
import type { Assessment, Model, Position, Process, Score } from "./types.js";

export type ItemGroup = "knowledge" | "skills" | "qualities" | "standardSkills";

export interface AssessmentItem {
  text: string;
  group: ItemGroup;
}

/** Every item a person in this position can be scored on, profile first, de-duplicated by wording. */
export function assessmentItems(position: Position, model: Model, index: ModelIndex): AssessmentItem[] {
  const profile = positionProfile(position, model, index);
  const standardSkills = compareWithStandard(position, model, index).labourFunctions.flatMap((f) => f.skills);
  const out: AssessmentItem[] = [];
  const seen = new Set<string>();
  const add = (text: string, group: ItemGroup) => {
    const key = sameText(text);
    if (key === "" || seen.has(key)) return;
    seen.add(key);
    out.push({ text, group });
  };
  for (const e of [...profile.generalKnowledge, ...profile.subjectKnowledge]) add(e.text, "knowledge");
  for (const e of profile.skills) add(e.text, "skills");
  for (const e of profile.qualities) add(e.text, "qualities");
  // A standard's skill worded close to one of the profile («Работать с кассовым оборудованием») is not asked twice.
  for (const match of matchRequirements(
    standardSkills,
    out.map((i) => i.text),
    model.lang,
  ))
    if (match.closest === undefined) add(match.text, "standardSkills");
  return out;
}

/** A score below the required level, and where the competency is used (where to practise it). */
export interface Gap {
  item: string;
  score: number;
  required: number;
  /** Processes whose executor entry for this position lists the item among its competencies. */
  usedIn: Process[];
}

export function assessmentGaps(assessment: Assessment, index: ModelIndex): Gap[] {
  const position = assessment.position ? index.positions.get(assessment.position.id) : undefined;
  const processes = position ? processesOf(position.executes, index) : [];
  return assessment.scores
    .filter((s: Score) => s.score < assessment.required)
    .map((s) => ({
      item: s.item,
      score: s.score,
      required: assessment.required,
      usedIn: processes.filter((p) => {
        const c = position ? executorOf(p, position.id)?.competencies : undefined;
        return [...(c?.knowledge ?? []), ...(c?.skills ?? []), ...(c?.qualities ?? [])].some(
          (t) => sameText(t) === sameText(s.item),
        );
      }),
    }));
}
