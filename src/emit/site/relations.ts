import type { Lang } from "../../i18n/lang.js";
import { siteWords } from "../../i18n/words/site.js";
import type { ModelIndex } from "../../model/index-model.js";
import { processTitle } from "../../model/process-title.js";
import type { Party, Position, Process, Unit } from "../../model/types.js";
import { sitePaths } from "./paths.js";

/** A link of the site: `to` is a page path without extension; without `to` the entry is plain text. */
export interface SiteLink {
  text: string;
  to?: string;
}

/** One group of the links panel ("Исполнители": the positions). */
export interface LinkGroup {
  heading: string;
  links: SiteLink[];
}

/** What the links panel of a page shows, and under which element the breadcrumbs put it. */
export interface Relations {
  groups: LinkGroup[];
}

export const processLink = (p: Process): SiteLink => ({ text: processTitle(p), to: sitePaths.process(p.id) });
export const positionLink = (p: Position): SiteLink => ({ text: p.name, to: sitePaths.position(p.id) });
export const unitLink = (u: Unit): SiteLink => ({ text: u.name, to: sitePaths.unit(u.id) });

function partyLink(party: Party, index: ModelIndex): SiteLink {
  const id = party.ref?.id;
  if (id !== undefined) {
    const process = party.kind === "process" ? index.processes.get(id) : undefined;
    if (process) return { text: party.name, to: sitePaths.process(process.id) };
    const position = party.kind === "position" ? index.positions.get(id) : undefined;
    if (position) return { text: party.name, to: sitePaths.position(position.id) };
    const unit = party.kind === "unit" ? index.units.get(id) : undefined;
    if (unit) return { text: party.name, to: sitePaths.unit(unit.id) };
  }
  return { text: party.name };
}

function group(heading: string, links: SiteLink[]): LinkGroup[] {
  return links.length > 0 ? [{ heading, links }] : [];
}

function found<T>(ids: readonly string[], map: ReadonlyMap<string, T>): T[] {
  return ids.flatMap((id) => map.get(id) ?? []);
}

/** A process's owner, executors, clients, suppliers, parent and sub-processes, and its documents. */
export function processRelations(process: Process, index: ModelIndex, lang: Lang, documents: SiteLink[]): Relations {
  const w = siteWords(lang).related;
  const owner = process.owner && index.positions.get(process.owner.id);
  const parent = process.parent && index.processes.get(process.parent.id);
  const executors = process.executors.map((e): SiteLink => {
    const position = e.position && index.positions.get(e.position.id);
    return position ? positionLink(position) : { text: e.name };
  });
  return {
    groups: [
      ...group(w.documents, documents),
      ...group(w.owner, owner ? [positionLink(owner)] : []),
      ...group(w.executors, executors),
      ...group(
        w.clients,
        process.clients.map((c) => partyLink(c.party, index)),
      ),
      ...group(
        w.suppliers,
        process.suppliers.map((s) => partyLink(s, index)),
      ),
      ...group(w.parent, parent ? [processLink(parent)] : []),
      ...group(w.children, found(process.children, index.processes).map(processLink)),
    ],
  };
}

/** A position's unit, manager, subordinates, the processes it owns and executes, and its documents. */
export function positionRelations(position: Position, index: ModelIndex, lang: Lang, documents: SiteLink[]): Relations {
  const w = siteWords(lang).related;
  const unit = position.unit && index.units.get(position.unit.id);
  const boss = position.reportsTo && index.positions.get(position.reportsTo.id);
  return {
    groups: [
      ...group(w.unit, unit ? [unitLink(unit)] : []),
      ...group(w.reportsTo, boss ? [positionLink(boss)] : []),
      ...group(w.owns, found(position.owns, index.processes).map(processLink)),
      ...group(w.executes, found(position.executes, index.processes).map(processLink)),
      ...group(w.subordinates, found(position.subordinates, index.positions).map(positionLink)),
      ...group(w.documents, documents),
    ],
  };
}

/** A unit's parent and sub-units, its head, its positions and the processes they execute or own. */
export function unitRelations(unit: Unit, index: ModelIndex, lang: Lang): Relations {
  const w = siteWords(lang).related;
  const parent = unit.parent && index.units.get(unit.parent.id);
  const head = unit.head && index.positions.get(unit.head.id);
  return {
    groups: [
      ...group(w.parentUnit, parent ? [unitLink(parent)] : []),
      ...group(w.head, head ? [positionLink(head)] : []),
      ...group(w.positions, found(unit.positions, index.positions).map(positionLink)),
      ...group(w.processes, found(unit.processes, index.processes).map(processLink)),
      ...group(w.childUnits, found(unit.children, index.units).map(unitLink)),
    ],
  };
}

/** The chain of parents of a process, top first (a cycle in the tree is cut where it closes). */
export function processAncestors(process: Process, index: ModelIndex): Process[] {
  const chain: Process[] = [];
  const seen = new Set<string>([process.id]);
  for (let p = process.parent && index.processes.get(process.parent.id); p && !seen.has(p.id); ) {
    seen.add(p.id);
    chain.unshift(p);
    p = p.parent && index.processes.get(p.parent.id);
  }
  return chain;
}

/** The chain of parents of a unit, top first. */
export function unitAncestors(unit: Unit, index: ModelIndex): Unit[] {
  const chain: Unit[] = [];
  const seen = new Set<string>([unit.id]);
  for (let u = unit.parent && index.units.get(unit.parent.id); u && !seen.has(u.id); ) {
    seen.add(u.id);
    chain.unshift(u);
    u = u.parent && index.units.get(u.parent.id);
  }
  return chain;
}
