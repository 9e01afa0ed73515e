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
  const unitsOfProcess = new Map<string, Set<string>>();
  for (const unit of model.units) {
    const processes = new Set<string>();
    for (const positionId of unit.positions) {
      const position = index.positions.get(positionId);
      for (const id of [...(position?.executes ?? []), ...(position?.owns ?? [])]) processes.add(id);
    }
    unit.processes = model.processes.filter((p) => processes.has(p.id)).map((p) => p.id);
    for (const id of unit.processes) {
      const set = unitsOfProcess.get(id) ?? new Set<string>();
      set.add(unit.id);
      unitsOfProcess.set(id, set);
    }
  }
  for (const unit of model.units) linkUnits(unit, model, index, unitsOfProcess);
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

function linkUnits(unit: Unit, model: Model, index: ModelIndex, unitsOfProcess: Map<string, Set<string>>): void {
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
  unit.internalClients = model.units.filter((u) => clients.has(u.id)).map((u) => u.id);
  unit.internalSuppliers = model.units.filter((u) => suppliers.has(u.id)).map((u) => u.id);
}
