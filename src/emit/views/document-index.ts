import { documentWords, formatPercent } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { documentIndexWords } from "../../i18n/words/document-index.js";
import { profstandardWords } from "../../i18n/words/profstandards.js";
import type { ModelIndex } from "../../model/index-model.js";
import { percentOf } from "../../model/percent.js";
import type { Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Link, Table, ViewBase, ViewOptions } from "./blocks.js";
import { processLink } from "./common.js";
import { hasAllElements, hasCompetencies, hasFullProfile, hasJobDuties } from "./completeness.js";

export interface PositionDocuments {
  position: string;
  jobDuties: Link;
  competencies: Link;
  profile: Link;
  /** The KPI card, the comparison with the professional standard (when linked), the vacancy, the questionnaire. */
  more: Link[];
}

/** The index: a link to every document and how complete the description is. */
export interface DocumentIndexView extends ViewBase {
  document: "index";
  organization?: string;
  organizationDocs: { heading: string; links: Link[] };
  processes: { heading: string; links: Link[] };
  units: { heading: string; links: Link[] };
  positions: { heading: string; columns: string[]; rows: PositionDocuments[] };
  completeness: { heading: string; table: Table; note: string };
}

export function documentIndexView(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  _options: ViewOptions,
): DocumentIndexView {
  const w = documentWords(lang);
  const t = w.titles;
  const figure = (label: string, done: number, total: number) => ({
    cells: [label, w.index.ofTotal(done, total, formatPercent(lang, percentOf(done, total)))],
  });
  const positions = model.positions;
  const more = documentIndexWords[lang];
  return {
    document: "index",
    path: outputPaths.index.replace(/\.md$/, ""),
    lang,
    title: t.index,
    meta: {},
    ...(model.organization ? { organization: model.organization.name } : {}),
    organizationDocs: {
      heading: w.index.organization,
      links: [
        { text: t.orgStructure, to: outputPaths.orgStructure },
        { text: t.processMap, to: outputPaths.processMap },
        { text: t.orgChart, to: outputPaths.orgChart },
        { text: t.competencyMatrix, to: outputPaths.competencyMatrix },
        { text: t.participationMatrix, to: outputPaths.participationMatrix },
        ...(model.positions.some((p) => p.profstandard !== undefined)
          ? [
              { text: profstandardWords(lang).titles.list, to: outputPaths.profstandardList },
              { text: profstandardWords(lang).titles.plan, to: outputPaths.profstandardPlan },
            ]
          : []),
      ],
    },
    processes: { heading: w.index.processes, links: model.processes.map(processLink) },
    units: { heading: w.index.units, links: model.units.map((u) => ({ text: u.name, to: outputPaths.unit(u.id) })) },
    positions: {
      heading: w.index.positions,
      columns: [w.common.position, t.jobDuties, t.competencies, t.profile, more.more],
      rows: positions.map((p) => ({
        position: p.name,
        jobDuties: { text: t.jobDuties, to: outputPaths.jobDuties(p.id) },
        competencies: { text: t.competencies, to: outputPaths.competencies(p.id) },
        profile: { text: t.profile, to: outputPaths.profile(p.id) },
        more: [
          ...(p.kpis ? [{ text: more.kpiCard, to: outputPaths.kpiCard(p.id) }] : []),
          ...(p.profstandard !== undefined
            ? [{ text: more.comparison, to: outputPaths.profstandardComparison(p.id) }]
            : []),
          { text: more.vacancy, to: outputPaths.vacancy(p.id) },
          { text: more.questionnaire, to: outputPaths.assessmentForm(p.id) },
        ],
      })),
    },
    completeness: {
      heading: w.index.completeness,
      table: {
        columns: [w.index.figure, w.index.value],
        rows: [
          figure(w.index.processesComplete, model.processes.filter(hasAllElements).length, model.processes.length),
          figure(w.index.positionsWithDuties, positions.filter(hasJobDuties).length, positions.length),
          figure(
            w.index.positionsWithCompetencies,
            positions.filter((p) => hasCompetencies(p, index)).length,
            positions.length,
          ),
          figure(
            w.index.positionsWithProfile,
            positions.filter((p) => hasFullProfile(p, model, index)).length,
            positions.length,
          ),
        ],
      },
      note: w.index.completeNote,
    },
  };
}
