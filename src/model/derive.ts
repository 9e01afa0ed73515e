import type { ModelIndex } from "./index-model.js";
import type { Model, Party, Process, Unit } from "./types.js";

/** Fills the derived facts of DESIGN.md §3 in place; lists keep document order because the inputs are sorted. */
export function deriveFacts(model: Model, index: ModelIndex): void {
  for (const process of model.processes) {
    process.level = levelOf(process, index);
    const parent = process.parent?.found === "process" ? index.processes.get(process.parent.id) : undefined;
    if (parent && parent !== process) parent.children.push(process.id);
    process.suppliers = distinctParties(process.resources.flatMap((r) => (r.from ? [r.from] : [])));
    for (const executor of process.executors) {
      const position = executor.position && index.positions.get(executor.position.id);
      if (position && !position.executes.includes(process.id)) position.executes.push(process.id);
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
  const unitsOfProcess = new Map<string, Set<string>>();
  for (const process of model.processes) {
    const units = new Set<string>();
    const participants = [process.owner, ...process.executors.map((e) => e.position)];
    for (const ref of participants) {
      const unitId = ref && index.positions.get(ref.id)?.unit?.id;
      if (unitId && index.units.has(unitId)) units.add(unitId);
    }
    for (const unitId of units) index.units.get(unitId)?.processes.push(process.id);
    unitsOfProcess.set(process.id, units);
  }
  const unitOrder = new Map(model.units.map((u, i) => [u.id, i]));
  for (const unit of model.units) linkUnits(unit, unitOrder, index, unitsOfProcess);
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

/** The units an internal party belongs to: a unit itself, a position's unit, the units taking part in a process. */
function unitsOfParty(kind: string, id: string, index: ModelIndex, unitsOfProcess: Map<string, Set<string>>): string[] {
  if (kind === "unit") return index.units.has(id) ? [id] : [];
  if (kind === "position") {
    const unit = index.positions.get(id)?.unit?.id;
    return unit && index.units.has(unit) ? [unit] : [];
  }
  if (kind === "process") return [...(unitsOfProcess.get(id) ?? [])];
  return [];
}

function inDocumentOrder(ids: Set<string>, order: Map<string, number>): string[] {
  return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function linkUnits(
  unit: Unit,
  unitOrder: Map<string, number>,
  index: ModelIndex,
  unitsOfProcess: Map<string, Set<string>>,
): void {
  const clients = new Set<string>();
  const suppliers = new Set<string>();
  for (const id of unit.processes) {
    const process = index.processes.get(id);
    if (!process) continue;
    for (const client of process.clients) {
      if (client.party.ref)
        for (const u of unitsOfParty(client.party.kind, client.party.ref.id, index, unitsOfProcess)) clients.add(u);
    }
    for (const result of process.results) {
      for (const to of result.to)
        if (to.found) for (const u of unitsOfParty(to.found, to.id, index, unitsOfProcess)) clients.add(u);
    }
    for (const supplier of process.suppliers) {
      if (supplier.ref)
        for (const u of unitsOfParty(supplier.kind, supplier.ref.id, index, unitsOfProcess)) suppliers.add(u);
    }
  }
  clients.delete(unit.id);
  suppliers.delete(unit.id);
  unit.internalClients = inDocumentOrder(clients, unitOrder);
  unit.internalSuppliers = inDocumentOrder(suppliers, unitOrder);
}
