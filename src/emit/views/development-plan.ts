import { documentWords, formatDate } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { hrWords } from "../../i18n/words/hr.js";
import { assessmentGaps } from "../../model/assessment.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Assessment, Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, ViewOptions } from "./blocks.js";
import { processTitle } from "./common.js";
import { fieldList, paragraph, type ReportBlock, type ReportView } from "./report.js";

/** One assessment's gaps as a plan: each item scored below the required level, the gap, a way to close it. */
export function developmentPlanView(
  _model: Model,
  index: ModelIndex,
  assessment: Assessment,
  lang: Lang,
  _options: ViewOptions,
): ReportView {
  const w = hrWords(lang);
  const p = w.plan;
  const none = documentWords(lang).common.none;
  const fields: Field[] = [{ label: p.person, value: assessment.person }];
  if (assessment.position) fields.push({ label: p.position, value: assessment.position.name });
  if (assessment.date) fields.push({ label: p.date, value: formatDate(lang, assessment.date) });
  if (assessment.assessor) fields.push({ label: p.assessor, value: assessment.assessor.name });
  fields.push({ label: p.required, value: String(assessment.required) });
  const gaps = assessmentGaps(assessment, index);
  const blocks: ReportBlock[] = [paragraph(w.personalData, true), fieldList(fields), paragraph(p.intro, true)];
  blocks.push(
    gaps.length === 0
      ? paragraph(p.none)
      : {
          kind: "table",
          table: {
            columns: p.columns,
            rows: gaps.map((gap, i) => ({
              cells: [
                String(i + 1),
                gap.item,
                String(gap.score),
                String(gap.required),
                String(gap.required - gap.score),
                gap.usedIn.length > 0
                  ? p.inProcess(gap.usedIn.map((x) => `«${processTitle(x)}»`).join(", "))
                  : p.elsewhere,
                "",
                "",
              ],
            })),
          },
          weights: [5, 22, 7, 8, 7, 29, 10, 12],
          centered: [0, 2, 3, 4],
        },
  );
  blocks.push(...p.signatures.map((line) => paragraph(line)));
  return {
    document: "development-plan",
    path: outputPaths.developmentPlan(assessment.id),
    lang,
    title: w.titles.developmentPlan(assessment.person),
    // Not an approved document: no approval block, no sign-off sheets.
    meta: {},
    landscape: true,
    personal: true,
    blocks,
    none,
  };
}
