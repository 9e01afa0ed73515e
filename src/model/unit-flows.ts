import { responsibleUnit, unitOfParty } from "./derive.js";
import type { ModelIndex } from "./index-model.js";
import type { Model } from "./types.js";

/** Something that passes between two units: a result or a resource, through the process that produces or uses it. */
export interface UnitFlow {
  from: string;
  to: string;
  /** The result's or the resource's name. */
  what: string;
  /** Id of the process it passes through: the producing process for a result, the using one for a resource. */
  process: string;
}

const cache = new WeakMap<Model, Map<string, UnitFlow[]>>();

/**
 * What passes between units (docs/method.md, "The documents and where each comes from": units are each other's internal clients and suppliers),
 * read once for the whole model over the processes a unit answers for (owned by its positions):
 * - a result goes from the owner's unit to the units of its receivers (`to`), or — a result with no `to` — to the
 *   units of the process's internal clients;
 * - a resource comes from the unit of its supplier (`from`) to the owner's unit.
 * By unit id, each flow listed under both its units, in process order; one pass over the processes.
 */
export function unitFlows(model: Model, index: ModelIndex): Map<string, UnitFlow[]> {
  const known = cache.get(model);
  if (known) return known;
  const byUnit = new Map<string, UnitFlow[]>();
  const seen = new Set<string>();
  const add = (flow: UnitFlow) => {
    if (flow.from === flow.to) return;
    const key = `${flow.from}\u0000${flow.to}\u0000${flow.what}\u0000${flow.process}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const unit of [flow.from, flow.to]) {
      const list = byUnit.get(unit);
      if (list) list.push(flow);
      else byUnit.set(unit, [flow]);
    }
  };
  for (const process of model.processes) {
    const owner = responsibleUnit(process.id, index);
    if (owner === undefined) continue;
    const clientUnits = process.clients.flatMap((c) =>
      c.party.ref ? (unitOfParty(c.party.kind, c.party.ref.id, index) ?? []) : [],
    );
    for (const result of process.results) {
      const targets =
        result.to.length > 0
          ? result.to.flatMap((to) => (to.found ? (unitOfParty(to.found, to.id, index) ?? []) : []))
          : clientUnits;
      for (const to of targets) add({ from: owner, to, what: result.name, process: process.id });
    }
    for (const resource of process.resources) {
      const from = resource.from?.ref && unitOfParty(resource.from.kind, resource.from.ref.id, index);
      if (from) add({ from, to: owner, what: resource.name, process: process.id });
    }
  }
  cache.set(model, byUnit);
  return byUnit;
}
