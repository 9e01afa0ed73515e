import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { regulationWords } from "../../i18n/words/regulations.js";
import type { ModelIndex } from "../../model/index-model.js";
import { topProcesses } from "../../model/roots.js";
import { sameText } from "../../model/same-text.js";
import type { Model, Position, Unit } from "../../model/types.js";
import { unitFlows } from "../../model/unit-flows.js";
import { orgChartMermaid } from "../diagrams/mermaid.js";
import { orgChartParts } from "../diagrams/org-chart.js";
import { orgChartPages, pageVariants } from "../diagrams/sources.js";
import { outputPaths } from "../files.js";
import type { Item, Link, Row, ViewBase, ViewOptions } from "./blocks.js";
import { processTitle, traceOf } from "./common.js";
import type { DiagramOptions } from "./diagram-pages.js";
import { documentFrame } from "./frame.js";
import { type Clause, numberedSection, type RegulationSection } from "./regulation.js";

/** A unit in a tree of links (kept for templates that draw the structure as a nested list). */
export interface UnitNode {
  link: Link;
  note?: string;
  children: UnitNode[];
}

/**
 * The regulation on the org structure (docs/method.md step 3) as a «Положение»: general provisions and the strategy the
 * structure serves; the org chart and the units with their heads and subordination; the functions of the units;
 * the client–supplier relations between units (what passes, through which process); the top-level processes with
 * their owners and purpose; how the structure is changed. Ownerless and duplicate functions — the designer's
 * to-do list — go to an appendix, outside the approved text.
 */
export interface OrgStructureView extends ViewBase {
  document: "org-structure";
  organization?: string;
  sections: RegulationSection[];
  appendix: { heading: string; intro: string; items: Item[] };
}

/** The first sentence of a description: the one-line purpose of a process. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/[.!?](\s|$)/);
  return end >= 0 ? flat.slice(0, end + 1) : flat;
}

export function orgStructureView(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: ViewOptions & Partial<DiagramOptions>,
): OrgStructureView {
  const w = documentWords(lang);
  const r = regulationWords(lang);
  const t = r.structure;
  const none = w.common.none;
  const org = model.organization;
  const orgTrace = org ? traceOf(org.source, options) : {};

  // 1. General provisions: what the regulation sets, and the strategy the structure serves.
  const strategyLists: [string, readonly string[]][] = [
    [w.orgStructure.strategyClients, org?.strategy.clients ?? []],
    [w.orgStructure.clientValues, org?.strategy.clientValues ?? []],
    [w.orgStructure.advantages, org?.strategy.advantages ?? []],
    [w.orgStructure.values, org?.values ?? []],
  ];
  const strategy: Item[] = strategyLists
    .filter(([, list]) => list.length > 0)
    .map(([label, list]) => ({ text: `${label}: ${list.join("; ")}`, ...orgTrace }));
  const general: Omit<Clause, "number">[] = [
    { text: t.purpose(org?.name) },
    ...(strategy.length > 0 ? [{ text: t.strategyIntro, items: strategy }] : []),
  ];

  // 2. The structure: the org chart, then every unit with its parent, head and headcount.
  const headcount = (unit: Unit): string => {
    const counts = unit.positions.map((id) => {
      const p = index.positions.get(id) as Position | undefined;
      return p?.headcount ?? (unit.head?.id === id ? 1 : undefined);
    });
    return counts.length > 0 && counts.every((n) => n !== undefined)
      ? String(counts.reduce((a: number, n) => a + (n ?? 0), 0))
      : none;
  };
  const structure: Omit<Clause, "number">[] = [
    {
      text: t.chartClause,
      diagram: {
        name: "org-chart",
        alt: w.titles.orgChart,
        mermaid: orgChartMermaid(model, index, lang),
        ...(options.images ? { image: { alt: w.titles.orgChart, path: outputPaths.diagram("org-chart", "svg") } } : {}),
        ...(orgChartParts(model).length > 0
          ? { fallbacks: pageVariants(orgChartPages.overview, "chart").map((v) => v.name) }
          : {}),
      },
    },
    model.units.length > 0
      ? {
          text: t.unitsClause,
          table: {
            columns: [w.common.unit, t.parent, t.head, t.headcount],
            rows: model.units.map((u) => ({
              cells: [u.name, u.parent?.name ?? none, u.head?.name ?? none, headcount(u)],
              ...traceOf(u.source, options),
            })),
          },
        }
      : { text: none },
  ];

  // 3. Functions of the units.
  const functions: Omit<Clause, "number">[] = [
    {
      text: t.functionsClause,
      table: {
        columns: [w.common.unit, w.unit.functions],
        rows: model.units.map((u) => ({ cells: [u.name, u.functions], ...traceOf(u.source, options) })),
      },
    },
  ];

  // 4. Interaction: every supplier → client pair of units with what passes, read from each unit's flows once.
  const flows = unitFlows(model, index);
  const pairs = new Map<string, { from: string; to: string; what: string[] }>();
  for (const unit of model.units) {
    for (const flow of flows.get(unit.id) ?? []) {
      if (flow.from !== unit.id) continue;
      const key = `${flow.from}\u0000${flow.to}`;
      const pair = pairs.get(key) ?? { from: flow.from, to: flow.to, what: [] };
      const process = index.processes.get(flow.process);
      pair.what.push(regulationWords(lang).unit.through(flow.what, process ? processTitle(process) : flow.process));
      pairs.set(key, pair);
    }
  }
  const nameOf = (id: string) => index.units.get(id)?.name ?? id;
  const unitOrder = new Map(model.units.map((u, i) => [u.id, i]));
  const rank = (id: string) => unitOrder.get(id) ?? 0;
  const flowRows: Row[] = [...pairs.values()]
    .sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to))
    .map((p) => ({
      cells: [nameOf(p.from), nameOf(p.to), [...new Set(p.what)]],
    }));
  const interaction: Omit<Clause, "number">[] = [
    flowRows.length > 0
      ? { text: t.flowsClause, table: { columns: [t.supplier, t.client, t.passes], rows: flowRows } }
      : { text: t.flowsNone },
  ];

  // 5. Key processes: the top level, with owners and a one-line purpose.
  const tops = topProcesses(model, index);
  const purpose = (description: string | undefined, goals: string[]) =>
    description ? firstSentence(description) : (goals[0] ?? none);
  const processes: Omit<Clause, "number">[] = [
    {
      text: t.keyProcessesClause,
      table: {
        columns: [w.common.process, w.orgStructure.owner, t.purposeColumn],
        rows: tops.map((p) => ({
          cells: [
            processTitle(p),
            p.owner?.name ?? none,
            purpose(
              p.description,
              p.clients.flatMap((c) => c.goals),
            ),
          ],
          ...traceOf(p.source, options),
        })),
      },
    },
  ];

  // Appendix: functions no process carries, and the same function in several units.
  const notes: Item[] = [];
  for (const unit of model.units)
    if (unit.functions.length > 0 && unit.processes.length === 0)
      notes.push({ text: t.ownerless(unit.name), ...traceOf(unit.source, options) });
  const byFunction = new Map<string, { text: string; units: string[] }>();
  for (const unit of model.units)
    for (const text of unit.functions) {
      const key = sameText(text);
      const entry = byFunction.get(key) ?? { text, units: [] };
      if (!entry.units.includes(unit.name)) entry.units.push(unit.name);
      byFunction.set(key, entry);
    }
  for (const { text, units } of byFunction.values())
    if (units.length > 1) notes.push({ text: t.duplicate(text, units.join(", ")) });

  const s = r.sections;
  return {
    document: "org-structure",
    path: outputPaths.orgStructure,
    lang,
    title: w.titles.orgStructure,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    ...(org ? { organization: org.name } : {}),
    sections: [
      numberedSection(1, s.general, general),
      numberedSection(2, w.titles.orgChart, structure),
      numberedSection(3, w.orgStructure.functions, functions),
      numberedSection(4, s.interaction, interaction),
      numberedSection(5, w.orgStructure.responsibility, processes),
      numberedSection(
        6,
        t.change,
        t.changeClauses.map((text) => ({ text })),
      ),
    ],
    appendix: {
      heading: t.appendix,
      intro: t.appendixIntro,
      items: notes.length > 0 ? notes : [{ text: t.appendixNone }],
    },
  };
}
