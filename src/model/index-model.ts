import type { InfoSystem, Instruction, Model, Organization, Position, Process, Unit } from "./types.js";

/** Lookup by id. The first element with an id wins; duplicates are reported by `unique-id`. */
export interface ModelIndex {
  processes: Map<string, Process>;
  positions: Map<string, Position>;
  units: Map<string, Unit>;
  instructions: Map<string, Instruction>;
  systems: Map<string, InfoSystem>;
  organization?: Organization;
}

export function indexModel(model: Model): ModelIndex {
  const index: ModelIndex = {
    processes: firstById(model.processes),
    positions: firstById(model.positions),
    units: firstById(model.units),
    instructions: firstById(model.instructions),
    systems: firstById(model.systems),
  };
  if (model.organization) index.organization = model.organization;
  return index;
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}
