/**
 * A unified diff of one file's old and new text, for `--fix-dry-run`. Fixes change a few lines, so the lines
 * between the common head and tail are compared in full (a small table), not the whole file.
 */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return "";
  const lines = (text: string) => (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n");
  const a = lines(before);
  const b = lines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops = lineOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const changed: Array<{ op: " " | "-" | "+"; text: string; aLine: number; bLine: number }> = [];
  let ai = head;
  let bi = head;
  for (const op of ops) {
    if (op === " ") changed.push({ op, text: a[ai] ?? "", aLine: ai++, bLine: bi++ });
    else if (op === "-") changed.push({ op, text: a[ai] ?? "", aLine: ai++, bLine: bi });
    else changed.push({ op, text: b[bi] ?? "", aLine: ai, bLine: bi++ });
  }
  const from = Math.max(0, head - context);
  const to = Math.min(a.length, a.length - tail + context);
  const leading = a.slice(from, head).map((text, i) => ({ op: " " as const, text, aLine: from + i, bLine: from + i }));
  const trailing = a
    .slice(a.length - tail, to)
    .map((text, i) => ({ op: " " as const, text, aLine: a.length - tail + i, bLine: b.length - tail + i }));
  const hunk = [...leading, ...changed, ...trailing];
  const aCount = hunk.filter((l) => l.op !== "+").length;
  const bCount = hunk.filter((l) => l.op !== "-").length;
  const header = `@@ -${from + 1},${aCount} +${from + 1},${bCount} @@`;
  const body = hunk.map((l) => `${l.op}${l.text.replace(/\r$/, "")}`);
  return [`--- a/${file}`, `+++ b/${file}`, header, ...body, ""].join("\n");
}

/** Longest common subsequence of two short line lists, as keep/delete/insert steps. */
function lineOps(a: readonly string[], b: readonly string[]): Array<" " | "-" | "+"> {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = a[i] === b[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  const ops: Array<" " | "-" | "+"> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push(" ");
      i++;
      j++;
    } else if (i < n && (j >= m || (table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0))) {
      ops.push("-");
      i++;
    } else {
      ops.push("+");
      j++;
    }
  }
  return ops;
}
