/**
 * How complete the description is, in the method's terms: which of the eleven elements a process card has
 * (docs/method.md, "The elements of a process specification") and which of the three position documents can be compiled. These are
 * facts about the model, used by the document index (emit) and by `procspec stats` alike, so they live here.
 */

import type { ModelIndex } from "./index-model.js";
import type { Model, Position, Process } from "./types.js";

/** The eleven elements of a process specification, in the guide's order. */
export const PROCESS_ELEMENTS = [
  "name",
  "description",
  "clients",
  "goals",
  "results",
  "indicators",
  "resources",
  "suppliers",
  "executors",
  "owner",
  "structure",
] as const;
export type ProcessElement = (typeof PROCESS_ELEMENTS)[number];

/** `n/a`: the element cannot be asked of this process (the structure of a lowest-level process). */
export type ElementState = "filled" | "missing" | "n/a";

/**
 * The state of one element. Goals count only when every client has them (goals are stated per client), indicators
 * only when every one says how it is measured, suppliers only when every resource names where it comes from.
 * Structure (element 11) is what a process is split into; a process with no sub-processes is a leaf, so it is
 * `n/a` there and does not lower the score. Every element that can be `missing` has a rule that reports it
 * (test/first-hour.test.ts checks that `stats` at 100 % and validate with every rule at error agree).
 */
export function elementState(process: Process, element: ProcessElement): ElementState {
  const filled = (yes: boolean): ElementState => (yes ? "filled" : "missing");
  switch (element) {
    case "name":
      return filled(process.name.trim() !== "");
    case "description":
      return filled((process.description ?? "").trim() !== "");
    case "clients":
      return filled(process.clients.length > 0);
    case "goals":
      return filled(process.clients.length > 0 && process.clients.every((c) => c.goals.length > 0));
    case "results":
      return filled(process.results.length > 0);
    case "indicators":
      return filled(process.indicators.length > 0 && process.indicators.every((i) => (i.measure ?? "").trim() !== ""));
    case "resources":
      return filled(process.resources.length > 0);
    case "suppliers":
      return filled(process.resources.length > 0 && process.resources.every((r) => r.from !== undefined));
    case "executors":
      return filled(process.executors.length > 0);
    case "owner":
      return filled(process.owner !== undefined);
    case "structure":
      // Structure is the sub-processes a process is split into; a process not split further needs none.
      return process.children.length > 0 ? "filled" : "n/a";
  }
}

/** Whether a process card has every element that can be asked of it. */
export function hasAllElements(process: Process): boolean {
  return PROCESS_ELEMENTS.every((element) => elementState(process, element) !== "missing");
}

export function hasJobDuties(position: Position): boolean {
  return position.executes.length > 0;
}

/** Competencies are complete when every executed process states them for this position. */
export function hasCompetencies(position: Position, index: ModelIndex): boolean {
  const processes = processesOf(position.executes, index);
  return (
    processes.length > 0 &&
    processes.every((p) => {
      const c = executorOf(p, position.id)?.competencies;
      return c !== undefined && c.knowledge.length + c.skills.length + c.qualities.length > 0;
    })
  );
}

/**
 * What a full position profile is made of, in the profile's order: general knowledge (the position's own), the
 * subject knowledge, skills and qualities its executors' competencies give, values (the organization's or the
 * position's), functional duties (functions in the processes it executes) and responsibility (indicators of the
 * processes it owns or executes, or responsibilities written on the position).
 */
export const PROFILE_PARTS = [
  "generalKnowledge",
  "knowledge",
  "skills",
  "qualities",
  "values",
  "functions",
  "responsibility",
] as const;
export type ProfilePart = (typeof PROFILE_PARTS)[number];

/**
 * The parts of a full profile a position lacks, in the profile's order. `procspec stats` counts the profile missing
 * when any is, and the rule `profile-incomplete` reports each one, so the two always agree.
 */
export function profileGaps(position: Position, model: Model, index: ModelIndex): ProfilePart[] {
  const processes = processesOf(position.executes, index);
  const some = (key: "knowledge" | "skills" | "qualities") =>
    processes.some((p) => (executorOf(p, position.id)?.competencies?.[key].length ?? 0) > 0);
  const values = position.values ?? model.organization?.values ?? [];
  const indicators = processesOf([...position.owns, ...position.executes], index).some((p) => p.indicators.length > 0);
  const has: Record<ProfilePart, boolean> = {
    generalKnowledge: position.generalKnowledge.length > 0,
    knowledge: some("knowledge"),
    skills: some("skills"),
    qualities: some("qualities"),
    values: values.length > 0,
    functions: processes.some((p) => (executorOf(p, position.id)?.functions.length ?? 0) > 0),
    responsibility: indicators || position.responsibilities.length > 0,
  };
  return PROFILE_PARTS.filter((part) => !has[part]);
}

/** A full profile has all seven sections filled. */
export function hasFullProfile(position: Position, model: Model, index: ModelIndex): boolean {
  return profileGaps(position, model, index).length === 0;
}

/** The executor entry of a position in a process (one per position, by the schema). */
export function executorOf(process: Process, positionId: string) {
  return process.executors.find((e) => e.position?.id === positionId);
}

/** Processes by id, in the model's document order, skipping ids that did not resolve. */
export function processesOf(ids: readonly string[], index: ModelIndex): Process[] {
  // A plain loop: views ask this for every position several times, and flatMap's array per id showed in profiles.
  const found: Process[] = [];
  for (const id of ids) {
    const process = index.processes.get(id);
    if (process) found.push(process);
  }
  return found;
}
