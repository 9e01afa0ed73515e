/**
 * "Did you mean …?" for a misspelt kind, key, rule id or reference. It is about words, not YAML, so it lives
 * here as a leaf that loading, validation and the CLI all use.
 */
import { closest, distance } from "fastest-levenshtein";
import type { Lang } from "./lang.js";
import { message } from "./messages.js";

/** The candidate close enough to `value` to be a plausible typo of it (case-insensitive), if any. */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = value.toLowerCase();
  const exactCase = candidates.find((c) => c.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const candidate = closest(
    lower,
    candidates.map((c) => c.toLowerCase()),
  );
  const limit = Math.max(2, Math.floor(value.length / 3));
  if (distance(lower, candidate) > limit) return undefined;
  return candidates.find((c) => c.toLowerCase() === candidate) ?? candidate;
}

/** "did you mean `x`?" when some candidate is close enough to be a plausible typo, else undefined. */
export function suggest(value: string, candidates: readonly string[], lang: Lang): string | undefined {
  const candidate = nearest(value, candidates);
  return candidate === undefined ? undefined : message(lang, "did-you-mean", { candidate });
}
