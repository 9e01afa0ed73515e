/**
 * The position profile as the method defines it (docs/method.md, "The documents and where each comes from"), section by section: what the
 * profile document shows and what `procspec diff` compares, so the two can never disagree about what is in it.
 * Lists are merged across processes, keep the first spelling and the order of first appearance, and drop
 * repeats that differ only in case or spacing.
 */

import type { SourceRef } from "../load/source.js";
import { executorOf, processesOf } from "./completeness.js";
import type { ModelIndex } from "./index-model.js";
import { kept } from "./memo.js";
import { sameText } from "./same-text.js";
import type { Competencies, Model, Position, Process, ProfStandard } from "./types.js";

/** One line of a section, with where it was written (for `--trace`); values without an organization have none. */
export interface ProfileEntry {
  text: string;
  /** The target of an indicator the position answers for. */
  target?: string;
  source?: SourceRef;
}

/** The functions a position performs in one process it executes. */
export interface ProfileDuties {
  process: Process;
  functions: string[];
  /** Where each function is written (`functionSources[i]` for `functions[i]`). */
  functionSources: SourceRef[];
  source: SourceRef;
}

export interface PositionProfile {
  generalKnowledge: ProfileEntry[];
  /** Knowledge from the executed processes, without what is already general knowledge. */
  subjectKnowledge: ProfileEntry[];
  skills: ProfileEntry[];
  qualities: ProfileEntry[];
  values: ProfileEntry[];
  /** Grouped by executed process; processes where the position has no functions are left out. */
  functionalDuties: ProfileDuties[];
  /** Processes the position owns: it answers for their goals and may change them. */
  owned: Process[];
  /**
   * What the position answers for: the indicators of the processes it owns (with targets), then the
   * responsibilities that come from strategy.
   */
  responsibility: ProfileEntry[];
  /** Indicators of processes it executes but does not own: it contributes to them, it does not answer for them. */
  contribution: ProfileEntry[];
  profstandard?: ProfStandard;
}

/** The profile's sections in the guide's order (the professional standard is a link printed after them). */
export const PROFILE_SECTIONS = [
  "generalKnowledge",
  "subjectKnowledge",
  "skills",
  "qualities",
  "values",
  "functionalDuties",
  "responsibility",
  "contribution",
  "profstandard",
] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

function distinct(entries: readonly ProfileEntry[], except: ReadonlySet<string> = new Set()): ProfileEntry[] {
  const seen = new Set(except);
  return entries.filter((entry) => {
    const key = sameText(entry.text);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Entries of a list, each traced to its own item; `fallback` serves an item whose source is unknown. */
const entries = (
  texts: readonly string[],
  sources: readonly SourceRef[] | undefined,
  fallback?: SourceRef,
): ProfileEntry[] =>
  texts.map((text, i) => {
    const source = sources?.[i] ?? fallback;
    return source ? { text, source } : { text };
  });

/** The profile view, the vacancy, the questionnaire and the standard comparison each ask for the same profile. */
const profiles = new WeakMap<Model, WeakMap<ModelIndex, WeakMap<Position, PositionProfile>>>();

/** A position's profile; made once per model, so callers must not change what it returns. */
export function positionProfile(position: Position, model: Model, index: ModelIndex): PositionProfile {
  const byIndex = kept(profiles, model, () => new WeakMap<ModelIndex, WeakMap<Position, PositionProfile>>());
  const byPosition = kept(byIndex, index, () => new WeakMap<Position, PositionProfile>());
  return kept(byPosition, position, () => makeProfile(position, model, index));
}

function makeProfile(position: Position, model: Model, index: ModelIndex): PositionProfile {
  const executed = processesOf(position.executes, index);
  const fromCompetencies = (key: keyof Competencies): ProfileEntry[] =>
    executed.flatMap((process) => {
      const executor = executorOf(process, position.id);
      return entries(executor?.competencies?.[key] ?? [], executor?.competencySources?.[key], executor?.source);
    });

  // Values are set by the leader for the whole company; a position (or a big division) may override them.
  const values = position.values ?? model.organization?.values ?? [];
  const valueSources = position.values ? position.valueSources : model.organization?.valueSources;

  // The owner answers for a process's indicators; an executor only contributes to them (a nurse does not answer
  // for an expert review of medical records, a lab technician not for the nurse's repeated sampling).
  const owned = processesOf(position.owns, index);
  const ownedIds = new Set(position.owns);
  const indicatorsOf = (processes: readonly Process[]): ProfileEntry[] =>
    processes.flatMap((process) =>
      process.indicators.map((indicator) => ({
        text: indicator.name,
        ...(indicator.target ? { target: indicator.target } : {}),
        source: indicator.source,
      })),
    );
  const responsibility = distinct([
    ...indicatorsOf(owned),
    ...entries(position.responsibilities, position.responsibilitySources, position.source),
  ]);
  const contribution = distinct(
    indicatorsOf(executed.filter((process) => !ownedIds.has(process.id))),
    new Set(responsibility.map((entry) => sameText(entry.text))),
  );

  const profile: PositionProfile = {
    generalKnowledge: distinct(entries(position.generalKnowledge, position.generalKnowledgeSources)),
    // What is already general knowledge is not repeated as subject knowledge.
    subjectKnowledge: distinct(fromCompetencies("knowledge"), new Set(position.generalKnowledge.map(sameText))),
    skills: distinct(fromCompetencies("skills")),
    qualities: distinct(fromCompetencies("qualities")),
    values: distinct(entries(values, valueSources)),
    functionalDuties: executed.flatMap((process) => {
      const executor = executorOf(process, position.id);
      if (!executor || executor.functions.length === 0) return [];
      const { functions, functionSources, source } = executor;
      return [{ process, functions, functionSources, source }];
    }),
    owned,
    responsibility,
    contribution,
  };
  if (position.profstandard) profile.profstandard = position.profstandard;
  return profile;
}
