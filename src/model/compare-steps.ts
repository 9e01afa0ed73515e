/**
 * What `procspec diff` says about the course of processes: per process with steps before or after, the steps
 * added, removed and changed (by field), and the positions whose regulations and job duties change with them —
 * executors of those steps before and after, and positions whose instructions or systems change.
 */

import { currentId, type Pairs } from "./compare-pairs.js";
import { indexModel } from "./index-model.js";
import { processTitle } from "./process-title.js";
import type { Model, Process, Step } from "./types.js";

export interface StepRefDiff {
  id: string;
  name: string;
}

export interface StepChange extends StepRefDiff {
  /** `name`, `executor`, `inputs`, `outputs`, `term`, `system`, `instruction`, `next`, `order`. */
  fields: string[];
}

export interface ProcessStepsDiff {
  id: string;
  title: string;
  added: StepRefDiff[];
  removed: StepRefDiff[];
  changed: StepChange[];
}

export interface StepsDiff {
  processes: ProcessStepsDiff[];
  /** Positions whose regulations or job duties change, in the newer model's order (removed ones last). */
  positions: StepRefDiff[];
}

/** What a step's row in the regulation shows: names, not the ids they are written with. */
const stepFields = (s: Step, place: number): Record<string, unknown> => ({
  name: s.name,
  executor: s.executor?.name ?? null,
  inputs: s.inputs.map((i) => i.name),
  outputs: s.outputs.map((o) => o.name),
  term: s.term ?? null,
  system: s.system?.name ?? null,
  instruction: s.instruction?.name ?? null,
  next: s.next.map((t) => [t.step, t.when ?? null]),
  order: place,
});

/** `pairs` tells which process and position of `before` each of `after` is when only its id changed. */
export function compareSteps(before: Model, after: Model, pairs: Pairs): StepsDiff {
  const oldIndex = indexModel(before);
  const previous = (id: string) => pairs.previousId.get(id) ?? id;
  const touched = new Set<string>();
  // Positions are collected under the newer model's ids, so a position whose id changed is listed once.
  const touch = (step: Step | undefined) => {
    const id = step?.executor?.position?.id;
    if (id !== undefined) touched.add(currentId(pairs, id));
  };
  const processes: ProcessStepsDiff[] = [];
  const seen = new Set<string>();
  const compare = (was: Process | undefined, now: Process | undefined) => {
    const process = now ?? was;
    if (!process || (was?.steps.length ?? 0) + (now?.steps.length ?? 0) === 0) return;
    const oldSteps = new Map((was?.steps ?? []).map((s, i) => [s.id, { step: s, place: i }]));
    const newSteps = new Map((now?.steps ?? []).map((s, i) => [s.id, { step: s, place: i }]));
    const entry: ProcessStepsDiff = {
      id: process.id,
      title: processTitle(process),
      added: [],
      removed: [],
      changed: [],
    };
    for (const [id, { step, place }] of newSteps) {
      const old = oldSteps.get(id);
      if (!old) {
        entry.added.push({ id, name: step.name });
        touch(step);
        continue;
      }
      const a = stepFields(old.step, old.place);
      const b = stepFields(step, place);
      const fields = Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      if (fields.length > 0) {
        entry.changed.push({ id, name: step.name, fields });
        touch(step);
        touch(old.step);
      }
    }
    for (const [id, { step }] of oldSteps) {
      if (newSteps.has(id)) continue;
      entry.removed.push({ id, name: step.name });
      touch(step);
    }
    if (entry.added.length + entry.removed.length + entry.changed.length > 0) processes.push(entry);
  };
  for (const process of after.processes) {
    seen.add(previous(process.id));
    compare(oldIndex.processes.get(previous(process.id)), process);
  }
  for (const process of before.processes) if (!seen.has(process.id)) compare(process, undefined);

  // Job duties list a position's instructions and systems: a change there changes the duties too.
  for (const position of after.positions) {
    const was = oldIndex.positions.get(previous(position.id));
    if (!was) continue;
    if (JSON.stringify([was.instructions, was.systems]) !== JSON.stringify([position.instructions, position.systems]))
      touched.add(position.id);
  }
  const names = new Map([...before.positions, ...after.positions].map((p) => [currentId(pairs, p.id), p.name]));
  const order = [...after.positions, ...before.positions].map((p) => currentId(pairs, p.id));
  const positions = [...new Set(order)]
    .filter((id) => touched.has(id))
    .map((id) => ({ id, name: names.get(id) ?? id }));
  return { processes, positions };
}
