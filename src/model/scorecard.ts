/**
 * The completeness scorecard behind `procspec stats`: for every process the state of its eleven elements, for
 * every position which of its three documents can be compiled, and the share of what is filled — per unit and
 * for the whole organization. A pure function of the model; the figures are stable for a given input.
 */

import {
  type ElementState,
  elementState,
  hasCompetencies,
  hasFullProfile,
  hasJobDuties,
  PROCESS_ELEMENTS,
  type ProcessElement,
} from "./completeness.js";
import type { ModelIndex } from "./index-model.js";
import { percentOf } from "./percent.js";
import { compareWithStandard } from "./standard-comparison.js";
import type { Model } from "./types.js";

/** Filled out of applicable, and the share in percent (see percentOf: rounded down; null when nothing applies). */
export interface Score {
  filled: number;
  applicable: number;
  percent: number | null;
}

export interface ProcessScore extends Score {
  id: string;
  code?: string;
  name: string;
  level: number;
  elements: Record<ProcessElement, ElementState>;
  complete: boolean;
}

export const POSITION_DOCUMENTS = ["jobDuties", "competencies", "profile"] as const;
export type PositionDocument = (typeof POSITION_DOCUMENTS)[number];

export interface PositionScore extends Score {
  id: string;
  name: string;
  unit?: string;
  documents: Record<PositionDocument, boolean>;
  /**
   * False for a position that only owns processes: job duties, competencies and the profile are compiled from
   * the processes a position executes, so none can be asked of it (and no rule asks: position-without-process
   * is satisfied by owning). Its documents then count neither as filled nor as missing.
   */
  documentsApply: boolean;
}

export interface UnitScore extends Score {
  id: string;
  name: string;
  /** Processes its positions execute or own, and its positions, as counted in the unit's score. */
  processes: number;
  processesComplete: number;
  positions: number;
}

/** Coverage of a linked standard's labour actions: confirmed ones count, suggestions are shown apart. */
export interface StandardScore extends Score {
  id: string;
  name: string;
  /** The code as linked (`31.010`) and the generalized function. */
  standard: string;
  function?: string;
  suggested: number;
}

export interface Scorecard {
  processes: ProcessScore[];
  /** Positions linked to a professional standard whose XML is in the project. */
  standards: StandardScore[];
  positions: PositionScore[];
  units: UnitScore[];
  totals: {
    processes: number;
    processesComplete: number;
    /** Processes whose course is written as steps, so they have a regulation. */
    regulations: number;
    positions: number;
    jobDuties: number;
    competencies: number;
    profiles: number;
  };
  /** Everything together: process elements and position documents. */
  overall: Score;
}

export function score(filled: number, applicable: number): Score {
  return { filled, applicable, percent: percentOf(filled, applicable) };
}

function sum(scores: readonly Score[]): Score {
  return score(
    scores.reduce((n, s) => n + s.filled, 0),
    scores.reduce((n, s) => n + s.applicable, 0),
  );
}

export function scorecard(model: Model, index: ModelIndex): Scorecard {
  const processes = model.processes.map((process): ProcessScore => {
    const elements = Object.fromEntries(PROCESS_ELEMENTS.map((e) => [e, elementState(process, e)])) as Record<
      ProcessElement,
      ElementState
    >;
    const states = Object.values(elements);
    const filled = states.filter((s) => s === "filled").length;
    const applicable = states.filter((s) => s !== "n/a").length;
    const row: ProcessScore = {
      id: process.id,
      name: process.name,
      level: process.level,
      elements,
      complete: filled === applicable,
      ...score(filled, applicable),
    };
    if (process.code !== undefined) row.code = process.code;
    return row;
  });
  const positions = model.positions.map((position): PositionScore => {
    const documents: Record<PositionDocument, boolean> = {
      jobDuties: hasJobDuties(position),
      competencies: hasCompetencies(position, index),
      profile: hasFullProfile(position, model, index),
    };
    const documentsApply = position.executes.length > 0 || position.owns.length === 0;
    const row: PositionScore = {
      id: position.id,
      name: position.name,
      documents,
      documentsApply,
      ...(documentsApply
        ? score(Object.values(documents).filter(Boolean).length, POSITION_DOCUMENTS.length)
        : score(0, 0)),
    };
    if (position.unit?.found === "unit") row.unit = position.unit.id;
    return row;
  });
  const processById = new Map(processes.map((p) => [p.id, p]));
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const units = model.units.map((unit): UnitScore => {
    const own = unit.processes.flatMap((id) => processById.get(id) ?? []);
    const staff = unit.positions.flatMap((id) => positionById.get(id) ?? []);
    return {
      id: unit.id,
      name: unit.name,
      processes: own.length,
      processesComplete: own.filter((p) => p.complete).length,
      positions: staff.length,
      ...sum([...own, ...staff]),
    };
  });
  const standards = model.positions.flatMap((position): StandardScore[] => {
    const c = compareWithStandard(position, model, index);
    if (!c.standard || c.total === 0) return [];
    const row: StandardScore = {
      id: position.id,
      name: position.name,
      standard: c.standard.code,
      suggested: c.suggested,
      ...score(c.confirmed, c.total),
    };
    if (c.generalized) row.function = c.generalized.code;
    return [row];
  });
  const count = (document: PositionDocument) => positions.filter((p) => p.documents[document]).length;
  return {
    processes,
    standards,
    positions,
    units,
    totals: {
      processes: processes.length,
      processesComplete: processes.filter((p) => p.complete).length,
      regulations: model.processes.filter((p) => p.steps.length > 0).length,
      positions: positions.length,
      jobDuties: count("jobDuties"),
      competencies: count("competencies"),
      profiles: count("profile"),
    },
    overall: sum([...processes, ...positions]),
  };
}
