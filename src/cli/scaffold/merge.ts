/**
 * Merging what `init` would write into a file the user already has: only additions, never a change to what is
 * there. Returns the new text, or undefined when the existing file cannot be merged safely (then it is skipped).
 */
export function mergeInto(existing: string, ours: string, how: "lines" | "json"): string | undefined {
  return how === "lines" ? mergeLines(existing, ours) : mergeJson(existing, ours);
}

/** .gitignore: our lines that are missing, appended with our comment; unchanged when nothing is missing. */
function mergeLines(existing: string, ours: string): string {
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = ours.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#") && !have.has(l.trim()));
  if (missing.length === 0) return existing;
  const comments = ours.split("\n").filter((l) => l.startsWith("#"));
  const sep = existing === "" || existing.endsWith("\n") ? "" : "\n";
  return `${existing}${sep}${existing === "" ? "" : "\n"}${[...comments, ...missing].join("\n")}\n`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON settings: keys we set that the file lacks are added, recursively; the user's values always stay. */
function mergeJson(existing: string, ours: string): string | undefined {
  let theirs: Json;
  try {
    // VS Code settings may carry comments (JSONC): rewriting them would lose the comments, so such a file is skipped.
    theirs = JSON.parse(existing) as Json;
  } catch {
    return undefined;
  }
  if (!isObject(theirs)) return undefined;
  const merged = addMissing(theirs, JSON.parse(ours) as Json);
  const text = `${JSON.stringify(merged, null, 2)}\n`;
  return JSON.stringify(merged) === JSON.stringify(theirs) ? existing : text;
}

function addMissing(theirs: { [key: string]: Json }, ours: Json): { [key: string]: Json } {
  if (!isObject(ours)) return theirs;
  const out: { [key: string]: Json } = { ...theirs };
  for (const [key, value] of Object.entries(ours)) {
    const have = out[key];
    if (have === undefined) out[key] = value;
    else if (isObject(have) && isObject(value)) out[key] = addMissing(have, value);
  }
  return out;
}
