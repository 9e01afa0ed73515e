import type { Position } from "../../model/types.js";
import type { Item } from "./blocks.js";

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
