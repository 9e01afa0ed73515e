/**
 * The ratings' aggregates for one month, as plain data for the report (docs/ratings.md): per rated side its monthly
 * averages, trend, distribution and comments; the unit × unit table; the bonus list. Anonymity is decided here:
 * with `anonymous`, a comment leaves the model carrying only the rater's unit or «colleagues», never the rater —
 * so no view can print what it never receives.
 */

import type { ModelIndex } from "./index-model.js";
import { type Rating, type RatingParty, readRatings } from "./ratings.js";
import type { Model } from "./types.js";

export interface MonthAverage {
  month: string;
  /** Absent for a month without ratings (a gap in the trend). */
  average?: number;
  count: number;
}

/** Who a comment is from, as far as the report may say. */
export type CommentFrom =
  | { kind: "rater"; party: RatingParty }
  | { kind: "unit"; unit: string }
  | { kind: "colleagues" };

export interface RatingComment {
  score: number;
  text: string;
  from: CommentFrom;
  /** YYYY-MM-DD; absent in an anonymous report (a date can tell who it was). */
  date?: string;
}

export interface CommentGroup {
  /** Absent: ratings that name no process. */
  process?: string;
  comments: RatingComment[];
}

export interface RatedSummary {
  party: RatingParty;
  /** A continuous run of months ending at the report month. */
  months: MonthAverage[];
  /** The report month's average minus the month before's, when both have ratings. */
  trend?: number;
  /** How many 1s … 5s the report month has (index 0 is score 1). */
  distribution: [number, number, number, number, number];
  comments: CommentGroup[];
}

export interface HeatCell {
  rater: string;
  rated: string;
  average: number;
  count: number;
}

export interface BonusEntry {
  party: RatingParty;
  average: number;
  count: number;
}

export interface RatingsSummary {
  /** YYYY-MM: the report month. */
  month: string;
  /** YYYY-MM of the bonus window: the report month and the two before it. */
  window: string[];
  anonymous: boolean;
  bonusThreshold: number;
  rated: RatedSummary[];
  /** Unit ids in model order: who rated (rows) and who was rated (columns) in the report month. */
  heat: { raters: string[]; rated: string[]; cells: HeatCell[] };
  bonus: { high: BonusEntry[]; low: BonusEntry[] };
}

/** How many months the trend looks back at most. */
const TREND_MONTHS = 12;
/** Fewer distinct raters of one unit than this, and an anonymous comment says only «colleagues». */
export const MIN_NAMED_RATERS = 3;

export function addMonths(month: string, delta: number): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const total = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** The months that have ratings, oldest first. */
export function ratingMonths(model: Model, index: ModelIndex): string[] {
  return [...new Set(readRatings(model, index).map((r) => r.month))].sort();
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** `month` defaults to the newest month with ratings; undefined when there are none up to it. */
export function summarizeRatings(model: Model, index: ModelIndex, month?: string): RatingsSummary | undefined {
  const config = model.ratings;
  if (!config) return undefined;
  const all = readRatings(model, index);
  const months = [...new Set(all.map((r) => r.month))].sort();
  const report = month ?? months.at(-1) ?? "";
  const ratings = all.filter((r) => r.month <= report);
  if (ratings.length === 0) return undefined;
  const current = ratings.filter((r) => r.month === report);
  const window = [addMonths(report, -2), addMonths(report, -1), report];

  // Sides in model order: units, then positions; the same order in every table and list.
  const rank = new Map<string, number>();
  for (const u of model.units) rank.set(u.id, rank.size);
  for (const p of model.positions) rank.set(p.id, rank.size);
  const byRank = (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  const processRank = new Map(model.processes.map((p, i) => [p.id, i]));

  const ratedIds = [...new Set(ratings.map((r) => r.rated.id))].sort(byRank);
  const first = months[0] ?? report;
  const span: string[] = [];
  for (let m = report; m >= first && span.length < TREND_MONTHS; m = addMonths(m, -1)) span.unshift(m);

  // Grouped once: a year of a large company's ratings is thousands of rows over hundreds of sides.
  const byRated = new Map<string, Rating[]>();
  for (const r of ratings) {
    const list = byRated.get(r.rated.id);
    if (list) list.push(r);
    else byRated.set(r.rated.id, [r]);
  }
  const rated: RatedSummary[] = [];
  for (const id of ratedIds) {
    const own = byRated.get(id) ?? [];
    const party = own[0]?.rated;
    if (!party) continue;
    const months = span.map((m): MonthAverage => {
      const scores = own.filter((r) => r.month === m).map((r) => r.score);
      return scores.length > 0 ? { month: m, average: mean(scores), count: scores.length } : { month: m, count: 0 };
    });
    const now = months.at(-1)?.average;
    const before = months.at(-2)?.average;
    const distribution: RatedSummary["distribution"] = [0, 0, 0, 0, 0];
    const thisMonth = own.filter((r) => r.month === report);
    for (const r of thisMonth) distribution[r.score - 1] = (distribution[r.score - 1] ?? 0) + 1;
    const summary: RatedSummary = {
      party,
      months,
      distribution,
      comments: commentGroups(thisMonth, config.anonymous, processRank),
    };
    if (now !== undefined && before !== undefined) summary.trend = now - before;
    rated.push(summary);
  }

  const cells = new Map<string, number[]>();
  for (const r of current) {
    if (r.rater.unit === undefined || r.rated.unit === undefined) continue;
    const key = `${r.rater.unit}\u0000${r.rated.unit}`;
    const list = cells.get(key);
    if (list) list.push(r.score);
    else cells.set(key, [r.score]);
  }
  const heat: RatingsSummary["heat"] = {
    raters: [...new Set(current.flatMap((r) => (r.rater.unit ? [r.rater.unit] : [])))].sort(byRank),
    rated: [...new Set(current.flatMap((r) => (r.rated.unit ? [r.rated.unit] : [])))].sort(byRank),
    cells: [...cells].map(([key, scores]) => {
      const [rater = "", ratedUnit = ""] = key.split("\u0000");
      return { rater, rated: ratedUnit, average: mean(scores), count: scores.length };
    }),
  };

  const bonus: RatingsSummary["bonus"] = { high: [], low: [] };
  for (const id of ratedIds) {
    const scores = (byRated.get(id) ?? []).filter((r) => window.includes(r.month));
    const party = scores[0]?.rated;
    if (!party) continue;
    const entry = { party, average: mean(scores.map((r) => r.score)), count: scores.length };
    if (entry.average >= config.bonusThreshold) bonus.high.push(entry);
    else if (entry.average < 3) bonus.low.push(entry);
  }

  return {
    month: report,
    window,
    anonymous: config.anonymous,
    bonusThreshold: config.bonusThreshold,
    rated,
    heat,
    bonus,
  };
}

/**
 * The month's comments on one side (scores below 5 with a comment), by process. Anonymous: each comment carries
 * the rater's unit only when at least MIN_NAMED_RATERS distinct raters of that unit rated the side this month, and
 * comments are ordered by score and text, not by date or rater.
 */
function commentGroups(
  ratings: readonly Rating[],
  anonymous: boolean,
  processRank: ReadonlyMap<string, number>,
): CommentGroup[] {
  const ratersOfUnit = new Map<string, Set<string>>();
  for (const r of ratings) {
    if (r.rater.unit === undefined) continue;
    const set = ratersOfUnit.get(r.rater.unit) ?? new Set<string>();
    set.add(r.rater.id);
    ratersOfUnit.set(r.rater.unit, set);
  }
  const groups = new Map<string, { process?: string; items: Array<{ rating: Rating; comment: RatingComment }> }>();
  for (const rating of ratings) {
    if (rating.score >= 5 || rating.comment === "") continue;
    let from: CommentFrom;
    if (!anonymous) from = { kind: "rater", party: rating.rater };
    else {
      const unit = rating.rater.unit;
      const enough = unit !== undefined && (ratersOfUnit.get(unit)?.size ?? 0) >= MIN_NAMED_RATERS;
      from = enough && unit !== undefined ? { kind: "unit", unit } : { kind: "colleagues" };
    }
    const comment: RatingComment = { score: rating.score, text: rating.comment, from };
    if (!anonymous) comment.date = rating.date;
    const key = rating.process ?? "";
    const group = groups.get(key) ?? (rating.process ? { process: rating.process, items: [] } : { items: [] });
    group.items.push({ rating, comment });
    groups.set(key, group);
  }
  const order = (p?: string) => (p === undefined ? Number.MAX_SAFE_INTEGER : (processRank.get(p) ?? 0));
  return [...groups.values()]
    .sort((a, b) => order(a.process) - order(b.process))
    .map((g) => {
      const items = [...g.items].sort((x, y) =>
        anonymous
          ? x.comment.score - y.comment.score ||
            (x.comment.text < y.comment.text ? -1 : x.comment.text > y.comment.text ? 1 : 0)
          : x.rating.date.localeCompare(y.rating.date) ||
            x.rating.row.file.localeCompare(y.rating.row.file) ||
            x.rating.row.line - y.rating.row.line,
      );
      const out: CommentGroup = { comments: items.map((i) => i.comment) };
      if (g.process) out.process = g.process;
      return out;
    });
}
