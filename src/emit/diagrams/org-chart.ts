import { diagramWord } from "../../i18n/diagrams.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position, Unit } from "../../model/types.js";
import { idMaker } from "./ids.js";
import { label } from "./label.js";

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
export function orgChartNodes(model: Model, index: ModelIndex, lang: Lang): Map<string, OrgChartNode> {
  return orgChart(model, index, lang).nodes;
}

function orgChart(model: Model, index: ModelIndex, lang: Lang): { source: string; nodes: Map<string, OrgChartNode> } {
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
  const lines = ["flowchart TB", `  accTitle: ${diagramWord(lang, "orgChart")}`];
  const heads = new Set<string>();
  const placed = new Set<string>();
  const positionNode = (position: Position, indent: string, isHead: boolean): void => {
    if (placed.has(position.id)) return;
    placed.add(position.id);
    const id = positionId.get(position.id) as string;
    const headcount = position.headcount && position.headcount > 1 ? ` × ${position.headcount}` : "";
    lines.push(`${indent}${id}[${label(`${position.name}${headcount}`)}]`);
    if (isHead) heads.add(id);
  };

  const drawnUnits = new Set<string>();
  const drawUnit = (unit: Unit, indent: string): void => {
    if (drawnUnits.has(unit.id)) return; // a cycle in the unit tree is reported by `cycle`
    drawnUnits.add(unit.id);
    // Mermaid turns a nested group without a direction sideways (TB, then LR, …); an org chart reads top-down.
    const node = nextId("u");
    nodes.set(node, { kind: "unit", id: unit.id });
    lines.push(`${indent}subgraph ${node} [${label(unit.name)}]`, `${indent}  direction TB`);
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
