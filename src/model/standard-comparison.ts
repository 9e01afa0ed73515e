/**
 * A position compared with the professional standard it links to (the guide's stages of introducing standards):
 * the standard and generalized labour function it names, and for every labour action of its labour functions the
 * function of the position that covers it — confirmed by the consultant (`covers:` on the executor), suggested by
 * wording, or not covered. A suggestion is never counted as coverage until it is confirmed.
 */

import type { Lang } from "../i18n/lang.js";
import { executorOf, processesOf } from "./completeness.js";
import type { ModelIndex } from "./index-model.js";
import type { GeneralizedFunction, LabourFunction, Model, Position, Process, Standard } from "./types.js";
import { similarity, stems, stemWeights } from "./wording.js";

/**
 * The least similarity for a suggestion. Chosen on the two fixture standards of the examples: at 0.35 no labour
 * action got a wrong suggestion; the nearest wrong pair scored 0.25 and the farthest right one 0.47.
 */
export const SUGGEST_THRESHOLD = 0.35;

export type CoverageStatus = "confirmed" | "suggested" | "uncovered";

/** One of the position's functions in one process it executes. */
export interface PositionFunction {
  process: Process;
  text: string;
}

export interface ActionCoverage {
  labourFunction: LabourFunction;
  /** 1-based number of the action in its labour function's list. */
  number: number;
  /** How `covers:` names it: `A/01.4/1`. */
  ref: string;
  text: string;
  status: CoverageStatus;
  /** The covering function: the confirmed executor's closest one, or the suggested one. */
  by?: PositionFunction;
  score?: number;
}

/** A standard's skill or knowledge and the closest item of the profile, when there is one close enough. */
export interface RequirementMatch {
  text: string;
  closest?: string;
}

export interface StandardComparison {
  position: Position;
  standard?: Standard;
  generalized?: GeneralizedFunction;
  /** The labour functions compared: those linked, or every one of the generalized function when none is named. */
  labourFunctions: LabourFunction[];
  actions: ActionCoverage[];
  confirmed: number;
  suggested: number;
  total: number;
}

/** A standard named by its code of the kind of activity or by its registration number. */
export function findStandard(standards: readonly Standard[], code: string): Standard | undefined {
  const wanted = code.trim();
  return standards.find((s) => s.code === wanted) ?? standards.find((s) => s.registrationNumber === wanted);
}

export function findGeneralized(
  standard: Standard | undefined,
  code: string | undefined,
): GeneralizedFunction | undefined {
  if (!standard || code === undefined) return undefined;
  return standard.generalized.find((g) => g.code === code.trim());
}

export function findLabourFunction(
  generalized: GeneralizedFunction | undefined,
  code: string,
): LabourFunction | undefined {
  return generalized?.functions.find((f) => f.code === code.trim());
}

/** The functions a position performs, process by process, in document order. */
export function positionFunctions(position: Position, index: ModelIndex): PositionFunction[] {
  return processesOf(position.executes, index).flatMap((process) =>
    (executorOf(process, position.id)?.functions ?? []).map((text) => ({ process, text })),
  );
}

function confirmedIn(position: Position, index: ModelIndex): Map<string, Process[]> {
  const out = new Map<string, Process[]>();
  for (const process of processesOf(position.executes, index)) {
    for (const ref of executorOf(process, position.id)?.covers ?? []) {
      const list = out.get(ref);
      if (list) list.push(process);
      else out.set(ref, [process]);
    }
  }
  return out;
}

export function compareWithStandard(position: Position, model: Model, index: ModelIndex): StandardComparison {
  const link = position.profstandard;
  const standard = link ? findStandard(model.standards, link.code) : undefined;
  const generalized = findGeneralized(standard, link?.function);
  const named = link?.labourFunctions;
  const labourFunctions =
    named && named.length > 0
      ? named.map((code) => findLabourFunction(generalized, code)).filter((f): f is LabourFunction => f !== undefined)
      : (generalized?.functions ?? []);
  const comparison: StandardComparison = {
    position,
    labourFunctions,
    actions: [],
    confirmed: 0,
    suggested: 0,
    total: 0,
  };
  if (standard) comparison.standard = standard;
  if (generalized) comparison.generalized = generalized;
  if (labourFunctions.length === 0) return comparison;

  const lang = model.lang;
  const functions = positionFunctions(position, index);
  const functionStems = functions.map((f) => stems(f.text, lang));
  const actions = labourFunctions.flatMap((lf) => lf.actions.map((text, i) => ({ lf, text, number: i + 1 })));
  const actionStems = actions.map((a) => stems(a.text, lang));
  const weight = stemWeights([...actionStems, ...functionStems]);
  const confirmed = confirmedIn(position, index);

  actions.forEach((action, i) => {
    const ref = `${action.lf.code}/${action.number}`;
    const mine = actionStems[i] ?? [];
    const best = (allowed: (f: PositionFunction) => boolean) => {
      let found: { by: PositionFunction; score: number } | undefined;
      functions.forEach((f, k) => {
        if (!allowed(f)) return;
        const score = similarity(mine, functionStems[k] ?? [], weight);
        if (!found || score > found.score) found = { by: f, score };
      });
      return found;
    };
    const entry: ActionCoverage = {
      labourFunction: action.lf,
      number: action.number,
      ref,
      text: action.text,
      status: "uncovered",
    };
    const confirmedProcesses = confirmed.get(ref);
    if (confirmedProcesses) {
      entry.status = "confirmed";
      const match = best((f) => confirmedProcesses.includes(f.process));
      if (match) {
        entry.by = match.by;
        entry.score = match.score;
      }
    } else {
      const match = best(() => true);
      if (match && match.score >= SUGGEST_THRESHOLD) {
        entry.status = "suggested";
        entry.by = match.by;
        entry.score = match.score;
      }
    }
    comparison.actions.push(entry);
  });
  comparison.total = comparison.actions.length;
  comparison.confirmed = comparison.actions.filter((a) => a.status === "confirmed").length;
  comparison.suggested = comparison.actions.filter((a) => a.status === "suggested").length;
  return comparison;
}

/** Each requirement with the closest of `candidates` when their wording is close enough to suggest them as one. */
export function matchRequirements(
  requirements: readonly string[],
  candidates: readonly string[],
  lang: Lang,
): RequirementMatch[] {
  if (requirements.length === 0) return [];
  const reqStems = requirements.map((t) => stems(t, lang));
  const candStems = candidates.map((t) => stems(t, lang));
  const weight = stemWeights([...reqStems, ...candStems]);
  return requirements.map((text, i) => {
    let closest: { text: string; score: number } | undefined;
    candidates.forEach((candidate, k) => {
      const score = similarity(reqStems[i] ?? [], candStems[k] ?? [], weight);
      if (score >= SUGGEST_THRESHOLD && (!closest || score > closest.score)) closest = { text: candidate, score };
    });
    return closest ? { text, closest: closest.text } : { text };
  });
}
