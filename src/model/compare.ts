import { processTitle } from "./process-title.js";

/**
 * The semantic difference of two models (`procspec diff`): which processes, positions and units were added,
 * removed or changed — by element of the method, not by line — and, for every position, which of its compiled
 * documents change and in which rows. A pure function; lists follow the newer model's document order.
 */

import { currentId, type Pairs, pairElements } from "./compare-pairs.js";
import { compareSteps, type StepsDiff } from "./compare-steps.js";
import { executorOf, processesOf } from "./completeness.js";
import { indexModel, type ModelIndex } from "./index-model.js";
import { type PositionProfile, PROFILE_SECTIONS, positionProfile } from "./profile.js";
import type { Model, Party, Position, Process, Ref } from "./types.js";

export interface ElementRef {
  id: string;
  name: string;
}

export interface ElementChange extends ElementRef {
  /** The name before, when it changed. */
  previousName?: string;
  /** The id before, when only the id tells the two apart (field `id`). */
  previousId?: string;
  /** Changed fields, in the order of the method (for processes: its elements); `id` first when it changed. */
  fields: string[];
}

export interface KindDiff {
  added: ElementRef[];
  removed: ElementRef[];
  changed: ElementChange[];
}

/** A row of job duties or competencies: one per process the position executes. */
export interface RowRef {
  process: string;
  title: string;
}

export interface RowChange extends RowRef {
  previousTitle?: string;
  /** Changed columns: `process` (its title), `functions`, `goals`, `results`, `indicators`, or the competencies. */
  columns: string[];
}

export interface TableDiff {
  /** True when the position's heading block (name, unit, manager, headcount) changes. */
  header: boolean;
  added: RowRef[];
  removed: RowRef[];
  changed: RowChange[];
}

export interface ProfileDiff {
  header: boolean;
  /** Changed sections, in the profile's order. */
  sections: string[];
}

export interface PositionDocumentsDiff extends ElementRef {
  /** `added`/`removed`: the position (and so all its documents) is new or gone. */
  status: "added" | "removed" | "changed";
  jobDuties?: TableDiff;
  competencies?: TableDiff;
  profile?: ProfileDiff;
}

export interface ModelDiff {
  /** The organization, when it was added, removed or changed (fields: `name`, `strategy`, `values`). */
  organization?: { status: "added" | "removed" | "changed"; name: string; fields: string[] };
  processes: KindDiff;
  positions: KindDiff;
  units: KindDiff;
  documents: PositionDocumentsDiff[];
  /** Steps of processes and the positions whose regulations and duties they change; absent when none changed. */
  steps?: StepsDiff;
}

type Projection = Record<string, unknown>;
/** Maps an id of the model a projection is made of to the newer model's id (identity for the newer model). */
type IdOf = (id: string) => string;
const same: IdOf = (id) => id;

const refId = (ref: Ref | undefined, id: IdOf) => (ref ? id(ref.id) : null);
/** A party as written: an internal party by id (renaming its target is not a change here), others by text. */
const partyKey = (party: Party | undefined, id: IdOf) => {
  if (!party) return null;
  if (!party.ref) return [party.kind, party.name];
  return [party.kind, id(party.ref.id), party.name === party.ref.name ? null : party.name];
};
const title = processTitle;
const executorKey = (e: Process["executors"][number], id: IdOf) =>
  e.position ? id(e.position.id) : `role:${e.role ?? e.name}`;

function processFields(p: Process, id: IdOf): Projection {
  return {
    name: p.name,
    code: p.code ?? null,
    description: p.description ?? null,
    parent: refId(p.parent, id),
    clients: p.clients.map((c) => partyKey(c.party, id)),
    goals: p.clients.map((c) => c.goals),
    results: p.results.map((r) => [r.name, r.to.map((t) => id(t.id))]),
    indicators: p.indicators.map((i) => [i.name, i.measure ?? null, i.type ?? null, i.target ?? null]),
    resources: p.resources.map((r) => [r.name, r.type ?? null]),
    suppliers: p.resources.map((r) => partyKey(r.from, id)),
    executors: p.executors.map((e) => executorKey(e, id)),
    functions: p.executors.map((e) => [executorKey(e, id), e.functions]),
    competencies: p.executors.map((e) => [executorKey(e, id), e.competencies ?? null]),
    owner: refId(p.owner, id),
    structure: p.children.map(id),
  };
}

function positionFields(p: Position, id: IdOf): Projection {
  return {
    name: p.name,
    unit: refId(p.unit, id),
    reportsTo: refId(p.reportsTo, id),
    headcount: p.headcount ?? null,
    generalKnowledge: p.generalKnowledge,
    responsibilities: p.responsibilities,
    profstandard: p.profstandard ?? null,
    values: p.values ?? null,
  };
}

function unitFields(u: Model["units"][number], id: IdOf): Projection {
  return { name: u.name, parent: refId(u.parent, id), head: refId(u.head, id), functions: u.functions };
}

function changedKeys(before: Projection, after: Projection): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function compareKind<T extends { id: string; name: string }>(
  before: readonly T[],
  after: readonly T[],
  fields: (item: T, id: IdOf) => Projection,
  pairs: Pairs,
): KindDiff {
  const old = new Map(before.map((item) => [item.id, item]));
  const id: IdOf = (x) => currentId(pairs, x);
  const previous = (item: T) => (old.has(item.id) ? item.id : (pairs.previousId.get(item.id) ?? item.id));
  const now = new Set(after.map(previous));
  const diff: KindDiff = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const was = old.get(previous(item));
    if (!was) {
      diff.added.push({ id: item.id, name: item.name });
      continue;
    }
    const changed = changedKeys(fields(was, id), fields(item, same));
    if (was.id !== item.id) changed.unshift("id");
    if (changed.length === 0) continue;
    const change: ElementChange = { id: item.id, name: item.name, fields: changed };
    if (was.name !== item.name) change.previousName = was.name;
    if (was.id !== item.id) change.previousId = was.id;
    diff.changed.push(change);
  }
  for (const item of before) if (!now.has(item.id)) diff.removed.push({ id: item.id, name: item.name });
  return diff;
}

/** What the documents of a position are made of, cell by cell, in one model. */
interface PositionDocuments {
  header: Projection;
  jobDuties: Map<string, { title: string; cells: Projection }>;
  competencies: Map<string, { title: string; cells: Projection }>;
  profile: Projection;
}

/**
 * Rows are keyed by the newer model's process id (`id`), so a process whose id alone changed keeps its row. Job
 * duties hold the owner's section (one row per owned process, keyed `owner:<id>`) before the executor's rows.
 */
function documentsOf(position: Position, model: Model, index: ModelIndex, id: IdOf): PositionDocuments {
  const executed = processesOf(position.executes, index);
  const jobDuties = new Map<string, { title: string; cells: Projection }>();
  const competencies = new Map<string, { title: string; cells: Projection }>();
  const goals = (process: Process) => process.clients.map((c) => [c.party.name, c.goals]);
  const indicators = (process: Process) => process.indicators.map((i) => [i.name, i.measure ?? null, i.target ?? null]);
  for (const process of processesOf(position.owns, index)) {
    jobDuties.set(`owner:${id(process.id)}`, {
      title: title(process),
      cells: { process: title(process), goals: goals(process), indicators: indicators(process) },
    });
  }
  for (const process of executed) {
    const executor = executorOf(process, position.id);
    jobDuties.set(id(process.id), {
      title: title(process),
      cells: {
        process: title(process),
        functions: executor?.functions ?? [],
        goals: goals(process),
        results: process.results.map((r) => r.name),
        indicators: indicators(process),
      },
    });
    const c = executor?.competencies;
    competencies.set(id(process.id), {
      title: title(process),
      cells: {
        process: title(process),
        knowledge: c?.knowledge ?? [],
        skills: c?.skills ?? [],
        qualities: c?.qualities ?? [],
      },
    });
  }
  return {
    header: {
      name: position.name,
      unit: position.unit?.name ?? null,
      reportsTo: position.reportsTo?.name ?? null,
      headcount: position.headcount ?? null,
    },
    jobDuties,
    competencies,
    profile: profileProjection(positionProfile(position, model, index)),
  };
}

/** The profile as the document shows it (merged, de-duplicated), as comparable plain data. */
function profileProjection(profile: PositionProfile): Projection {
  const texts = (entries: readonly { text: string }[]) => entries.map((e) => e.text);
  return {
    generalKnowledge: texts(profile.generalKnowledge),
    subjectKnowledge: texts(profile.subjectKnowledge),
    skills: texts(profile.skills),
    qualities: texts(profile.qualities),
    values: texts(profile.values),
    functionalDuties: profile.functionalDuties.map((d) => [title(d.process), d.functions]),
    responsibility: texts(profile.responsibility),
    contribution: texts(profile.contribution),
    profstandard: profile.profstandard ?? null,
  };
}

function compareRows(
  before: PositionDocuments["jobDuties"],
  after: PositionDocuments["jobDuties"],
  header: boolean,
): TableDiff | undefined {
  const diff: TableDiff = { header, added: [], removed: [], changed: [] };
  for (const [process, row] of after) {
    const was = before.get(process);
    if (!was) {
      diff.added.push({ process, title: row.title });
      continue;
    }
    const columns = changedKeys(was.cells, row.cells);
    if (columns.length === 0) continue;
    const change: RowChange = { process, title: row.title, columns };
    if (was.title !== row.title) change.previousTitle = was.title;
    diff.changed.push(change);
  }
  for (const [process, row] of before) if (!after.has(process)) diff.removed.push({ process, title: row.title });
  const changed = header || diff.added.length + diff.removed.length + diff.changed.length > 0;
  return changed ? diff : undefined;
}

/** No position: every section empty, so an added or removed position lists only the sections it has. */
const EMPTY: PositionDocuments = {
  header: {},
  jobDuties: new Map(),
  competencies: new Map(),
  profile: profileProjection({
    generalKnowledge: [],
    subjectKnowledge: [],
    skills: [],
    qualities: [],
    values: [],
    functionalDuties: [],
    owned: [],
    responsibility: [],
    contribution: [],
  }),
};

function compareDocuments(before: Model, after: Model, pairs: Pairs): PositionDocumentsDiff[] {
  const oldIndex = indexModel(before);
  const id: IdOf = (x) => currentId(pairs, x);
  const newIndex = indexModel(after);
  const result: PositionDocumentsDiff[] = [];
  const add = (
    position: Position,
    status: PositionDocumentsDiff["status"],
    was: PositionDocuments,
    now: PositionDocuments,
  ) => {
    const header = status === "changed" && changedKeys(was.header, now.header).length > 0;
    const entry: PositionDocumentsDiff = { id: position.id, name: position.name, status };
    const jobDuties = compareRows(was.jobDuties, now.jobDuties, header);
    const competencies = compareRows(was.competencies, now.competencies, header);
    const sections = PROFILE_SECTIONS.filter((s) => JSON.stringify(was.profile[s]) !== JSON.stringify(now.profile[s]));
    if (jobDuties) entry.jobDuties = jobDuties;
    if (competencies) entry.competencies = competencies;
    if (header || sections.length > 0) entry.profile = { header, sections };
    if (status !== "changed" || entry.jobDuties || entry.competencies || entry.profile) result.push(entry);
  };
  for (const position of after.positions) {
    const was = oldIndex.positions.get(pairs.previousId.get(position.id) ?? position.id);
    const now = documentsOf(position, after, newIndex, same);
    if (was) add(position, "changed", documentsOf(was, before, oldIndex, id), now);
    else add(position, "added", EMPTY, now);
  }
  for (const position of before.positions) {
    if (!newIndex.positions.has(id(position.id)))
      add(position, "removed", documentsOf(position, before, oldIndex, id), EMPTY);
  }
  return result;
}

export function compareModels(before: Model, after: Model): ModelDiff {
  const pairs = pairElements(before, after);
  const diff: ModelDiff = {
    processes: compareKind(before.processes, after.processes, processFields, pairs),
    positions: compareKind(before.positions, after.positions, positionFields, pairs),
    units: compareKind(before.units, after.units, unitFields, pairs),
    documents: compareDocuments(before, after, pairs),
  };
  const steps = compareSteps(before, after, pairs);
  if (steps.processes.length + steps.positions.length > 0) diff.steps = steps;
  const organization = compareOrganization(before, after);
  return organization ? { organization, ...diff } : diff;
}

function compareOrganization(before: Model, after: Model): ModelDiff["organization"] {
  const was = before.organization;
  const now = after.organization;
  if (!was && !now) return undefined;
  if (!was && now) return { status: "added", name: now.name, fields: [] };
  if (was && !now) return { status: "removed", name: was.name, fields: [] };
  const fields = (o: typeof was): Projection => ({
    name: o?.name ?? null,
    strategy: o?.strategy ?? null,
    values: o?.values ?? null,
  });
  const changed = changedKeys(fields(was), fields(now));
  return changed.length > 0 ? { status: "changed", name: now?.name ?? "", fields: changed } : undefined;
}

/** True when nothing of meaning changed (formatting, comments and file moves do not count). */
export function isEmptyDiff(diff: ModelDiff): boolean {
  const kinds = [diff.processes, diff.positions, diff.units];
  return (
    diff.organization === undefined &&
    diff.documents.length === 0 &&
    diff.steps === undefined &&
    kinds.every((k) => k.added.length + k.removed.length + k.changed.length === 0)
  );
}
