import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { profstandardWords } from "../../i18n/words/profstandards.js";
import { assessmentGaps } from "../../model/assessment.js";
import type { ModelIndex } from "../../model/index-model.js";
import { sameText } from "../../model/same-text.js";
import { compareWithStandard } from "../../model/standard-comparison.js";
import type { Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Cell, ViewOptions } from "./blocks.js";
import { documentFrame } from "./frame.js";
import { linkedPositions } from "./profstandard-comparison.js";
import { paragraph, type ReportView } from "./report.js";

const quoted = (names: readonly string[]) => names.map((n) => `«${n}»`).join(", ");

/**
 * «План мероприятий по внедрению профессиональных стандартов»: the guide's stages in order, each filled with what
 * the spec says about this organization — positions linked and not, titles to change, duties to add, requirements
 * to state, assessments done. Responsible and deadline are the working group's to fill.
 */
export function profstandardPlanView(model: Model, index: ModelIndex, lang: Lang, options: ViewOptions): ReportView {
  const w = profstandardWords(lang);
  const p = w.plan;
  const none = documentWords(lang).common.none;
  const linked = linkedPositions(model);
  const comparisons = linked.map((position) => compareWithStandard(position, model, index));
  const unlinked = model.positions.filter((x) => x.profstandard === undefined).map((x) => x.name);

  const list: string[] = [p.linked(linked.length, model.positions.length)];
  if (unlinked.length > 0) list.push(p.unlinked(quoted(unlinked)));

  const titles = comparisons.flatMap((c) => {
    const g = c.generalized;
    if (!g || g.jobTitles.length === 0 || g.jobTitles.some((t) => sameText(t) === sameText(c.position.name))) return [];
    return [p.titleChange(c.position.name, quoted(g.jobTitles), c.standard?.code ?? "")];
  });
  const duties = comparisons.flatMap((c) => {
    const uncovered = c.total - c.confirmed - c.suggested;
    return uncovered > 0 || c.suggested > 0 ? [p.duties(c.position.name, uncovered, c.suggested, c.total)] : [];
  });
  const qualification = comparisons.flatMap((c) => {
    const g = c.generalized;
    if (!g) return [];
    const missing = [
      ...(g.education.length > 0 && c.position.education === undefined
        ? [w.qualification.education.toLowerCase()]
        : []),
      ...(g.experience.length > 0 && c.position.experience === undefined
        ? [w.qualification.experience.toLowerCase()]
        : []),
    ];
    return missing.length > 0 ? [p.qualificationMissing(c.position.name, missing.join(", "))] : [];
  });
  const gaps = model.assessments.reduce((sum, a) => sum + assessmentGaps(a, index).length, 0);
  const headcount = linked.reduce((sum, x) => sum + (x.headcount ?? 1), 0);
  const names = quoted(linked.map((x) => x.name));

  const filled: Cell[] = [
    p.stages[0]?.what ?? "",
    p.stages[1]?.what ?? "",
    p.stages[2]?.what ?? "",
    list,
    comparisons.length > 0
      ? comparisons.map((c) =>
          p.purposes(
            c.position.name,
            c.standard?.code ?? c.position.profstandard?.code ?? "",
            c.standard?.purpose || none,
          ),
        )
      : none,
    titles.length > 0 ? titles : p.titlesOk,
    duties.length > 0 ? duties : p.dutiesOk,
    qualification.length > 0 ? qualification : p.qualificationOk,
    model.assessments.length > 0 ? p.assessments(model.assessments.length, gaps) : p.noAssessments,
    p.documents(names || none),
    p.attestation(names || none, headcount),
  ];
  return {
    document: "profstandard-plan",
    path: outputPaths.profstandardPlan,
    lang,
    title: w.titles.plan,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    landscape: true,
    personal: false,
    blocks: [
      paragraph(p.intro, true),
      {
        kind: "table",
        table: {
          columns: p.columns,
          rows: p.stages.map((stage, i) => ({ cells: [String(i + 1), stage.name, filled[i] ?? "", "", ""] })),
        },
        weights: [5, 27, 44, 12, 12],
        centered: [0],
      },
    ],
    none,
  };
}
