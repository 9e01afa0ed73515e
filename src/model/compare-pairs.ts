import { processTitle } from "./process-title.js";
import type { Model } from "./types.js";

/**
 * Which element of the older model each element of the newer one is, for `procspec diff`. Ids are the spec's
 * handles, not what documents show: an element whose id alone changed is still the same process, position or
 * unit, and the rows of documents it feeds must not turn into "removed" and "new". Elements pair by id first;
 * those left over pair by what documents show (a process's code and name, a position's or unit's name) when that
 * is unique on both sides.
 */
export interface Pairs {
  /** New id → old id, for elements whose id changed. */
  previousId: ReadonlyMap<string, string>;
  /** Old id → new id, the same pairs the other way. */
  nextId: ReadonlyMap<string, string>;
}

/** The id an element of the older model has in the newer one (unchanged unless it was renamed). */
export function currentId(pairs: Pairs, id: string): string {
  return pairs.nextId.get(id) ?? id;
}

export function pairElements(before: Model, after: Model): Pairs {
  const previousId = new Map<string, string>();
  const nextId = new Map<string, string>();
  const pair = <T extends { id: string }>(old: readonly T[], now: readonly T[], shown: (item: T) => string) => {
    const oldIds = new Set(old.map((item) => item.id));
    const newIds = new Set(now.map((item) => item.id));
    const byShown = (items: readonly T[], others: Set<string>) => {
      const map = new Map<string, T[]>();
      for (const item of items) {
        if (others.has(item.id)) continue;
        const key = shown(item);
        map.set(key, [...(map.get(key) ?? []), item]);
      }
      return map;
    };
    const gone = byShown(old, newIds);
    for (const [key, items] of byShown(now, oldIds)) {
      const candidates = gone.get(key);
      const [item] = items;
      const [was] = candidates ?? [];
      if (items.length !== 1 || candidates?.length !== 1 || !item || !was) continue;
      previousId.set(item.id, was.id);
      nextId.set(was.id, item.id);
    }
  };
  pair(before.processes, after.processes, processTitle);
  pair(before.positions, after.positions, (p) => p.name);
  pair(before.units, after.units, (u) => u.name);
  return { previousId, nextId };
}
