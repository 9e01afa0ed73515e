import type { Model, Party, Ref } from "./types.js";

/** Every reference written in the spec, in document order. */
export function allRefs(model: Model): Ref[] {
  const refs: Ref[] = [];
  const add = (ref: Ref | undefined) => {
    if (ref) refs.push(ref);
  };
  const addParty = (party: Party | undefined) => add(party?.ref);
  for (const unit of model.units) {
    add(unit.parent);
    add(unit.head);
  }
  for (const position of model.positions) {
    add(position.unit);
    add(position.reportsTo);
    for (const item of position.kpis?.items ?? []) add(item.process);
  }
  for (const process of model.processes) {
    add(process.parent);
    add(process.owner);
    for (const client of process.clients) addParty(client.party);
    for (const result of process.results) for (const to of result.to) add(to);
    for (const resource of process.resources) addParty(resource.from);
    for (const executor of process.executors) add(executor.position);
    for (const step of process.steps) {
      add(step.system);
      add(step.instruction);
    }
  }
  for (const instruction of model.instructions) for (const ref of instruction.positions) add(ref);
  for (const system of model.systems) add(system.owner);
  for (const assessment of model.assessments) {
    add(assessment.position);
    add(assessment.assessor);
  }
  return refs;
}
