import { diagramWord } from "../../i18n/diagrams.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import { kept } from "../../model/memo.js";
import { rootUnits } from "../../model/roots.js";
import type { Model, Position, Unit } from "../../model/types.js";
import { idMaker } from "./ids.js";
import { label, wrap } from "./label.js";

/** Names wrap at this many characters, so a long title makes a box taller rather than the chart wider. */
const BOX_LINE = 16;
/** As on the process map: a printed chart is scaled to the sheet, and every pixel of air shrinks its text. */
const SPACING = '%%{init: {"flowchart": {"nodeSpacing": 24, "rankSpacing": 32, "padding": 6}}}%%';
const boxLabel = (text: string) => label(...wrap(text, BOX_LINE));
/** The name wrapped, and the headcount on its last line so «× N» never stands alone. */
function positionLabel(position: Position): string {
  const lines = wrap(position.name, BOX_LINE);
  const count = position.headcount && position.headcount > 1 ? ` × ${position.headcount}` : "";
  if (lines.length > 0) lines[lines.length - 1] += count;
  return label(...lines);
}

/** Which way a page of a split chart runs; the DOCX keeps the drawing whose text prints larger. */
export type ChartDirection = "TB" | "LR";

/**
 * The org chart: units as nested groups following the unit tree, each with its head first and then its other
 * positions; arrows go from a manager to the positions that report to it.
 */
export function orgChartMermaid(model: Model, index: ModelIndex, lang: Lang): string {
  return orgChart(model, index, lang).source;
}

/** What a node of the org chart draws: a unit (a group) or a position (a box). */
export interface OrgChartNode {
  kind: "unit" | "position";
  id: string;
}

/** The org chart's node ids, each with the unit or position it draws, for what links them to their pages. */
export function orgChartNodes(model: Model, index: ModelIndex, lang: Lang): ReadonlyMap<string, OrgChartNode> {
  return orgChart(model, index, lang).nodes;
}

interface OrgChart {
  source: string;
  nodes: ReadonlyMap<string, OrgChartNode>;
}

/** Drawn once per model, index and language: the structure, its document and the diagram files each show it. */
const charts = new WeakMap<Model, WeakMap<ModelIndex, Map<Lang, OrgChart>>>();

function orgChart(model: Model, index: ModelIndex, lang: Lang): OrgChart {
  const byIndex = kept(charts, model, () => new WeakMap<ModelIndex, Map<Lang, OrgChart>>());
  return kept(
    kept(byIndex, index, () => new Map<Lang, OrgChart>()),
    lang,
    () => drawOrgChart(model, index, lang),
  );
}

function drawOrgChart(model: Model, index: ModelIndex, lang: Lang): OrgChart {
  const nodes = new Map<string, OrgChartNode>();
  const nextId = idMaker();
  const positionId = new Map<string, string>();
  for (const position of model.positions) {
    if (positionId.has(position.id)) continue;
    const node = nextId("j");
    positionId.set(position.id, node);
    nodes.set(node, { kind: "position", id: position.id });
  }

  // accTitle names the diagram for screen readers; it takes raw text, so only fixed i18n words go there.
  const lines = [SPACING, "flowchart TB", `  accTitle: ${diagramWord(lang, "orgChart")}`];
  const heads = new Set<string>();
  const placed = new Set<string>();
  const positionNode = (position: Position, indent: string, isHead: boolean): void => {
    if (placed.has(position.id)) return;
    placed.add(position.id);
    const id = positionId.get(position.id) as string;
    lines.push(`${indent}${id}[${positionLabel(position)}]`);
    if (isHead) heads.add(id);
  };

  const drawnUnits = new Set<string>();
  const drawUnit = (unit: Unit, indent: string): void => {
    if (drawnUnits.has(unit.id)) return; // a cycle in the unit tree is reported by `cycle`
    drawnUnits.add(unit.id);
    // Mermaid turns a nested group without a direction sideways (TB, then LR, …); an org chart reads top-down.
    const node = nextId("u");
    nodes.set(node, { kind: "unit", id: unit.id });
    lines.push(`${indent}subgraph ${node} [${boxLabel(unit.name)}]`, `${indent}  direction TB`);
    const head = unit.head ? index.positions.get(unit.head.id) : undefined;
    if (head) positionNode(head, `${indent}  `, true);
    for (const id of unit.positions) {
      const position = index.positions.get(id);
      if (position) positionNode(position, `${indent}  `, false);
    }
    for (const id of unit.children) {
      const child = index.units.get(id);
      if (child) drawUnit(child, `${indent}  `);
    }
    lines.push(`${indent}end`);
  };
  for (const unit of model.units) if (!unit.parent || !index.units.has(unit.parent.id)) drawUnit(unit, "  ");
  for (const unit of model.units) drawUnit(unit, "  ");
  for (const position of model.positions) positionNode(position, "  ", false);

  for (const position of model.positions) {
    const boss = position.reportsTo && positionId.get(position.reportsTo.id);
    const self = positionId.get(position.id);
    if (boss && self && boss !== self && index.positions.get(position.id) === position)
      lines.push(`  ${boss} --> ${self}`);
  }
  if (heads.size > 0) {
    // A unit's head is marked by a bold frame rather than a word, so labels stay as short as the names.
    lines.push("  classDef head stroke-width:3px,font-weight:bold", `  class ${[...heads].join(",")} head`);
  }
  return { source: `${lines.join("\n")}\n`, nodes };
}

/** A split chart has a page per unit that holds positions, when there are two units or more. */
export function orgChartParts(model: Model): Unit[] {
  if (model.units.length < 2) return [];
  return model.units.filter((u) => u.positions.length > 0 || u.head);
}

/**
 * The first page of a split org chart: the unit tree, each unit with its head, an arrow from a unit to each of its
 * sub-units.
 */
export function orgChartOverviewMermaid(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  direction: ChartDirection = "TB",
): string {
  const nextId = idMaker();
  const ids = new Map<string, string>();
  const lines = [SPACING, `flowchart ${direction}`, `  accTitle: ${diagramWord(lang, "orgChart")}`];
  const edges: string[] = [];
  const drawUnit = (unit: Unit): void => {
    if (ids.has(unit.id)) return; // a cycle in the unit tree is reported by `cycle`
    const id = nextId("u");
    ids.set(unit.id, id);
    const head = unit.head && index.positions.get(unit.head.id);
    lines.push(`  ${id}[${label(...wrap(unit.name, BOX_LINE), ...(head ? wrap(head.name, BOX_LINE) : []))}]`);
    for (const childId of unit.children) {
      const child = index.units.get(childId);
      if (!child) continue;
      drawUnit(child);
      edges.push(`  ${id} --> ${ids.get(child.id)}`);
    }
  };
  for (const unit of rootUnits(model, index)) drawUnit(unit);
  for (const unit of model.units) drawUnit(unit);
  return `${[...lines, ...edges].join("\n")}\n`;
}

/**
 * A page of a split org chart: one unit's head and positions with the arrows of who reports to whom; a manager
 * outside the unit is drawn as a rounded stub so the page shows where the unit answers to.
 */
export function orgChartUnitMermaid(
  unit: Unit,
  index: ModelIndex,
  lang: Lang,
  direction: ChartDirection = "TB",
): string {
  const nextId = idMaker();
  const ids = new Map<string, string>();
  const lines = [SPACING, `flowchart ${direction}`, `  accTitle: ${diagramWord(lang, "orgChart")}: ${unit.name}`];
  const members: Position[] = [];
  const head = unit.head && index.positions.get(unit.head.id);
  for (const position of [head, ...unit.positions.map((id) => index.positions.get(id))]) {
    if (!position || ids.has(position.id)) continue;
    ids.set(position.id, nextId("j"));
    members.push(position);
    lines.push(`  ${ids.get(position.id)}[${positionLabel(position)}]`);
  }
  const edges: string[] = [];
  for (const position of members) {
    const boss = position.reportsTo && index.positions.get(position.reportsTo.id);
    if (!boss || boss === position) continue;
    if (!ids.has(boss.id)) {
      ids.set(boss.id, nextId("j"));
      lines.push(`  ${ids.get(boss.id)}([${boxLabel(boss.name)}])`);
    }
    edges.push(`  ${ids.get(boss.id)} --> ${ids.get(position.id)}`);
  }
  const heads = head ? ids.get(head.id) : undefined;
  if (heads) lines.push("  classDef head stroke-width:3px,font-weight:bold", `  class ${heads} head`);
  return `${[...lines, ...edges].join("\n")}\n`;
}
