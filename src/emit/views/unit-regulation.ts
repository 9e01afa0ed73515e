import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position, Unit } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Group, Item, Link, Table, ViewBase, ViewOptions } from "./blocks.js";
import { indicatorText, processLink, processOrder, processTitle, refLink, textItems, traceOf } from "./common.js";
import { documentFrame, sourceFiles } from "./frame.js";

/**
 * The regulation on a unit (DOMAIN.md step 3): its place in the structure, functions, positions, the processes it
 * takes part in and in which role, its internal clients and suppliers, and what it answers for.
 */
export interface UnitRegulationView extends ViewBase {
  document: "unit-regulation";
  unitId: string;
  general: { heading: string; fields: Field[] };
  functions: { heading: string; items: Item[] };
  positions: { heading: string; table: Table };
  processes: { heading: string; table: Table };
  internalClients: { heading: string; links: Link[] };
  internalSuppliers: { heading: string; links: Link[] };
  responsibility: { heading: string; intro: string; groups: Group[] };
  none: string;
}

export function unitRegulationView(
  model: Model,
  index: ModelIndex,
  unit: Unit,
  lang: Lang,
  options: ViewOptions,
): UnitRegulationView {
  const w = documentWords(lang);
  const none = w.common.none;
  const fields: Field[] = [{ label: w.unit.name, value: unit.name }];
  const parentLink = refLink(unit.parent, index);
  fields.push(
    unit.parent
      ? { label: w.unit.parent, value: unit.parent.name, ...(parentLink ? { link: parentLink } : {}) }
      : { label: w.unit.parent, value: none },
  );
  const headLink = refLink(unit.head, index);
  fields.push(
    unit.head
      ? { label: w.unit.head, value: unit.head.name, ...(headLink ? { link: headLink } : {}) }
      : { label: w.unit.head, value: none },
  );

  const positions = unit.positions.flatMap((id) => {
    const p = index.positions.get(id);
    return p ? [p] : [];
  });
  const positionRows = positions.map((p) => ({
    cells: [p.name, p.reportsTo?.name ?? none, p.headcount !== undefined ? String(p.headcount) : none],
    ...traceOf(p.source, options),
  }));

  // Process → the unit's positions in each role, built once per unit (not a scan of the positions per process).
  const ownersOf = new Map<string, Position[]>();
  const executorsOf = new Map<string, Position[]>();
  const enlist = (roles: Map<string, Position[]>, processId: string, position: Position) => {
    const list = roles.get(processId);
    if (list) list.push(position);
    else roles.set(processId, [position]);
  };
  for (const p of positions) {
    for (const id of p.owns) enlist(ownersOf, id, p);
    for (const id of p.executes) enlist(executorsOf, id, p);
  }
  const processRows = processesOf(unit.processes, index).map((process) => {
    const owners = ownersOf.get(process.id) ?? [];
    const executors = executorsOf.get(process.id) ?? [];
    const roles = [
      ...(owners.length > 0 ? [w.unit.roles.owner] : []),
      ...(executors.length > 0 ? [w.unit.roles.executor] : []),
    ];
    const names = [...new Set([...owners, ...executors].map((p) => p.name))];
    return { cells: [processTitle(process), roles.join(", "), names], ...traceOf(process.source, options) };
  });

  const unitLinks = (ids: string[]): Link[] =>
    ids.flatMap((id) => {
      const u = index.units.get(id);
      return u ? [{ text: u.name, to: outputPaths.unit(u.id) }] : [];
    });

  // Processes owned by the unit's positions, in document order: from the positions' own lists, not a scan of all
  // processes per unit (which made the regulations quadratic in the size of the organization).
  const order = processOrder(model);
  const owned = processesOf(
    [...new Set(positions.flatMap((p) => p.owns))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    index,
  );

  return {
    document: "unit-regulation",
    path: outputPaths.unit(unit.id),
    lang,
    title: w.titles.unitRegulation(unit.name),
    meta: documentFrame(model, index, lang, options, {
      sources: sourceFiles([unit, ...positions, ...unit.processes.map((id) => index.processes.get(id))]),
    }),
    unitId: unit.id,
    general: { heading: w.unit.general, fields },
    functions: {
      heading: w.unit.functions,
      items: textItems(unit.functions, unit.functionSources, unit.source, options),
    },
    positions: {
      heading: w.unit.positions,
      table: { columns: [w.common.position, w.common.reportsTo, w.common.headcount], rows: positionRows },
    },
    processes: {
      heading: w.unit.processes,
      table: { columns: [w.common.process, w.unit.role, w.unit.participants], rows: processRows },
    },
    internalClients: { heading: w.unit.internalClients, links: unitLinks(unit.internalClients) },
    internalSuppliers: { heading: w.unit.internalSuppliers, links: unitLinks(unit.internalSuppliers) },
    responsibility: {
      heading: w.unit.responsibility,
      intro: w.unit.responsibilityIntro,
      groups: owned.map((process) => ({
        link: processLink(process),
        items: process.indicators.map((i) => ({ text: indicatorText(i, w), ...traceOf(i.source, options) })),
      })),
    },
    none,
  };
}
