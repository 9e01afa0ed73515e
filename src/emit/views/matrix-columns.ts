import type { Position } from "../../model/types.js";
import type { Item, Table } from "./blocks.js";

/**
 * One part of a matrix: a heading, the positions its numbered columns stand for, and the table. Matrices are cut
 * into such parts (per top-level process, per unit) so that a table holds only the positions that take part in it:
 * one table of every process × every position grows with the square of the organization and is mostly empty.
 */
export interface MatrixSection {
  heading: string;
  /** "1 — Мастер-приёмщик", one per numbered column of `table`. */
  positions: Item[];
  table: Table;
}

/**
 * Matrices put positions in numbered columns with a legend: twelve position names as column headers would make
 * the table unreadably wide, while numbers keep every row on one line.
 */
export function positionColumns(positions: readonly Position[]): { numbers: string[]; legend: Item[] } {
  return {
    numbers: positions.map((_, i) => String(i + 1)),
    legend: positions.map((p, i) => ({ text: `${i + 1} — ${p.name}` })),
  };
}
