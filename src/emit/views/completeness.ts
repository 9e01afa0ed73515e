import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position, Process } from "../../model/types.js";
import { executorOf, processesOf } from "./common.js";

/**
 * Whether a process card has all eleven elements. Structure (element 11) is asked only of top-level processes:
 * a lowest-level process has no sub-processes by definition.
 */
export function hasAllElements(process: Process): boolean {
  return (
    process.name.trim() !== "" &&
    (process.description ?? "").trim() !== "" &&
    process.clients.length > 0 &&
    process.clients.every((c) => c.goals.length > 0) &&
    process.results.length > 0 &&
    process.indicators.length > 0 &&
    process.resources.length > 0 &&
    process.suppliers.length > 0 &&
    process.executors.length > 0 &&
    process.owner !== undefined &&
    (process.level > 1 || process.children.length > 0)
  );
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

/** A full profile has all seven sections filled. */
export function hasFullProfile(position: Position, model: Model, index: ModelIndex): boolean {
  const processes = processesOf(position.executes, index);
  const all = (key: "knowledge" | "skills" | "qualities") =>
    processes.some((p) => (executorOf(p, position.id)?.competencies?.[key].length ?? 0) > 0);
  const values = position.values ?? model.organization?.values ?? [];
  const indicators = processesOf([...position.owns, ...position.executes], index).some((p) => p.indicators.length > 0);
  return (
    position.generalKnowledge.length > 0 &&
    all("knowledge") &&
    all("skills") &&
    all("qualities") &&
    values.length > 0 &&
    processes.some((p) => (executorOf(p, position.id)?.functions.length ?? 0) > 0) &&
    (indicators || position.responsibilities.length > 0)
  );
}
