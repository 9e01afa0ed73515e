import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import type { SourceRef } from "../../load/source.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Unit } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Item, Link, Table, ViewBase, ViewOptions } from "./blocks.js";
import { processTitle, textItems, traceOf } from "./common.js";
import { documentFrame } from "./frame.js";

export interface UnitNode {
  link: Link;
  /** "руководитель — Руководитель автосервиса". */
  note?: string;
  children: UnitNode[];
}

/**
 * The regulation on the org structure (DOMAIN.md step 3): the strategy it serves, the unit tree with heads, the
 * functions of every unit and who owns which process.
 */
export interface OrgStructureView extends ViewBase {
  document: "org-structure";
  organization?: string;
  strategy: { heading: string; sections: { heading: string; items: Item[] }[] };
  units: { heading: string; tree: UnitNode[] };
  functions: { heading: string; table: Table };
  responsibility: { heading: string; table: Table };
  none: string;
}

export function orgStructureView(model: Model, index: ModelIndex, lang: Lang, options: ViewOptions): OrgStructureView {
  const w = documentWords(lang);
  const none = w.common.none;
  const org = model.organization;
  const orgItems = (texts: readonly string[] = [], sources: readonly SourceRef[] = []): Item[] =>
    textItems(texts, sources, org?.source, options);
  const sections = [
    {
      heading: w.orgStructure.strategyClients,
      items: orgItems(org?.strategy.clients, org?.strategySources.clients),
    },
    {
      heading: w.orgStructure.clientValues,
      items: orgItems(org?.strategy.clientValues, org?.strategySources.clientValues),
    },
    {
      heading: w.orgStructure.advantages,
      items: orgItems(org?.strategy.advantages, org?.strategySources.advantages),
    },
    { heading: w.orgStructure.values, items: orgItems(org?.values, org?.valueSources) },
  ].filter((s) => s.items.length > 0);

  // A unit whose parent does not resolve is shown at the top, and so is a parent cycle (below): no unit disappears.
  const roots = model.units.filter((u) => !u.parent || !index.units.has(u.parent.id) || u.parent.id === u.id);
  const node = (unit: Unit, seen: Set<string>): UnitNode => {
    seen.add(unit.id);
    const children = unit.children.flatMap((id) => {
      const child = index.units.get(id);
      return child && !seen.has(id) ? [node(child, seen)] : [];
    });
    return {
      link: { text: unit.name, to: outputPaths.unit(unit.id) },
      ...(unit.head ? { note: w.orgStructure.headOf(unit.head.name) } : {}),
      children,
    };
  };
  const seen = new Set<string>();
  const tree = roots.map((u) => node(u, seen));
  // Units in or below a parent cycle (reported by `cycle`, whose severity a team may lower) have no root above
  // them: each cycle enters the tree at the top, at the cycle unit first reached going up, with the rest below.
  for (const unit of model.units) {
    if (seen.has(unit.id)) continue;
    tree.push(node(cycleEntry(unit, index), seen));
  }

  const unitOf = (positionId: string) => index.positions.get(positionId)?.unit?.name ?? none;
  return {
    document: "org-structure",
    path: outputPaths.orgStructure,
    lang,
    title: w.titles.orgStructure,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    ...(org ? { organization: org.name } : {}),
    strategy: { heading: w.orgStructure.strategy, sections },
    units: { heading: w.orgStructure.units, tree },
    functions: {
      heading: w.orgStructure.functions,
      table: {
        columns: [w.common.unit, w.unit.functions],
        rows: model.units.map((u) => ({ cells: [u.name, u.functions], ...traceOf(u.source, options) })),
      },
    },
    responsibility: {
      heading: w.orgStructure.responsibility,
      table: {
        columns: [w.common.process, w.orgStructure.owner, w.common.unit],
        rows: model.processes.map((p) => ({
          cells: [processTitle(p), p.owner?.name ?? none, p.owner ? unitOf(p.owner.id) : none],
          ...traceOf(p.source, options),
        })),
      },
    },
    none,
  };
}

/** Going up the parents from a unit with no root: the first unit met twice lies on the cycle. */
function cycleEntry(unit: Unit, index: ModelIndex): Unit {
  const path = new Set<string>();
  let current = unit;
  while (!path.has(current.id)) {
    path.add(current.id);
    const parent = current.parent && index.units.get(current.parent.id);
    if (!parent) return current;
    current = parent;
  }
  return current;
}
