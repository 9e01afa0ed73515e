import type { ModelIndex } from "./index-model.js";
import type { Model } from "./types.js";

/**
 * Who performs which step, which instructions a position works by and which systems it records in; per
 * instruction and system, the steps that name it. One pass over the steps in document order, so every list is
 * in document order without sorting; sets keep the lists free of repeats.
 */
export function deriveStepFacts(model: Model, index: ModelIndex): void {
  const workers = new Map<string, Set<string>>();
  const recorders = new Map<string, Set<string>>();
  const instructionsOf = new Map<string, Set<string>>();
  const systemsOf = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  for (const instruction of model.instructions) {
    for (const ref of instruction.positions) if (index.positions.has(ref.id)) add(workers, instruction.id, ref.id);
  }
  for (const process of model.processes) {
    for (const step of process.steps) {
      const at = { process: process.id, step: step.id };
      const positionId = step.executor?.position?.id;
      const position = positionId === undefined ? undefined : index.positions.get(positionId);
      position?.steps.push(at);
      const instruction = step.instruction && index.instructions.get(step.instruction.id);
      if (instruction) {
        instruction.steps.push(at);
        if (position) add(workers, instruction.id, position.id);
      }
      const system = step.system && index.systems.get(step.system.id);
      if (system) {
        system.steps.push(at);
        if (position) add(recorders, system.id, position.id);
        if (position) add(systemsOf, position.id, system.id);
      }
    }
  }
  const ordered = (ids: Set<string> | undefined, order: Map<string, number>) =>
    [...(ids ?? [])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const positionOrder = new Map(model.positions.map((p, i) => [p.id, i]));
  const byPosition = (ids: Set<string> | undefined) => ordered(ids, positionOrder);
  for (const instruction of model.instructions) {
    instruction.workers = byPosition(workers.get(instruction.id));
    for (const id of instruction.workers) add(instructionsOf, id, instruction.id);
  }
  for (const system of model.systems) system.positions = byPosition(recorders.get(system.id));
  const instructionOrder = new Map(model.instructions.map((x, i) => [x.id, i]));
  const systemOrder = new Map(model.systems.map((x, i) => [x.id, i]));
  for (const position of model.positions) {
    position.instructions = ordered(instructionsOf.get(position.id), instructionOrder);
    position.systems = ordered(systemsOf.get(position.id), systemOrder);
  }
}
