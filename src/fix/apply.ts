import { CST, Parser, parseAllDocuments } from "yaml";
import type { Fix } from "../diagnostics/diagnostic.js";
import { YAML_OPTIONS } from "../load/parse.js";

export interface Applied {
  text: string;
  /** The fixes that were applied; a fix whose place no longer matches the text is left out. */
  applied: Fix[];
}

/**
 * Applies fixes to one file's text through yaml's concrete syntax tree, which keeps every byte it is not told
 * to change: comments, key order, quoting, blank lines, line endings. A text that does not parse cleanly is
 * returned unchanged. Fixes are applied from the end of the file backwards, so that a chain of cut items
 * (`[A, b, c]`) joins into one.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): Applied {
  if (parseAllDocuments(text, YAML_OPTIONS).some((doc) => doc.errors.length > 0)) return { text, applied: [] };
  const tokens = [...new Parser().parse(text)];
  const applied: Fix[] = [];
  const sorted = [...fixes].sort((a, b) => b.offset - a.offset);
  const seen = new Set<number>();
  for (const fix of sorted) {
    if (seen.has(fix.offset)) continue;
    seen.add(fix.offset);
    if (fix.kind === "rename-key" ? renameKey(tokens, fix) : joinItem(tokens, fix.offset)) applied.push(fix);
  }
  if (applied.length === 0) return { text, applied };
  return { text: tokens.map((t) => CST.stringify(t)).join(""), applied: applied.reverse() };
}

function renameKey(tokens: readonly CST.Token[], fix: Extract<Fix, { kind: "rename-key" }>): boolean {
  let done = false;
  for (const token of tokens) {
    if (token.type !== "document") continue;
    CST.visit(token, (item) => {
      const key = item.key;
      if (!key || !CST.isScalar(key) || key.offset !== fix.offset) return undefined;
      if (CST.resolveAsScalar(key)?.value !== fix.from) return CST.visit.BREAK;
      CST.setScalarValue(key, fix.to); // keeps the key's own quoting
      done = true;
      return CST.visit.BREAK;
    });
    if (done) break;
  }
  return done;
}

/** Joins the flow-sequence item starting at `offset` to the item before it, as one double-quoted item. */
function joinItem(tokens: readonly CST.Token[], offset: number): boolean {
  let done = false;
  for (const token of tokens) {
    if (token.type !== "document") continue;
    CST.visit(token, (item) => {
      const list = item.value;
      if (list?.type !== "flow-collection" || list.start.source !== "[") return undefined;
      const i = list.items.findIndex((it) => it.value?.offset === offset);
      if (i < 1) return undefined;
      const previous = list.items[i - 1]?.value;
      const current = list.items[i];
      if (!previous || !current?.value || !CST.isScalar(previous) || !CST.isScalar(current.value))
        return CST.visit.BREAK;
      // A comment between the two would be lost with the separator.
      if (current.start.some((t) => t.type === "comment") || hasComment(previous)) return CST.visit.BREAK;
      const before = CST.resolveAsScalar(previous)?.value;
      const after = CST.resolveAsScalar(current.value)?.value;
      if (before === undefined || after === undefined) return CST.visit.BREAK;
      CST.setScalarValue(previous, `${before}, ${after}`, { type: "QUOTE_DOUBLE" });
      // The tokens after the item (a newline before `]`) stay with the joined item.
      const trailing = "end" in current.value ? (current.value.end ?? []).filter((t) => t.type !== "comment") : [];
      if ("end" in previous) previous.end = [...(previous.end ?? []), ...trailing];
      list.items.splice(i, 1);
      done = true;
      return CST.visit.BREAK;
    });
    if (done) break;
  }
  return done;
}

function hasComment(token: CST.FlowScalar | CST.BlockScalar): boolean {
  return "end" in token && (token.end ?? []).some((t) => t.type === "comment");
}
