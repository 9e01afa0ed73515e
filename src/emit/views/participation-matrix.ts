import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position, Process } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Item, ViewBase, ViewOptions } from "./blocks.js";
import { processTitle, traceOf } from "./common.js";
import { documentFrame } from "./frame.js";
import { type MatrixSection, positionColumns } from "./matrix-columns.js";

/**
 * Participation matrix: for every top-level process, its sub-processes × the positions that take part in them,
 * each cell the roles the position plays (owner, executor, client, supplier).
 */
export interface ParticipationMatrixView extends ViewBase {
  document: "participation-matrix";
  legendHeading: string;
  /** "В — владелец", … */
  legend: Item[];
  columnsNote: string;
  /** One per top-level process, in document order: the process and its sub-processes, depth first. */
  sections: MatrixSection[];
}

type Role = "owner" | "executor" | "client" | "supplier";
const roles: readonly Role[] = ["owner", "executor", "client", "supplier"];

/** The roles each position plays in a process, by position id, in the order owner, executor, client, supplier. */
function participation(process: Process): Map<string, Set<Role>> {
  const byPosition = new Map<string, Set<Role>>();
  const add = (id: string | undefined, role: Role) => {
    if (id === undefined) return;
    const set = byPosition.get(id);
    if (set) set.add(role);
    else byPosition.set(id, new Set([role]));
  };
  add(process.owner?.id, "owner");
  for (const e of process.executors) add(e.position?.id, "executor");
  for (const c of process.clients) if (c.party.kind === "position") add(c.party.ref?.id, "client");
  for (const s of process.suppliers) if (s.kind === "position") add(s.ref?.id, "supplier");
  return byPosition;
}

/**
 * The process tree as top-level processes, each with its subtree depth first (children in document order). A
 * process whose parent is unknown starts a tree of its own, and processes caught in a cycle start one each, so
 * every process is in exactly one section.
 */
function processTrees(model: Model, index: ModelIndex): Process[][] {
  const children = new Map<Process, Process[]>();
  const roots: Process[] = [];
  for (const process of model.processes) {
    const parent = process.parent?.found === "process" ? index.processes.get(process.parent.id) : undefined;
    if (!parent || parent === process) roots.push(process);
    else {
      const list = children.get(parent);
      if (list) list.push(process);
      else children.set(parent, [process]);
    }
  }
  const seen = new Set<Process>();
  const tree = (root: Process): Process[] => {
    const rows: Process[] = [];
    const stack = [root];
    while (stack.length > 0) {
      const process = stack.pop() as Process;
      if (seen.has(process)) continue;
      seen.add(process);
      rows.push(process);
      const kids = children.get(process) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Process);
    }
    return rows;
  };
  const trees = roots.map(tree);
  for (const process of model.processes) if (!seen.has(process)) trees.push(tree(process));
  return trees;
}

export function participationMatrixView(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: ViewOptions,
): ParticipationMatrixView {
  const w = documentWords(lang);
  const m = w.matrix.markers;
  const positionOrder = new Map<string, number>();
  for (const [i, p] of model.positions.entries()) if (!positionOrder.has(p.id)) positionOrder.set(p.id, i);
  const sections = processTrees(model, index).map((tree): MatrixSection => {
    const rowsRoles = tree.map(participation);
    // Columns: only the positions taking part somewhere in this tree, in the order of the positions' list.
    const ids = new Set<string>();
    for (const byPosition of rowsRoles) for (const id of byPosition.keys()) if (positionOrder.has(id)) ids.add(id);
    const positions = [...ids]
      .sort((a, b) => (positionOrder.get(a) ?? 0) - (positionOrder.get(b) ?? 0))
      .map((id) => index.positions.get(id) as Position);
    const { numbers, legend } = positionColumns(positions);
    const rows = tree.map((process, i) => {
      const byPosition = rowsRoles[i] ?? new Map<string, Set<Role>>();
      return {
        cells: [
          processTitle(process),
          ...positions.map((position) => {
            const played = byPosition.get(position.id);
            return played
              ? roles
                  .filter((r) => played.has(r))
                  .map((r) => m[r])
                  .join(", ")
              : "";
          }),
        ],
        ...traceOf(process.source, options),
      };
    });
    const root = tree[0] as Process;
    return { heading: processTitle(root), positions: legend, table: { columns: [w.common.process, ...numbers], rows } };
  });
  return {
    document: "participation-matrix",
    path: outputPaths.participationMatrix,
    lang,
    title: w.titles.participationMatrix,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    legendHeading: w.matrix.legend,
    legend: roles.map((k) => ({ text: `${m[k]} — ${w.matrix.markerNames[k]}` })),
    columnsNote: w.matrix.columnsNote,
    sections,
  };
}
