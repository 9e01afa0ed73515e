import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { matrixWords } from "../../i18n/words/matrices.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Process } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Item, Row, ViewBase, ViewOptions } from "./blocks.js";
import { processTitle, traceOf } from "./common.js";
import { documentFrame } from "./frame.js";
import {
  columnGroups,
  columnLegend,
  groupHeading,
  MATRIX_COLUMNS,
  type MatrixColumn,
  type MatrixSection,
  matrixPositions,
  type Paper,
  paperOf,
} from "./matrix-columns.js";

/**
 * Participation matrix: processes (rows, in the order of the process tree) × positions (columns), each cell the
 * roles the position plays in the process (owner, executor, client, supplier). One company-wide table while the
 * positions fit the page; past that, one part per group of positions (whole units together), each listing the
 * processes its positions take part in. A position keeps its number in every part.
 */
export interface ParticipationMatrixView extends ViewBase {
  document: "participation-matrix";
  paper: Paper;
  legendHeading: string;
  /** "В — владелец", … */
  legend: Item[];
  columnsNote: string;
  sections: MatrixSection[];
  /** Every position and every process at once, sparse: what a spreadsheet shows with filters. */
  sheet: SparseMatrix;
}

/** A matrix as rows with marks only where there are some: a spreadsheet fills in the blanks. */
export interface SparseMatrix {
  corner: string;
  columns: MatrixColumn[];
  rows: { label: string; group?: string; marks: [column: number, text: string][] }[];
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
 * The processes depth first from the top-level ones (children in document order). A process whose parent is
 * unknown starts a tree of its own, and processes caught in a cycle start one each, so every process is listed once.
 */
function processTreeOrder(model: Model, index: ModelIndex): Process[] {
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
  const rows: Process[] = [];
  const walk = (root: Process) => {
    const stack = [root];
    while (stack.length > 0) {
      const process = stack.pop() as Process;
      if (seen.has(process)) continue;
      seen.add(process);
      rows.push(process);
      const kids = children.get(process) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Process);
    }
  };
  for (const root of roots) walk(root);
  for (const process of model.processes) if (!seen.has(process)) walk(process);
  return rows;
}

export function participationMatrixView(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: ViewOptions,
): ParticipationMatrixView {
  const w = documentWords(lang);
  const m = w.matrix.markers;
  const paper = paperOf(model);
  const processes = processTreeOrder(model, index);
  const roleMaps = processes.map(participation);
  const taking = new Set<string>();
  for (const byPosition of roleMaps) for (const id of byPosition.keys()) taking.add(id);
  const columns = matrixPositions(model, index, (p) => taking.has(p.id));
  const mark = (played: Set<Role> | undefined) =>
    played
      ? roles
          .filter((r) => played.has(r))
          .map((r) => m[r])
          .join(", ")
      : "";

  const groups = columnGroups(columns, (id) => index.positions.get(id)?.unit?.id, MATRIX_COLUMNS[paper]);
  const sections = groups.map((group): MatrixSection => {
    // Rows: the processes any position of the group takes part in — every process when the group is everyone.
    const rows: Row[] = [];
    for (let i = 0; i < processes.length; i++) {
      const process = processes[i] as Process;
      const byPosition = roleMaps[i] as Map<string, Set<Role>>;
      // Most processes involve none of a group's positions: such a row is known to be left out before it is made.
      if (groups.length > 1 && !group.some((c) => byPosition.has(c.id))) continue;
      const cells = group.map((c) => mark(byPosition.get(c.id)));
      if (groups.length > 1 && cells.every((c) => c === "")) continue;
      rows.push({ cells: [processTitle(process), ...cells], ...traceOf(process.source, options) });
    }
    return {
      heading: groupHeading(group, groups.length, matrixWords(lang).positionsRange),
      positions: columnLegend(group),
      columns: group,
      table: { columns: [w.common.process, ...group.map((c) => String(c.number))], rows },
    };
  });

  const columnOf = new Map(columns.map((c, i) => [c.id, i]));
  const sheet: SparseMatrix = {
    corner: w.common.process,
    columns,
    rows: processes.map((process, i) => ({
      label: processTitle(process),
      marks: [...(roleMaps[i] as Map<string, Set<Role>>)]
        .flatMap(([id, played]): [number, string][] => {
          const column = columnOf.get(id);
          return column === undefined ? [] : [[column, mark(played)]];
        })
        .sort((a, b) => a[0] - b[0]),
    })),
  };
  return {
    document: "participation-matrix",
    path: outputPaths.participationMatrix,
    lang,
    title: w.titles.participationMatrix,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    paper,
    legendHeading: w.matrix.legend,
    legend: roles.map((k) => ({ text: `${m[k]} — ${w.matrix.markerNames[k]}` })),
    columnsNote: w.matrix.columnsNote,
    sections,
    sheet,
  };
}
