/**
 * Node ids for one diagram: a letter for the kind and a counter (`p0`, `u3`). Never user text, so no id can be a
 * Mermaid keyword (`end`, `style`) or start an arrow (`o`, `x` after `--`); ids stay stable while the model does.
 */
export type IdPrefix = "p" | "u" | "j" | "c" | "s" | "r" | "y" | "g";

export function idMaker(): (prefix: IdPrefix) => string {
  const next = new Map<IdPrefix, number>();
  return (prefix) => {
    const n = next.get(prefix) ?? 0;
    next.set(prefix, n + 1);
    return `${prefix}${n}`;
  };
}
