import type { Process, Step } from "./types.js";

/**
 * The course of a process as a graph over its steps: the first step starts it, a step with no way on ends it.
 * Transitions to unknown steps are left out (the `unknown-step` rule reports them); for a repeated id the first
 * step wins (`duplicate-step` reports the rest). Every walk is linear in steps plus transitions.
 */
export interface StepGraph {
  steps: Step[];
  byId: Map<string, Step>;
  /** Known targets of each step, by step id. */
  next: Map<string, Step[]>;
  /** Steps that lead to each step, by step id. */
  previous: Map<string, Step[]>;
  first?: Step;
}

export function stepGraph(process: Process): StepGraph {
  const byId = new Map<string, Step>();
  for (const step of process.steps) if (step.id !== "" && !byId.has(step.id)) byId.set(step.id, step);
  const next = new Map<string, Step[]>();
  for (const step of byId.values()) {
    next.set(
      step.id,
      step.next.flatMap((t) => {
        const target = byId.get(t.step);
        return target ? [target] : [];
      }),
    );
  }
  const previous = new Map<string, Step[]>();
  for (const step of byId.values()) {
    for (const target of next.get(step.id) ?? []) {
      const list = previous.get(target.id) ?? [];
      list.push(step);
      previous.set(target.id, list);
    }
  }
  const graph: StepGraph = { steps: [...byId.values()], byId, next, previous };
  const first = process.steps[0];
  if (first && byId.get(first.id) === first) graph.first = first;
  return graph;
}

/** Ids of the steps reached from `from` (itself included), following transitions. */
export function reachableFrom(graph: StepGraph, from: readonly Step[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if (seen.has(step.id)) continue;
    seen.add(step.id);
    for (const target of graph.next.get(step.id) ?? []) if (!seen.has(target.id)) stack.push(target);
  }
  return seen;
}

/** Ids of the steps from which the process can still end: walking transitions backwards from every ending step. */
export function canEnd(graph: StepGraph): Set<string> {
  const { previous } = graph;
  // A step whose written transitions all name unknown steps ends nowhere known; treat it as an end so that one
  // mistake (reported by `unknown-step`) does not also read as a loop.
  const ends = graph.steps.filter((s) => (graph.next.get(s.id) ?? []).length === 0);
  const seen = new Set<string>();
  const stack = [...ends];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if (seen.has(step.id)) continue;
    seen.add(step.id);
    for (const before of previous.get(step.id) ?? []) if (!seen.has(before.id)) stack.push(before);
  }
  return seen;
}

/** Each step's ancestors: the ids of steps from which it can be reached (what an input may come from). */
export function ancestorsOf(graph: StepGraph, step: Step): Set<string> {
  const { previous } = graph;
  const seen = new Set<string>();
  const stack = [...(previous.get(step.id) ?? [])];
  while (stack.length > 0) {
    const s = stack.pop() as Step;
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    for (const before of previous.get(s.id) ?? []) if (!seen.has(before.id)) stack.push(before);
  }
  return seen;
}
