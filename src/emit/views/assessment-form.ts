import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { hrWords } from "../../i18n/words/hr.js";
import { type AssessmentItem, assessmentItems, type ItemGroup } from "../../model/assessment.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { ViewOptions } from "./blocks.js";
import { bulletList, fieldList, heading, paragraph, type ReportBlock, type ReportView } from "./report.js";

const GROUPS: readonly ItemGroup[] = ["knowledge", "skills", "qualities", "standardSkills"];

/**
 * The questionnaire for the interview and the periodic assessment: every knowledge, skill and quality of the profile
 * (and the standard's skills the profile does not already name) as a row with a 1–5 scale and a comment column.
 */
export function assessmentFormView(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  _options: ViewOptions,
): ReportView {
  const w = hrWords(lang).questionnaire;
  const items = assessmentItems(position, model, index);
  const blocks: ReportBlock[] = [
    fieldList([
      { label: documentWords(lang).common.position, value: position.name },
      { label: w.person, value: w.blank },
      { label: w.date, value: w.blank },
      { label: w.assessor, value: w.blank },
    ]),
    heading(w.scaleHeading),
    bulletList(w.scale),
  ];
  let number = 0;
  for (const group of GROUPS) {
    const rows = items.filter((i: AssessmentItem) => i.group === group);
    if (rows.length === 0) continue;
    const title =
      group === "standardSkills" ? w.groups.standardSkills(position.profstandard?.code ?? "") : w.groups[group];
    blocks.push(heading(title), {
      kind: "table",
      table: {
        columns: ["№", w.item, "1", "2", "3", "4", "5", w.comment],
        rows: rows.map((item) => ({ cells: [String(++number), item.text, "", "", "", "", "", ""] })),
      },
      weights: [6, 40, 5, 5, 5, 5, 5, 29],
      centered: [0, 2, 3, 4, 5, 6],
    });
  }
  blocks.push(...w.signatures.map((line) => paragraph(line)));
  return {
    document: "assessment-form",
    path: outputPaths.assessmentForm(position.id),
    lang,
    title: hrWords(lang).titles.questionnaire(position.name),
    // Not an approved document: no approval block, no sign-off sheets.
    meta: {},
    positionId: position.id,
    landscape: false,
    personal: false,
    blocks,
    none: documentWords(lang).common.none,
  };
}
