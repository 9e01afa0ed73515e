import type { Process } from "./types.js";

/** How a process is named wherever it is listed: its display code, then its name ("3.2 Приём автомобиля…"). */
export function processTitle(process: Pick<Process, "code" | "name">): string {
  return process.code ? `${process.code} ${process.name}` : process.name;
}
