import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import { assessmentFormView } from "./assessment-form.js";
import { assessedPositions, assessmentSummaryView } from "./assessment-summary.js";
import type { ViewOptions } from "./blocks.js";
import { developmentPlanView } from "./development-plan.js";
import { linkedPositions, profstandardComparisonView } from "./profstandard-comparison.js";
import { profstandardListView } from "./profstandard-list.js";
import { profstandardPlanView } from "./profstandard-plan.js";
import type { ReportView } from "./report.js";
import { vacancyView } from "./vacancy.js";

/**
 * The documents about professional standards (when a position links one) and the HR uses of the profile: per
 * position a vacancy and a questionnaire; with `people`, per assessment a development plan and per assessed
 * position a summary — the only documents with people's names, all under `people/`.
 */
export function hrAndStandardViews(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: ViewOptions & { people: boolean },
): ReportView[] {
  const linked = linkedPositions(model);
  const views: ReportView[] = [];
  if (linked.length > 0) {
    views.push(profstandardListView(model, index, lang, options), profstandardPlanView(model, index, lang, options));
    views.push(...linked.map((p) => profstandardComparisonView(model, index, p, lang, options)));
  }
  for (const position of model.positions) {
    views.push(
      vacancyView(model, index, position, lang, options),
      assessmentFormView(model, index, position, lang, options),
    );
  }
  if (options.people) {
    views.push(...model.assessments.map((a) => developmentPlanView(model, index, a, lang, options)));
    views.push(...assessedPositions(model, index).map((p) => assessmentSummaryView(model, index, p, lang, options)));
  }
  return views;
}
