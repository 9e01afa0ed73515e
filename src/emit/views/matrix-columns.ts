import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position } from "../../model/types.js";
import type { Item, Table } from "./blocks.js";

/** The sheet a matrix is printed on (`documents.paper`). */
export type Paper = "A4" | "A3";

/**
 * How many position columns a landscape page holds beside the first column: a rotated header of two lines of
 * 10 pt needs about 0.85 cm, and the name of the process or competency keeps 7–8 cm. Past this the marks would
 * shrink under a legible size, so the positions are split into groups instead.
 */
export const MATRIX_COLUMNS: Record<Paper, number> = { A4: 20, A3: 34 };

/** A position as a matrix column: its number is the same in every part of every matrix. */
export interface MatrixColumn {
  number: number;
  id: string;
  name: string;
}

/**
 * One part of a matrix: a heading, the positions its columns stand for, and the table. A matrix is one part when
 * its positions fit the page; otherwise one part per group of positions, each column meaning the same position
 * on every page of that part (and carrying the same number everywhere).
 */
export interface MatrixSection {
  heading: string;
  /** "3 — Мастер-приёмщик", one per position column of `table`. */
  positions: Item[];
  /** The same positions as data, for renderers that print names in the header (DOCX rotates them). */
  columns: MatrixColumn[];
  table: Table;
}

/**
 * The positions of a matrix in the order of the structure: units in document order, the head of each first, then
 * its other positions; positions of no known unit last. Colleagues stay side by side, so a group of columns is a
 * unit (or a few small ones) rather than a random slice.
 */
export function matrixPositions(model: Model, index: ModelIndex, keep: (p: Position) => boolean): MatrixColumn[] {
  const placed = new Set<string>();
  const ordered: Position[] = [];
  const add = (p: Position | undefined) => {
    if (!p || placed.has(p.id) || !keep(p)) return;
    placed.add(p.id);
    ordered.push(p);
  };
  for (const unit of model.units) {
    if (unit.head) add(index.positions.get(unit.head.id));
    for (const id of unit.positions) add(index.positions.get(id));
  }
  for (const p of model.positions) if (index.positions.get(p.id) === p) add(p);
  return ordered.map((p, i) => ({ number: i + 1, id: p.id, name: p.name }));
}

/**
 * Columns cut into groups of at most `max`: whole units packed together while they fit, a unit larger than a page
 * split into even parts. Groups are balanced so that none is a single column (a one-column table reads as a list
 * that lost its neighbours) unless the whole matrix has one position.
 */
export function columnGroups(
  columns: readonly MatrixColumn[],
  unitOf: (id: string) => string | undefined,
  max: number,
): MatrixColumn[][] {
  if (columns.length <= max) return columns.length > 0 ? [[...columns]] : [];
  const units: MatrixColumn[][] = [];
  let last: string | undefined;
  for (const column of columns) {
    const unit = unitOf(column.id) ?? "";
    if (units.length === 0 || unit !== last) units.push([]);
    units[units.length - 1]?.push(column);
    last = unit;
  }
  const groups: MatrixColumn[][] = [];
  for (const unit of units) {
    if (unit.length > max) {
      const parts = Math.ceil(unit.length / max);
      const size = Math.ceil(unit.length / parts);
      for (let i = 0; i < unit.length; i += size) groups.push(unit.slice(i, i + size));
      continue;
    }
    const current = groups[groups.length - 1];
    if (current && current.length + unit.length <= max) current.push(...unit);
    else groups.push([...unit]);
  }
  // A lone column at a group's end borrows one from its neighbour (the neighbour has at least three when it is full).
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as MatrixColumn[];
    if (group.length !== 1) continue;
    const before = groups[i - 1];
    const after = groups[i + 1];
    if (before && before.length + 1 <= max) {
      before.push(...group);
      groups.splice(i, 1);
      i--;
    } else if (after && after.length + 1 <= max) {
      after.unshift(...group);
      groups.splice(i, 1);
      i--;
    } else if (before && before.length > 2) group.unshift(before.pop() as MatrixColumn);
    else if (after && after.length > 2) group.push(after.shift() as MatrixColumn);
  }
  return groups;
}

/** "3 — Мастер-приёмщик" for each column. */
export function columnLegend(columns: readonly MatrixColumn[]): Item[] {
  return columns.map((c) => ({ text: `${c.number} — ${c.name}` }));
}

/** The heading of a group: the whole matrix when there is one, else the numbers it covers. */
export function groupHeading(
  group: readonly MatrixColumn[],
  groups: number,
  word: (from: number, to: number) => string,
): string {
  if (groups <= 1) return "";
  return word(group[0]?.number ?? 0, group[group.length - 1]?.number ?? 0);
}

/** The paper a matrix is laid out for; A4 unless the project asks for A3. */
export function paperOf(model: Model): Paper {
  return model.documents.paper ?? "A4";
}
