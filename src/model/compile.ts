import type { Project } from "../load/project.js";
import type { SourceDoc } from "../load/source.js";
import { deriveFacts } from "./derive.js";
import { type IdTable, readAssessment, readOrganization, readPosition, readProcess, readUnit } from "./elements.js";
import { indexModel, type ModelIndex } from "./index-model.js";
import { resolveKpiCards } from "./kpi-card.js";
import { documentOrder } from "./order.js";
import { str } from "./read.js";
import { readInstruction, readSystem } from "./step-elements.js";
import type { ElementKind, Model, Organization } from "./types.js";

export interface Compiled {
  model: Model;
  index: ModelIndex;
  /** Organizations beyond the first (the model holds one; `one-organization` reports the rest). */
  extraOrganizations: Organization[];
}

/** The model's kind of each document `kind` (the language server finds ids by it too). */
export const kindOfDoc: Record<string, ElementKind> = {
  Organization: "organization",
  Unit: "unit",
  Position: "position",
  Process: "process",
  Instruction: "instruction",
  System: "system",
  Assessment: "assessment",
};

/** Builds the resolved model from loaded documents. Tolerant: documents with schema errors contribute what they can. */
export function compileModel(project: Project): Compiled {
  const lang = project.config.lang;
  const docs = project.docs.filter((d) => d.kind !== null && str(d.data.id) !== undefined);
  const ids = idTable(docs);
  const model: Model = {
    lang,
    documents: project.config.documents,
    units: [],
    positions: [],
    processes: [],
    instructions: [],
    systems: [],
    standards: project.standards,
    assessments: [],
  };
  if (project.ratings) {
    model.ratings = {
      rows: project.ratings,
      ...project.config.ratings,
      today: project.today ?? new Date().toISOString().slice(0, 10),
    };
  }
  const organizations: Organization[] = [];
  for (const doc of docs) {
    if (doc.kind === "Process") model.processes.push(readProcess(doc, ids));
    else if (doc.kind === "Position") model.positions.push(readPosition(doc, ids));
    else if (doc.kind === "Unit") model.units.push(readUnit(doc, ids));
    else if (doc.kind === "Organization") organizations.push(readOrganization(doc, ids));
    else if (doc.kind === "Instruction") model.instructions.push(readInstruction(doc, ids));
    else if (doc.kind === "System") model.systems.push(readSystem(doc, ids));
    else if (doc.kind === "Assessment") model.assessments.push(readAssessment(doc, ids));
  }
  const order = documentOrder(lang);
  model.processes.sort(order);
  model.positions.sort(order);
  model.units.sort(order);
  model.instructions.sort(order);
  model.systems.sort(order);
  // Assessments have neither code nor name: by date, then id, so a position's history reads in time order.
  model.assessments.sort(
    (a, b) => (a.date ?? "").localeCompare(b.date ?? "") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const [organization, ...extraOrganizations] = organizations;
  if (organization) model.organization = organization;
  const index = indexModel(model);
  deriveFacts(model, index);
  resolveKpiCards(model, index);
  return { model, index, extraOrganizations };
}

function idTable(docs: readonly SourceDoc[]): IdTable {
  const kinds = new Map<string, ElementKind>();
  const names = new Map<string, string>();
  let organizationName = "";
  for (const doc of docs) {
    const id = str(doc.data.id);
    if (id === undefined || kinds.has(id) || doc.kind === null) continue;
    kinds.set(id, kindOfDoc[doc.kind] ?? "process");
    const name = str(doc.data.name);
    if (name !== undefined) names.set(id, name);
    if (doc.kind === "Organization" && !organizationName) organizationName = name ?? id;
  }
  return { kindOf: (id) => kinds.get(id) ?? null, nameOf: (id) => names.get(id), organizationName };
}
