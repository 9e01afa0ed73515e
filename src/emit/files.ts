/** What every emitter returns: files in memory, with paths relative to the output folder (`/` separators). */
export interface EmittedFile {
  path: string;
  content: string | Uint8Array;
}

/** Everything with people's names stays under one folder, `people/`, whatever its format, so it is kept apart whole. */
function formatPath(base: string, format: "docx" | "xlsx"): string {
  const personal = /^people\//.exec(base);
  return personal ? `people/${format}/${base.slice(personal[0].length)}.${format}` : `${format}/${base}.${format}`;
}

/**
 * Where each document lives in the output folder. One place, so links between documents (Markdown, DOCX, index)
 * and the files written always agree.
 */
export const outputPaths = {
  index: "index.md",
  modelJson: "model.json",
  orgStructure: "org/structure",
  competencyMatrix: "org/competency-matrix",
  participationMatrix: "org/participation-matrix",
  processMap: "org/process-map",
  orgChart: "org/org-chart",
  /** The matrices and the job-duties register as one spreadsheet (`--format xlsx`). */
  matrices: "org/matrices",
  unit: (id: string) => `units/${id}`,
  process: (id: string) => `processes/${id}`,
  jobDuties: (id: string) => `positions/${id}/job-duties`,
  competencies: (id: string) => `positions/${id}/competencies`,
  profile: (id: string) => `positions/${id}/profile`,
  profstandardComparison: (id: string) => `positions/${id}/profstandard`,
  profstandardList: "org/profstandards",
  profstandardPlan: "org/profstandards-plan",
  vacancy: (id: string) => `positions/${id}/vacancy`,
  assessmentForm: (id: string) => `positions/${id}/assessment-form`,
  /** Personal data lives only under `people/`, so `build --no-people` and a .gitignore can leave it out whole. */
  people: "people",
  developmentPlan: (assessmentId: string) => `people/development-plans/${assessmentId}`,
  assessmentSummary: (positionId: string) => `people/assessment-summaries/${positionId}`,
  kpiCard: (id: string) => `positions/${id}/kpi-card`,
  kpiRegister: "org/kpi-register",
  /** Diagrams: `diagrams/<name>.svg|png`; names are `process-map`, `org-chart`, `context-<process id>`. */
  diagram: (name: string, ext: "svg" | "png" | "mmd") => `diagrams/${name}.${ext}`,
  /** BPMN 2.0 export of a process with steps. */
  bpmn: (id: string) => `bpmn/${id}.bpmn`,
  regulation: (id: string) => `regulations/${id}`,
  instruction: (id: string) => `instructions/${id}`,
  systemRegulation: (id: string) => `systems/${id}`,
  /** DOCX mirror of the Markdown set: `docx/<same path>.docx`; personal documents stay in `people/docx/`. */
  docx: (base: string) => formatPath(base, "docx"),
  /** Spreadsheets: `xlsx/<path>.xlsx`; personal ones in `people/xlsx/`. */
  xlsx: (base: string) => formatPath(base, "xlsx"),
  /** The assessment summaries of every position, one sheet each (personal data). */
  assessmentsWorkbook: "people/assessments",
  /** The ratings between units for one month (YYYY-MM), its charts, and the rating forms of each unit. */
  ratingsReport: (month: string) => `ratings/${month}`,
  ratingsChart: (month: string, side: string) => `ratings/charts/${month}-${side}`,
  ratingsForm: (unit: string) => `ratings/forms/${unit}`,
  /** The list of positions and standards, and each linked position's labour actions. */
  profstandardsWorkbook: "org/profstandards",
} as const;
