/**
 * Ratings between units as the model reads them: each CSV row with a readable date and score and known ids becomes a
 * `Rating`; whatever a row gets wrong is the `ratings-*` rules' business, and such a row is left out of every figure.
 * Also what links two parties through the processes (unitFlows), which the rules and the forms both ask.
 */

import type { RatingRow } from "../load/ratings.js";
import type { SourceRef } from "../load/source.js";
import type { ModelIndex } from "./index-model.js";
import type { Model } from "./types.js";
import { unitFlows } from "./unit-flows.js";

/** `ratings` of procspec.yaml and the rows of the CSV files, as the project holds them. */
export interface RatingsInput {
  rows: RatingRow[];
  anonymous: boolean;
  bonusThreshold: number;
  /** YYYY-MM-DD: a rating dated later is a mistake (`ratings-date`). */
  today: string;
}

/** Who rates or is rated: a unit, or a position (which also stands for its unit). */
export interface RatingParty {
  kind: "unit" | "position";
  id: string;
  name: string;
  /** The unit itself, or the position's unit when it has a known one. */
  unit?: string;
}

export interface Rating {
  row: RatingRow;
  /** YYYY-MM-DD. */
  date: string;
  /** YYYY-MM. */
  month: string;
  score: number;
  rater: RatingParty;
  rated: RatingParty;
  /** The process id, when the row names a known one. */
  process?: string;
  comment: string;
}

/** `2026-11-03`, `2026-11-03 10:15` (a CRM's date and time) or `03.11.2026` (Excel in a Russian locale). */
export function parseRatingDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/.exec(text);
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : ru ? [ru[3], ru[2], ru[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // 2026-02-30 is not a date, though Date would roll it over to March.
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${m}-${d}`;
}

/** A whole number from 1 to 5; a spreadsheet may write `4,0`. */
export function parseScore(text: string): number | undefined {
  const value = Number(text.replace(",", "."));
  return Number.isInteger(value) && value >= 1 && value <= 5 && text.trim() !== "" ? value : undefined;
}

export function ratingParty(id: string, index: ModelIndex): RatingParty | undefined {
  const unit = index.units.get(id);
  if (unit) return { kind: "unit", id, name: unit.name, unit: id };
  const position = index.positions.get(id);
  if (!position) return undefined;
  const unitId = position.unit?.id;
  return unitId !== undefined && index.units.has(unitId)
    ? { kind: "position", id, name: position.name, unit: unitId }
    : { kind: "position", id, name: position.name };
}

/** The rows that can be counted, in file and line order. */
export function readRatings(model: Model, index: ModelIndex): Rating[] {
  const out: Rating[] = [];
  for (const row of model.ratings?.rows ?? []) {
    const date = parseRatingDate(row.date);
    const score = parseScore(row.score);
    const rater = ratingParty(row.rater, index);
    const rated = ratingParty(row.rated, index);
    if (!date || score === undefined || !rater || !rated) continue;
    if (model.ratings && date > model.ratings.today) continue;
    if (row.process !== "" && !index.processes.has(row.process)) continue;
    const rating: Rating = { row, date, month: date.slice(0, 7), score, rater, rated, comment: row.comment };
    if (row.process !== "") rating.process = row.process;
    out.push(rating);
  }
  return out;
}

/**
 * The processes that link two parties, in process order: something passes between their units through the process
 * (a result or a resource, either way); for two positions of one unit, the processes both take part in.
 */
export function linkingProcesses(a: RatingParty, b: RatingParty, model: Model, index: ModelIndex): string[] {
  if (a.unit === undefined || b.unit === undefined) return [];
  if (a.unit === b.unit) {
    const processesOf = (p: RatingParty): string[] => {
      if (p.kind === "unit") return index.units.get(p.id)?.processes ?? [];
      const position = index.positions.get(p.id);
      return position ? [...position.executes, ...position.owns] : [];
    };
    const theirs = new Set(processesOf(b));
    return [...new Set(processesOf(a).filter((id) => theirs.has(id)))];
  }
  const ids = new Set<string>();
  for (const flow of unitFlows(model, index).get(a.unit) ?? []) {
    if ((flow.from === a.unit && flow.to === b.unit) || (flow.from === b.unit && flow.to === a.unit))
      ids.add(flow.process);
  }
  return model.processes.filter((p) => ids.has(p.id)).map((p) => p.id);
}

/** Where a row is, for a diagnostic: its CSV file and line (column 1: a row is one record). */
export function rowSource(row: RatingRow): SourceRef {
  return { file: row.file, line: row.line, doc: -1, pointer: "" };
}
