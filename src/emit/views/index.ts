/**
 * The document set as views: every document of docs/documents.md as typed, localized data. The Markdown and DOCX
 * emitters render these and nothing else, so both formats carry the same content.
 */

import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import { summarizeRatings } from "../../model/ratings-summary.js";
import type { Model } from "../../model/types.js";
import type { ViewOptions } from "./blocks.js";
import { type CompetenciesView, competenciesView } from "./competencies.js";
import { type CompetencyMatrixUnit, type CompetencyMatrixView, competencyMatrixView } from "./competency-matrix.js";
import { type DiagramOptions, type DiagramPageView, orgChartView, processMapView } from "./diagram-pages.js";
import { type DocumentIndexView, documentIndexView } from "./document-index.js";
import { type InstructionView, instructionView } from "./instruction.js";
import { type JobDutiesView, jobDutiesView } from "./job-duties.js";
import { type KpiCardView, kpiCardView } from "./kpi-card.js";
import { hasKpiCards, type KpiRegisterView, kpiRegisterView } from "./kpi-register.js";
import { type OrgStructureView, orgStructureView } from "./org-structure.js";
import { type ParticipationMatrixView, participationMatrixView } from "./participation-matrix.js";
import { type ProcessRegulationView, processRegulationView, type SwimlaneParts } from "./process-regulation.js";
import { type ProcessSpecView, processSpecView } from "./process-spec.js";
import { type ProfileView, profileView } from "./profile.js";
import { ratingsReportView } from "./ratings-report.js";
import type { ReportView } from "./report.js";
import { hrAndStandardViews } from "./second-wave.js";
import { type SystemRegulationView, systemRegulationView } from "./system-regulation.js";
import { type UnitRegulationView, unitRegulationView } from "./unit-regulation.js";

export type * from "./blocks.js";
export { hasAllElements, hasCompetencies, hasFullProfile, hasJobDuties } from "./completeness.js";
export type { PositionDocuments } from "./document-index.js";
export type * from "./frame.js";
export type { ControlSchedule } from "./kpi-card.js";
export type { MatrixColumn, MatrixSection, Paper } from "./matrix-columns.js";
export type { UnitNode } from "./org-structure.js";
export type { DecisionView, DiagramPartView, SwimlaneParts } from "./process-regulation.js";
export type { SpecElement } from "./process-spec.js";
export type { ProfileSection } from "./profile.js";
export type { ReportBlock, ReportDocument, ReportView, Shade } from "./report.js";
export type {
  CompetenciesView,
  CompetencyMatrixUnit,
  CompetencyMatrixView,
  DiagramOptions,
  DiagramPageView,
  DocumentIndexView,
  InstructionView,
  JobDutiesView,
  KpiCardView,
  KpiRegisterView,
  OrgStructureView,
  ParticipationMatrixView,
  ProcessRegulationView,
  ProcessSpecView,
  ProfileView,
  SystemRegulationView,
  UnitRegulationView,
};
export {
  competenciesView,
  competencyMatrixView,
  documentIndexView,
  instructionView,
  jobDutiesView,
  kpiCardView,
  kpiRegisterView,
  orgChartView,
  orgStructureView,
  participationMatrixView,
  processMapView,
  processRegulationView,
  processSpecView,
  profileView,
  systemRegulationView,
  unitRegulationView,
};

/** Any document view; `document` tells which (and which template renders it). */
export type DocumentView =
  | DocumentIndexView
  | OrgStructureView
  | CompetencyMatrixView
  | ParticipationMatrixView
  | DiagramPageView
  | ProcessSpecView
  | UnitRegulationView
  | JobDutiesView
  | CompetenciesView
  | ProfileView
  | KpiRegisterView
  | KpiCardView
  | ProcessRegulationView
  | InstructionView
  | SystemRegulationView
  | ReportView;

export type DocumentKind = DocumentView["document"];

export type DocumentViewOptions = ViewOptions &
  Partial<DiagramOptions> & { swimlanes?: boolean; swimlaneParts?: SwimlaneParts; people?: boolean };

/** Every document of the set, in a fixed order: organization, processes, units, positions. */
export function documentViews(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: DocumentViewOptions,
): DocumentView[] {
  return [...eachDocumentView(model, index, lang, options)];
}

/**
 * The same documents one at a time, each made when it is asked for: an emitter that renders each view and lets
 * it go keeps a few views alive instead of thousands (which the garbage collector would copy again and again).
 */
export function* eachDocumentView(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: DocumentViewOptions,
): Generator<DocumentView> {
  const o: DiagramOptions = {
    trace: options.trace,
    images: options.images ?? false,
    ...(options.history ? { history: options.history } : {}),
    ...(options.notes ? { notes: true } : {}),
  };
  yield documentIndexView(model, index, lang, o);
  yield orgStructureView(model, index, lang, o);
  yield processMapView(model, index, lang, o);
  yield orgChartView(model, index, lang, o);
  yield competencyMatrixView(model, index, lang, o);
  yield participationMatrixView(model, index, lang, o);
  if (hasKpiCards(model)) yield kpiRegisterView(model, index, lang, o);
  for (const p of model.processes) yield processSpecView(model, index, p, lang, o);
  for (const p of model.processes) {
    if (p.steps.length === 0) continue;
    yield processRegulationView(model, index, p, lang, {
      ...o,
      images: options.swimlanes ?? o.images,
      parts: options.swimlaneParts?.get(p.id),
    });
  }
  for (const x of model.instructions) yield instructionView(model, index, x, lang, o);
  for (const x of model.systems) yield systemRegulationView(model, index, x, lang, o);
  for (const u of model.units) yield unitRegulationView(model, index, u, lang, o);
  for (const p of model.positions) {
    yield jobDutiesView(model, index, p, lang, o);
    yield competenciesView(model, index, p, lang, o);
    yield profileView(model, index, p, lang, o);
    if (p.kpis) yield kpiCardView(model, index, p, p.kpis, lang, o);
  }
  yield* hrAndStandardViews(model, index, lang, { ...o, people: options.people ?? true });
  yield* ratingsViews(model, index, lang, o);
}

/** The newest month's ratings report, when the project has ratings (`procspec ratings` writes any month). */
function ratingsViews(model: Model, index: ModelIndex, lang: Lang, options: ViewOptions): DocumentView[] {
  const summary = model.ratings ? summarizeRatings(model, index) : undefined;
  return summary ? [ratingsReportView(model, index, summary, lang, options)] : [];
}
