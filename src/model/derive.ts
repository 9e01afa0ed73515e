import { deriveStepFacts } from "./derive-steps.js";
import type { ModelIndex } from "./index-model.js";
import type { Model, Party, Process } from "./types.js";

/** Fills the derived facts of docs/model.md in place; lists keep document order because the inputs are sorted. */
export function deriveFacts(model: Model, index: ModelIndex): void {
  for (const process of model.processes) {
    process.level = levelOf(process, index);
    const parent = process.parent?.found === "process" ? index.processes.get(process.parent.id) : undefined;
    if (parent && parent !== process) parent.children.push(process.id);
    process.suppliers = distinctParties(process.resources.flatMap((r) => (r.from ? [r.from] : [])));
    for (const executor of process.executors) {
      const position = executor.position && index.positions.get(executor.position.id);
      // Processes arrive one at a time, so a repeat (two executor entries for one position) is the last element.
      if (position && position.executes.at(-1) !== process.id) position.executes.push(process.id);
    }
    const owner = process.owner && index.positions.get(process.owner.id);
    if (owner) owner.owns.push(process.id);
  }
  for (const position of model.positions) {
    const boss = position.reportsTo && index.positions.get(position.reportsTo.id);
    if (boss && boss !== position) boss.subordinates.push(position.id);
    const unit = position.unit && index.units.get(position.unit.id);
    if (unit) unit.positions.push(position.id);
  }
  for (const unit of model.units) {
    const parent = unit.parent && index.units.get(unit.parent.id);
    if (parent && parent !== unit) parent.children.push(unit.id);
  }
  // One pass over the processes (in document order), so each unit's list is ordered without sorting.
  for (const process of model.processes) {
    const units = new Set<string>();
    const participants = [process.owner, ...process.executors.map((e) => e.position)];
    for (const ref of participants) {
      const unitId = ref && index.positions.get(ref.id)?.unit?.id;
      if (unitId && index.units.has(unitId)) units.add(unitId);
    }
    for (const unitId of units) index.units.get(unitId)?.processes.push(process.id);
  }
  linkUnits(model, index);
  deriveStepFacts(model, index);
}

/** Depth in the process tree; a cycle (reported by the `cycle` rule) stops the walk. */
function levelOf(process: Process, index: ModelIndex): number {
  const seen = new Set<string>([process.id]);
  let level = 1;
  let current = process;
  while (current.parent?.found === "process") {
    const parent = index.processes.get(current.parent.id);
    if (!parent || seen.has(parent.id)) break;
    seen.add(parent.id);
    level++;
    current = parent;
  }
  return level;
}

function distinctParties(parties: Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = `${p.kind}:${p.ref?.id ?? p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The unit answering for a process: its owner's unit (docs/method.md: the owner answers for the goals). */
export function responsibleUnit(processId: string, index: ModelIndex): string | undefined {
  const ownerId = index.processes.get(processId)?.owner?.id;
  const unitId = ownerId === undefined ? undefined : index.positions.get(ownerId)?.unit?.id;
  return unitId !== undefined && index.units.has(unitId) ? unitId : undefined;
}

/** The unit an internal party stands for: a unit itself, a position's unit, a process's responsible unit. */
export function unitOfParty(kind: string, id: string, index: ModelIndex): string | undefined {
  if (kind === "unit") return index.units.has(id) ? id : undefined;
  if (kind === "position") {
    const unitId = index.positions.get(id)?.unit?.id;
    return unitId !== undefined && index.units.has(unitId) ? unitId : undefined;
  }
  if (kind === "process") return responsibleUnit(id, index);
  return undefined;
}

/**
 * Internal clients and suppliers of each unit (docs/method.md, "The documents and where each comes from"): over the processes the unit answers
 * for (owned by its positions), the units its clients and result receivers stand for, and the units its resources
 * come from. Counting every process a unit merely takes part in would make every unit a client of every other
 * through the top-level processes all heads join.
 */
function linkUnits(model: Model, index: ModelIndex): void {
  const clients = new Map<string, Set<string>>();
  const suppliers = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, unitId: string, other: string | undefined) => {
    if (other === undefined || other === unitId) return;
    const set = map.get(unitId) ?? new Set<string>();
    set.add(other);
    map.set(unitId, set);
  };
  for (const process of model.processes) {
    const unitId = responsibleUnit(process.id, index);
    if (unitId === undefined) continue;
    for (const client of process.clients) {
      if (client.party.ref) add(clients, unitId, unitOfParty(client.party.kind, client.party.ref.id, index));
    }
    for (const result of process.results) {
      for (const to of result.to) if (to.found) add(clients, unitId, unitOfParty(to.found, to.id, index));
    }
    for (const supplier of process.suppliers) {
      if (supplier.ref) add(suppliers, unitId, unitOfParty(supplier.kind, supplier.ref.id, index));
    }
  }
  const order = new Map(model.units.map((u, i) => [u.id, i]));
  const sorted = (ids: Set<string> | undefined) =>
    [...(ids ?? [])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const unit of model.units) {
    unit.internalClients = sorted(clients.get(unit.id));
    unit.internalSuppliers = sorted(suppliers.get(unit.id));
  }
}
