/**
 * Part two of the method: the course of a process (its steps), the work instructions executors follow and the
 * information systems they record in. Kept apart from types.ts so the second wave's kinds grow in their own file.
 */

import type { SourceRef } from "../load/source.js";
import type { Ref } from "./types.js";

/** A place in a process: which process, which step. */
export interface StepRef {
  process: string;
  step: string;
}

/** A transition from a step; `when` is the condition of a decision's branch. */
export interface Transition {
  step: string;
  when?: string;
  /** Whether it was written (`next:`) or is the default move to the step below. */
  written: boolean;
  source: SourceRef;
}

/** A step's executor as written: a position id or the name of a provisional role of the process. */
export interface StepExecutor {
  /** The text written after `executor:`. */
  text: string;
  /** Set when the text is the id of a position of the project. */
  position?: Ref;
  /** Set when the text is the role of one of the process's executors. */
  role?: string;
  /** What documents show: the position's name or the role. */
  name: string;
  source: SourceRef;
}

/** A named thing a step takes or gives (an input or an output), with where it is written. */
export interface StepItem {
  name: string;
  source: SourceRef;
}

export interface Step {
  id: string;
  name: string;
  source: SourceRef;
  /** 1-based place in the process's list: the regulation's table numbers steps by it. */
  number: number;
  executor?: StepExecutor;
  inputs: StepItem[];
  outputs: StepItem[];
  term?: string;
  system?: Ref;
  instruction?: Ref;
  /** Where the step leads: as written, or the step below by default; empty for the last step and `end: true`. */
  next: Transition[];
}

export interface Instruction {
  kind: "instruction";
  id: string;
  name: string;
  source: SourceRef;
  /** Positions named in `positions`. */
  positions: Ref[];
  text?: string;
  /** Derived: the steps that name this instruction, in document order. */
  steps: StepRef[];
  /** Derived: ids of every position that works by it — named in `positions` or executing its steps. */
  workers: string[];
}

export interface InfoSystem {
  kind: "system";
  id: string;
  name: string;
  source: SourceRef;
  owner?: Ref;
  rules: string[];
  /** Where each rule is written (see `TextSources`). */
  ruleSources: SourceRef[];
  /** Derived: the steps done or recorded in this system, in document order. */
  steps: StepRef[];
  /** Derived: ids of the positions that record in it (executors of its steps). */
  positions: string[];
}
