/** What every emitter returns: files in memory, with paths relative to the output folder (`/` separators). */
export interface EmittedFile {
  path: string;
  content: string | Uint8Array;
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
  /** Diagrams: `diagrams/<name>.svg|png`; names are `process-map`, `org-chart`, `context-<process id>`. */
  diagram: (name: string, ext: "svg" | "png" | "mmd") => `diagrams/${name}.${ext}`,
  /** BPMN 2.0 export of a process with steps. */
  bpmn: (id: string) => `bpmn/${id}.bpmn`,
  regulation: (id: string) => `regulations/${id}`,
  instruction: (id: string) => `instructions/${id}`,
  systemRegulation: (id: string) => `systems/${id}`,
  /** DOCX mirror of the Markdown set: `docx/<same path>.docx`. */
  docx: (base: string) => `docx/${base}.docx`,
  /** Spreadsheets: `xlsx/<path>.xlsx`. */
  xlsx: (base: string) => `xlsx/${base}.xlsx`,
} as const;
