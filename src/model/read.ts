/** Defensive readers: the model is built even from documents with schema errors, taking what is usable. */

export function str(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

export function rec(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Entries of a list that are mappings, with their original index (pointers must use it). */
export function indexedRecs(value: unknown): Array<[number, Record<string, unknown>]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[number, Record<string, unknown>]> = [];
  value.forEach((item, i) => {
    const r = rec(item);
    if (r) out.push([i, r]);
  });
  return out;
}

/** The strings of a list (a lone string counts as a list of one), blanks dropped: codes, not positioned text. */
export function strList(value: unknown): string[] {
  if (!Array.isArray(value)) return typeof value === "string" && value.trim() !== "" ? [value] : [];
  return value.map(str).filter((s): s is string => s !== undefined && s.trim() !== "");
}
