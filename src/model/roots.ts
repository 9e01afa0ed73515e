import type { ModelIndex } from "./index-model.js";
import type { Model, Process, Unit } from "./types.js";

/** The level-1 processes: those without a parent the model knows (the roots of the process tree). */
export function topProcesses(model: Model, index: ModelIndex): Process[] {
  return model.processes.filter((p) => !p.parent || !index.processes.has(p.parent.id));
}

/** The units that are not below another unit: the roots of the unit tree. */
export function rootUnits(model: Model, index: ModelIndex): Unit[] {
  return model.units.filter((u) => !u.parent || !index.units.has(u.parent.id));
}
