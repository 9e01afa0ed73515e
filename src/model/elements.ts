import { joinPointer, sourceAt } from "../load/locate.js";
import type { SourceDoc, SourceRef } from "../load/source.js";
import { readKpiFields, readKpiItem } from "./kpi-fields.js";
import { indexedRecs, rec, str, strList } from "./read.js";
import { readSteps } from "./step-elements.js";
import type {
  Assessment,
  Client,
  Competencies,
  ElementKind,
  Executor,
  Indicator,
  IndicatorType,
  KpiCard,
  Organization,
  Party,
  Position,
  Process,
  Ref,
  Resource,
  ResourceType,
  Result,
  Score,
  Strategy,
  TextSources,
  Unit,
} from "./types.js";

/** What reading a document needs to know about the rest of the project: which id is which kind, and its name. */
export interface IdTable {
  kindOf(id: string): ElementKind | null;
  nameOf(id: string): string | undefined;
  organizationName: string;
}

const indicatorTypes = new Set(["effectiveness", "efficiency", "quality", "productivity"]);
const resourceTypes = new Set(["consumable", "renewable"]);

/** Reads one document into model elements, giving each value the source it is written at. */
export class Reader {
  constructor(
    readonly doc: SourceDoc,
    readonly ids: IdTable,
  ) {}

  source(pointer: string): SourceRef {
    return sourceAt(this.doc, pointer);
  }

  /**
   * The non-blank strings of a list (a lone string counts as a list of one) and where each is written. Blank and
   * non-string items are left out of the texts but not of the pointers, which keep the index as written.
   */
  texts(value: unknown, pointer: string): { texts: string[]; sources: TextSources } {
    const texts: string[] = [];
    const sources: TextSources = [];
    if (typeof value === "string") {
      texts.push(value);
      sources.push(this.source(pointer));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const text = str(item);
        if (text === undefined || text.trim() === "") return;
        texts.push(text);
        sources.push(this.source(`${pointer}/${i}`));
      });
    }
    return { texts, sources };
  }

  ref(value: unknown, pointer: string, field: string, expected: ElementKind[]): Ref | undefined {
    const id = str(value);
    if (id === undefined) return undefined;
    const found = this.ids.kindOf(id);
    const name = (found && this.ids.nameOf(id)) || id;
    return { id, expected, found, name, source: this.source(pointer), field };
  }

  party(value: Record<string, unknown>, pointer: string, field: string): Party | undefined {
    const override = str(value.name);
    const source = this.source(pointer);
    for (const kind of ["position", "unit", "process"] as const) {
      if (value[kind] === undefined) continue;
      const ref = this.ref(value[kind], joinPointer(pointer, kind), `${field}.${kind}`, [kind]);
      if (!ref) return undefined;
      return { kind, ref, name: override ?? ref.name, source };
    }
    const external = str(value.external);
    if (external !== undefined) return { kind: "external", name: override ?? external, source };
    if (value.company === true) return { kind: "company", name: override ?? this.ids.organizationName, source };
    return undefined;
  }
}

export function readProcess(doc: SourceDoc, ids: IdTable): Process {
  const d = doc.data;
  const r = new Reader(doc, ids);
  const clients: Client[] = [];
  for (const [i, c] of indexedRecs(d.clients)) {
    const pointer = `/clients/${i}`;
    const party = r.party(c, pointer, `clients[${i}]`);
    if (!party) continue;
    const goals = r.texts(c.goals, `${pointer}/goals`);
    clients.push({ party, goals: goals.texts, goalSources: goals.sources, source: r.source(pointer) });
  }
  const results: Result[] = indexedRecs(d.results).map(([i, x]) => {
    const to = r.texts(x.to, `/results/${i}/to`);
    return {
      name: str(x.name) ?? "",
      to: to.texts
        .map((id, k) => r.ref(id, to.sources[k]?.pointer ?? "", `results[${i}].to`, ["position", "unit", "process"]))
        .filter((ref): ref is Ref => ref !== undefined),
      source: r.source(`/results/${i}`),
    };
  });
  const indicators: Indicator[] = indexedRecs(d.indicators).map(([i, x]) => {
    const indicator: Indicator = { name: str(x.name) ?? "", source: r.source(`/indicators/${i}`) };
    const measure = str(x.measure);
    if (measure !== undefined && measure.trim() !== "") indicator.measure = measure;
    const type = str(x.type);
    if (type !== undefined && indicatorTypes.has(type)) indicator.type = type as IndicatorType;
    Object.assign(indicator, readKpiFields(x));
    const id = str(x.id);
    if (id !== undefined) indicator.id = id;
    return indicator;
  });
  const resources: Resource[] = indexedRecs(d.resources).map(([i, x]) => {
    const resource: Resource = { name: str(x.name) ?? "", source: r.source(`/resources/${i}`) };
    const type = str(x.type);
    if (type !== undefined && resourceTypes.has(type)) resource.type = type as ResourceType;
    const from = rec(x.from);
    const party = from ? r.party(from, `/resources/${i}/from`, `resources[${i}].from`) : undefined;
    if (party) resource.from = party;
    return resource;
  });
  const executors: Executor[] = indexedRecs(d.executors).map(([i, x]) => {
    const pointer = `/executors/${i}`;
    const position = r.ref(x.position, `${pointer}/position`, `executors[${i}].position`, ["position"]);
    const role = str(x.role);
    const functions = r.texts(x.functions, `${pointer}/functions`);
    const executor: Executor = {
      name: position?.name ?? role ?? "",
      functions: functions.texts,
      functionSources: functions.sources,
      source: r.source(pointer),
    };
    if (position) executor.position = position;
    else if (role !== undefined) executor.role = role;
    const competencies = readCompetencies(r, x.competencies, `${pointer}/competencies`);
    if (competencies) {
      executor.competencies = competencies.texts;
      executor.competencySources = competencies.sources;
    }
    const covers = strList(x.covers);
    if (covers.length > 0) executor.covers = covers;
    return executor;
  });
  const process: Process = {
    kind: "process",
    id: str(d.id) ?? "",
    name: str(d.name) ?? str(d.id) ?? "",
    source: r.source(""),
    level: 1,
    children: [],
    clients,
    results,
    indicators,
    resources,
    suppliers: [],
    executors,
    steps: readSteps(doc, ids, executors),
  };
  const code = str(d.code);
  if (code !== undefined) process.code = code;
  const description = str(d.description);
  if (description !== undefined) process.description = description.trim();
  const parent = r.ref(d.parent, "/parent", "parent", ["process"]);
  if (parent) process.parent = parent;
  const owner = r.ref(d.owner, "/owner", "owner", ["position"]);
  if (owner) process.owner = owner;
  return process;
}

function readCompetencies(
  r: Reader,
  value: unknown,
  pointer: string,
): { texts: Competencies; sources: Record<keyof Competencies, TextSources> } | undefined {
  const c = rec(value);
  if (!c) return undefined;
  const knowledge = r.texts(c.knowledge, `${pointer}/knowledge`);
  const skills = r.texts(c.skills, `${pointer}/skills`);
  const qualities = r.texts(c.qualities, `${pointer}/qualities`);
  if (knowledge.texts.length + skills.texts.length + qualities.texts.length === 0) return undefined;
  return {
    texts: { knowledge: knowledge.texts, skills: skills.texts, qualities: qualities.texts },
    sources: { knowledge: knowledge.sources, skills: skills.sources, qualities: qualities.sources },
  };
}

export function readPosition(doc: SourceDoc, ids: IdTable): Position {
  const d = doc.data;
  const r = new Reader(doc, ids);
  const generalKnowledge = r.texts(d.generalKnowledge, "/generalKnowledge");
  const responsibilities = r.texts(d.responsibilities, "/responsibilities");
  const position: Position = {
    kind: "position",
    id: str(d.id) ?? "",
    name: str(d.name) ?? str(d.id) ?? "",
    source: r.source(""),
    generalKnowledge: generalKnowledge.texts,
    generalKnowledgeSources: generalKnowledge.sources,
    responsibilities: responsibilities.texts,
    responsibilitySources: responsibilities.sources,
    executes: [],
    owns: [],
    subordinates: [],
    steps: [],
    instructions: [],
    systems: [],
  };
  const unit = r.ref(d.unit, "/unit", "unit", ["unit"]);
  if (unit) position.unit = unit;
  const reportsTo = r.ref(d.reportsTo, "/reportsTo", "reportsTo", ["position"]);
  if (reportsTo) position.reportsTo = reportsTo;
  if (typeof d.headcount === "number" && Number.isInteger(d.headcount)) position.headcount = d.headcount;
  const genitive = str(d.genitive);
  if (genitive) position.genitive = genitive;
  const ps = rec(d.profstandard);
  const code = ps ? str(ps.code) : undefined;
  if (ps && code !== undefined) {
    position.profstandard = { code };
    const title = str(ps.title);
    if (title !== undefined) position.profstandard.title = title;
    const fn = str(ps.function);
    if (fn !== undefined) position.profstandard.function = fn;
    if (typeof ps.level === "number") position.profstandard.level = ps.level;
    const labourFunctions = strList(ps.labourFunctions);
    if (labourFunctions.length > 0) position.profstandard.labourFunctions = labourFunctions;
  }
  for (const key of ["education", "experience"] as const) {
    const text = str(d[key]);
    if (text !== undefined && text.trim() !== "") position[key] = text.trim();
  }
  const conditions = rec(d.conditions);
  if (conditions) {
    position.conditions = {};
    for (const key of ["schedule", "pay", "place"] as const) {
      const text = str(conditions[key]);
      if (text !== undefined && text.trim() !== "") position.conditions[key] = text.trim();
    }
  }
  if (Array.isArray(d.values)) {
    const values = r.texts(d.values, "/values");
    if (values.texts.length > 0) {
      position.values = values.texts;
      position.valueSources = values.sources;
    }
  }
  const kpis = readKpiCard(d.kpis, r);
  if (kpis) position.kpis = kpis;
  return position;
}

export function readUnit(doc: SourceDoc, ids: IdTable): Unit {
  const d = doc.data;
  const r = new Reader(doc, ids);
  const functions = r.texts(d.functions, "/functions");
  const unit: Unit = {
    kind: "unit",
    id: str(d.id) ?? "",
    name: str(d.name) ?? str(d.id) ?? "",
    source: r.source(""),
    functions: functions.texts,
    functionSources: functions.sources,
    children: [],
    positions: [],
    processes: [],
    internalClients: [],
    internalSuppliers: [],
  };
  const parent = r.ref(d.parent, "/parent", "parent", ["unit"]);
  if (parent) unit.parent = parent;
  const head = r.ref(d.head, "/head", "head", ["position"]);
  if (head) unit.head = head;
  if (d.tasks !== undefined) unit.tasks = r.texts(d.tasks, "/tasks").texts;
  // Absent and empty differ: an empty list switches the standard rights off.
  if (d.rights !== undefined) unit.rights = r.texts(d.rights, "/rights").texts;
  return unit;
}

export function readOrganization(doc: SourceDoc, ids: IdTable): Organization {
  const d = doc.data;
  const r = new Reader(doc, ids);
  const written = rec(d.strategy) ?? {};
  const clients = r.texts(written.clients, "/strategy/clients");
  const clientValues = r.texts(written.clientValues, "/strategy/clientValues");
  const advantages = r.texts(written.advantages, "/strategy/advantages");
  const strategy: Strategy = { clients: clients.texts, clientValues: clientValues.texts, advantages: advantages.texts };
  const values = r.texts(d.values, "/values");
  return {
    kind: "organization",
    id: str(d.id) ?? "",
    name: str(d.name) ?? str(d.id) ?? "",
    source: r.source(""),
    strategy,
    strategySources: { clients: clients.sources, clientValues: clientValues.sources, advantages: advantages.sources },
    values: values.texts,
    valueSources: values.sources,
  };
}

/** The level a profile asks for when an assessment does not say (docs/format.md). */
export const DEFAULT_REQUIRED_SCORE = 4;

export function readAssessment(doc: SourceDoc, ids: IdTable): Assessment {
  const d = doc.data;
  const r = new Reader(doc, ids);
  const scores: Score[] = [];
  const given = rec(d.scores) ?? {};
  for (const [item, score] of Object.entries(given)) {
    if (typeof score !== "number") continue;
    scores.push({ item, score, source: r.source(joinPointer("/scores", item)) });
  }
  const assessment: Assessment = {
    kind: "assessment",
    id: str(d.id) ?? "",
    person: str(d.person) ?? "",
    scores,
    required: typeof d.required === "number" ? d.required : DEFAULT_REQUIRED_SCORE,
    source: r.source(""),
  };
  const position = r.ref(d.position, "/position", "position", ["position"]);
  if (position) assessment.position = position;
  const assessor = r.ref(d.assessor, "/assessor", "assessor", ["position"]);
  if (assessor) assessment.assessor = assessor;
  const date = str(d.date);
  if (date !== undefined) assessment.date = date;
  return assessment;
}

function readKpiCard(value: unknown, r: Reader): KpiCard | undefined {
  const card = rec(value);
  if (!card) return undefined;
  const kpis: KpiCard = {
    items: indexedRecs(card.items).map(([i, x]) => {
      const pointer = `/kpis/items/${i}`;
      const process = r.ref(x.process, `${pointer}/process`, `kpis.items[${i}].process`, ["process"]);
      return readKpiItem(x, r.source(pointer), process);
    }),
    source: r.source("/kpis"),
  };
  const bonusShare = str(card.bonusShare);
  if (bonusShare !== undefined) kpis.bonusShare = bonusShare;
  const atThreshold = str(card.atThreshold);
  if (atThreshold !== undefined) kpis.atThreshold = atThreshold;
  return kpis;
}
