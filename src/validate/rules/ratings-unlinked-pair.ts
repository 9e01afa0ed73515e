import { message } from "../../i18n/messages.js";
import type { ModelIndex } from "../../model/index-model.js";
import { linkingProcesses, type RatingParty, ratingParty, rowSource } from "../../model/ratings.js";
import type { Model } from "../../model/types.js";
import { unitFlows } from "../../model/unit-flows.js";
import type { Rule } from "../rule.js";

/** Steps from a unit up to the root, the unit first. */
function ancestors(unit: string, index: ModelIndex): string[] {
  const chain: string[] = [];
  for (let id: string | undefined = unit; id !== undefined && !chain.includes(id); ) {
    chain.push(id);
    id = index.units.get(id)?.parent?.id;
  }
  return chain;
}

/** Edges between two units in the unit tree (Infinity when they share no root). */
function treeDistance(a: string, b: string, index: ModelIndex): number {
  const up = ancestors(a, index);
  const other = ancestors(b, index);
  let best = Number.POSITIVE_INFINITY;
  other.forEach((id, k) => {
    const i = up.indexOf(id);
    if (i >= 0) best = Math.min(best, i + k);
  });
  return best;
}

/**
 * The process whose flow comes closest to linking the two: a flow of one side's unit whose other end is nearest in
 * the unit tree to the other side (the parent unit of the rated mechanics, say). Ties go to the first in process order.
 */
function nearestProcess(
  rater: RatingParty,
  rated: RatingParty,
  model: Model,
  index: ModelIndex,
): { process: string; from: string; to: string } | undefined {
  if (rater.unit === undefined || rated.unit === undefined) return undefined;
  const flows = unitFlows(model, index);
  const order = new Map(model.processes.map((p, i) => [p.id, i]));
  let best: { distance: number; rank: number; process: string; from: string; to: string } | undefined;
  for (const [own, other] of [
    [rater.unit, rated.unit],
    [rated.unit, rater.unit],
  ] as const) {
    for (const flow of flows.get(own) ?? []) {
      const far = flow.from === own ? flow.to : flow.from;
      const distance = treeDistance(far, other, index);
      const rank = order.get(flow.process) ?? 0;
      if (!Number.isFinite(distance)) continue;
      if (!best || distance < best.distance || (distance === best.distance && rank < best.rank))
        best = { distance, rank, process: flow.process, from: flow.from, to: flow.to };
    }
  }
  return best;
}

/** A named process and every process above it: rating the pair «by» a parent of the linking process is fine. */
function withParents(ids: readonly string[], index: ModelIndex): Set<string> {
  const out = new Set<string>();
  for (const start of ids) {
    for (let id: string | undefined = start; id !== undefined && !out.has(id); ) {
      out.add(id);
      id = index.processes.get(id)?.parent?.id;
    }
  }
  return out;
}

/** A rating between sides the model does not link: the model misses a client–supplier link, or the row is misplaced. */
export const ratingsUnlinkedPair: Rule = {
  meta: {
    id: "ratings-unlinked-pair",
    description:
      "The rater and the rated side are linked by a process: one hands a result or a resource to the other (for two positions of one unit: both take part in the process). A `process`, when given, is one of those processes.",
    rationale:
      "The executor rates how the task was set by the side that hands it work (docs/ratings.md); when the model shows no such link, either the model lacks a client–supplier link that exists in practice or the rating went to the wrong side. The message names the nearest process, if any.",
    defaultSeverity: "warn",
    examplesFormat: "csv",
    examples: {
      wrong:
        "date,rater,rated,process,score,comment\n2026-11-05,it-service,workshop,,4,Заявки приходят без номера поста",
      right:
        "date,rater,rated,process,score,comment\n2026-11-05,it-service,car-service,hardware-maintenance,4,Заявки приходят без номера поста",
    },
  },
  check({ model, index, lang, report }) {
    const links = new Map<string, string[]>();
    for (const row of model.ratings?.rows ?? []) {
      const rater = ratingParty(row.rater, index);
      const rated = ratingParty(row.rated, index);
      if (!rater || !rated) continue;
      const key = `${rater.id}\u0000${rated.id}`;
      let linking = links.get(key);
      if (!linking) {
        linking = linkingProcesses(rater, rated, model, index);
        links.set(key, linking);
      }
      const names = { rater: rater.name, rated: rated.name };
      if (linking.length === 0) {
        const near = nearestProcess(rater, rated, model, index);
        const nearest = near
          ? message(lang, "ratings-unlinked-pair.nearest", {
              process: index.processes.get(near.process)?.name ?? near.process,
              from: index.units.get(near.from)?.name ?? near.from,
              to: index.units.get(near.to)?.name ?? near.to,
            })
          : "";
        report({ at: rowSource(row), message: "ratings-unlinked-pair", data: { ...names, nearest } });
        continue;
      }
      const named = index.processes.get(row.process);
      if (named && !withParents(linking, index).has(named.id)) {
        const processes = linking.map((id) => `«${index.processes.get(id)?.name ?? id}»`).join(", ");
        report({
          at: rowSource(row),
          message: "ratings-unlinked-pair.process",
          data: { ...names, process: named.name, processes },
        });
      }
    }
  },
};
