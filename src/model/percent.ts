/**
 * The share of `done` in `total`, in percent, rounded down to 0.1 so that 99.96 % never shows as a finished 100 %.
 * `null` when there is nothing to count (0 of 0): an empty unit is neither complete nor incomplete. The one
 * rounding used by `stats` and by the index document, so the two never disagree.
 */
export function percentOf(done: number, total: number): number | null {
  if (total === 0) return null;
  return Math.floor((done * 1000) / total) / 10;
}
