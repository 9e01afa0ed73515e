import { message } from "../../i18n/messages.js";
import type { Ref } from "../../model/types.js";
import type { Rule } from "../rule.js";

interface Node {
  id: string;
  /** The one outgoing edge: `parent` or `reportsTo`, when it names an element of the same kind. */
  edge: Ref | undefined;
}

/**
 * Levels, regulations and the org chart are trees (docs/method.md: processes form a hierarchy; the org structure
 * is built top-down). Each element has at most one parent, so every cycle is found in one linear walk.
 */
export const cycle: Rule = {
  meta: {
    id: "cycle",
    description: "Process `parent`, unit `parent` and position `reportsTo` links form trees, without cycles.",
    rationale:
      "Processes form a hierarchy of levels 1, 2, 3 and the org structure is a tree of units and subordination (docs/method.md: Definitions, road map step 3); in a cycle no element is on top, so levels and the org chart cannot be built. Each cycle is reported once, at the link of its first member in document order.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "kind: Process\nid: car-service-delivery\nparent: vehicle-intake\n---\nkind: Process\nid: vehicle-intake\nparent: car-service-delivery",
      right:
        "kind: Process\nid: car-service-delivery      # level 1\n---\nkind: Process\nid: vehicle-intake\nparent: car-service-delivery",
    },
  },
  check({ model, index, lang, report }) {
    const edge = (ref: Ref | undefined, kind: string) => (ref && ref.found === kind ? ref : undefined);
    const trees = [
      {
        what: "cycle.process" as const,
        nodes: model.processes
          .filter((p) => index.processes.get(p.id) === p)
          .map((p) => ({ id: p.id, edge: edge(p.parent, "process") })),
      },
      {
        what: "cycle.unit" as const,
        nodes: model.units
          .filter((u) => index.units.get(u.id) === u)
          .map((u) => ({ id: u.id, edge: edge(u.parent, "unit") })),
      },
      {
        what: "cycle.position" as const,
        nodes: model.positions
          .filter((p) => index.positions.get(p.id) === p)
          .map((p) => ({ id: p.id, edge: edge(p.reportsTo, "position") })),
      },
    ];
    for (const tree of trees) {
      for (const found of findCycles(tree.nodes)) {
        const first = found[0];
        if (!first?.edge) continue;
        const path = [...found, first].map((n) => `\`${n.id}\``).join(" → ");
        report({ at: first.edge.source, message: "cycle", data: { what: message(lang, tree.what), path } });
      }
    }
  },
};

/**
 * The cycles of a graph where each node has at most one outgoing edge, each as its members starting with the
 * member that comes first in `nodes` (so a cycle is reported once, at a stable place). Linear: every node is
 * walked once.
 */
function findCycles(nodes: readonly Node[]): Node[][] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  /** 0 = not visited, 1 = on the current walk, 2 = done. */
  const state = new Map<string, 1 | 2>();
  const cycles: Node[][] = [];
  for (const start of nodes) {
    const walk: Node[] = [];
    let current: Node | undefined = start;
    while (current && state.get(current.id) === undefined) {
      state.set(current.id, 1);
      walk.push(current);
      current = current.edge ? byId.get(current.edge.id) : undefined;
    }
    if (current && state.get(current.id) === 1) {
      const members = walk.slice(walk.indexOf(current));
      let firstAt = 0;
      members.forEach((n, i) => {
        if ((order.get(n.id) ?? 0) < (order.get(members[firstAt]?.id ?? "") ?? 0)) firstAt = i;
      });
      cycles.push([...members.slice(firstAt), ...members.slice(0, firstAt)]);
    }
    for (const n of walk) state.set(n.id, 2);
  }
  return cycles;
}
