/**
 * The compiled model (docs/model.md): every reference resolved, derived facts computed, every element with its
 * source. Plain serialisable data — `model.json` is this object — so emitters and other tools need no YAML.
 */

import type { Lang } from "../i18n/lang.js";
import type { DocumentsMeta } from "../load/config.js";
import type { SourceRef } from "../load/source.js";
import type { Standard } from "../load/standard-xml.js";
import type { RatingsInput } from "./ratings.js";
import type { InfoSystem, Instruction, Step, StepRef } from "./step-types.js";

export type { GeneralizedFunction, LabourFunction, Standard } from "../load/standard-xml.js";
export type * from "./step-types.js";

export type ElementKind = "organization" | "unit" | "position" | "process" | "instruction" | "system" | "assessment";

/** A reference as written (`owner: service-manager`) and what it names. */
export interface Ref {
  id: string;
  /** Kinds this reference may name (`results[].to` accepts several). */
  expected: ElementKind[];
  /** Kind of the element with this id, or null if no element has it. */
  found: ElementKind | null;
  /** Display name of the target (its `name`), or the id itself when unresolved. */
  name: string;
  /** Where the reference is written (points at the id value). */
  source: SourceRef;
  /** The field as a user would name it in a message: `owner`, `clients[1].position`. */
  field: string;
}

export type PartyKind = "position" | "unit" | "process" | "external" | "company";

/** A client or supplier: an internal element, an outside party, or the company as conditional client. */
export interface Party {
  kind: PartyKind;
  /** For position/unit/process parties. */
  ref?: Ref;
  /** What documents show: the override `name`, the target's name, the external text, or the company's name. */
  name: string;
  source: SourceRef;
}

/**
 * Where each string of a list is written: `goalSources[i]` is the source of `goals[i]`, with the item's own line and
 * its pointer by index as written (blank items, which the model drops, keep their place in it). Rules report an
 * item there and `--trace` cites it, instead of the element the list belongs to.
 */
export type TextSources = SourceRef[];

export interface Client {
  party: Party;
  goals: string[];
  goalSources: TextSources;
  source: SourceRef;
}

export interface Result {
  name: string;
  to: Ref[];
  source: SourceRef;
}

export type IndicatorType = "effectiveness" | "efficiency" | "quality" | "productivity";

export interface Indicator {
  /** Unique within its process; a KPI card and the facts file name the indicator by it. */
  id?: string;
  name: string;
  measure?: string;
  type?: IndicatorType;
  target?: string;
  /** The minimum acceptable value: below it the indicator earns nothing. */
  threshold?: string;
  formula?: string;
  /** Where the data come from (`source:` in the spec; a System id or free text). */
  dataSource?: string;
  period?: KpiPeriod;
  source: SourceRef;
}

export type KpiPeriod = "month" | "quarter" | "year";

export type ControlPeriod = "day" | "week" | "month";

/** One stage of the control rhythm of a KPI (seed 001: daily the first week, then weekly for three weeks). */
export interface ControlStage {
  period: ControlPeriod;
  for: string;
}

/**
 * One KPI of a position's card: an indicator of a process (its fields copied from the indicator once resolved),
 * or a KPI of the position's own, such as working in the company's system.
 */
export interface KpiItem {
  /** What the facts file names this KPI by: the indicator's (or own KPI's) id, else its name. */
  key: string;
  weight?: number;
  /** A process KPI: the process and the indicator as written. */
  process?: Ref;
  indicator?: string;
  /** Where the named indicator is written, once it was found. */
  indicatorSource?: SourceRef;
  name: string;
  measure?: string;
  target?: string;
  threshold?: string;
  formula?: string;
  dataSource?: string;
  period?: KpiPeriod;
  /** The system whose use an own KPI measures: a System's name once resolved, else the text as written. */
  system?: string;
  /** Set when `system` (or `source`) names a System of the project: its id. */
  systemId?: string;
  dataSourceId?: string;
  control: ControlStage[];
  source: SourceRef;
}

/** The KPI card of a position: which share of pay depends on which weighted KPIs. */
export interface KpiCard {
  /** As written (`30 %`). */
  bonusShare?: string;
  /** Achievement credited at exactly the threshold, as written (`50 %`); 0 % when absent. */
  atThreshold?: string;
  items: KpiItem[];
  source: SourceRef;
}

export type ResourceType = "consumable" | "renewable";

export interface Resource {
  name: string;
  type?: ResourceType;
  from?: Party;
  source: SourceRef;
}

export interface Competencies {
  knowledge: string[];
  skills: string[];
  qualities: string[];
}

export interface Executor {
  /** A position, or — while the structure is not settled — a provisional role name. */
  position?: Ref;
  role?: string;
  /** The position's name or the role text. */
  name: string;
  functions: string[];
  functionSources: TextSources;
  /** Undefined when the spec gives none (reported by `executor-without-competencies`). */
  competencies?: Competencies;
  /** Present with `competencies`: where each knowledge, skill and quality is written. */
  competencySources?: Record<keyof Competencies, TextSources>;
  /** Labour actions of a professional standard the consultant confirmed this executor performs (`A/01.4/1`). */
  covers?: string[];
  source: SourceRef;
}

export interface Process {
  kind: "process";
  id: string;
  code?: string;
  name: string;
  description?: string;
  source: SourceRef;
  parent?: Ref;
  /** 1 for top-level processes; a child is one deeper than its parent. */
  level: number;
  /** Element 11, derived: ids of processes whose parent this is, in document order (code, name, id). */
  children: string[];
  owner?: Ref;
  clients: Client[];
  results: Result[];
  indicators: Indicator[];
  resources: Resource[];
  /** Element 8, derived from `resources[].from`: distinct parties, first occurrence kept. */
  suppliers: Party[];
  executors: Executor[];
  /** The course of the process for its regulation; empty when the spec lists no steps. */
  steps: Step[];
}

export interface ProfStandard {
  code: string;
  title?: string;
  function?: string;
  level?: number;
  /** CodeTF of the labour functions the position performs. */
  labourFunctions?: string[];
}

/** Working conditions for a vacancy. */
export interface Conditions {
  schedule?: string;
  pay?: string;
  place?: string;
}

export interface Position {
  kind: "position";
  id: string;
  name: string;
  source: SourceRef;
  unit?: Ref;
  reportsTo?: Ref;
  headcount?: number;
  /** The name in the genitive case for titles: «главного бухгалтера». */
  genitive?: string;
  generalKnowledge: string[];
  generalKnowledgeSources: TextSources;
  responsibilities: string[];
  responsibilitySources: TextSources;
  profstandard?: ProfStandard;
  /** Qualification requirements, free text. */
  education?: string;
  experience?: string;
  conditions?: Conditions;
  /** The position's own values, when it overrides the organization's. */
  values?: string[];
  kpis?: KpiCard;
  /** Present with `values`. */
  valueSources?: TextSources;
  /** Derived: ids of processes it executes / owns, in document order. */
  executes: string[];
  owns: string[];
  /** Derived: ids of positions that report to it. */
  subordinates: string[];
  /** Derived: the steps it executes, the instructions it works by and the systems it records in (document order). */
  steps: StepRef[];
  instructions: string[];
  systems: string[];
}

export interface Unit {
  kind: "unit";
  id: string;
  name: string;
  source: SourceRef;
  parent?: Ref;
  head?: Ref;
  functions: string[];
  /** The unit's own tasks; absent: derived from the goals of the processes it owns. */
  tasks?: string[];
  /** The unit's rights; absent: the regulation's standard list; empty: a reference to the organization's orders. */
  rights?: string[];
  functionSources: TextSources;
  /** Derived: child units, positions in it, processes its positions execute or own (document order). */
  children: string[];
  positions: string[];
  processes: string[];
  /**
   * Derived, over the processes this unit answers for (owned by its positions): units its clients and result
   * receivers stand for, and units its resources come from (a process party stands for its owner's unit).
   */
  internalClients: string[];
  internalSuppliers: string[];
}

export interface Strategy {
  clients: string[];
  clientValues: string[];
  advantages: string[];
}

export interface Organization {
  kind: "organization";
  id: string;
  name: string;
  source: SourceRef;
  strategy: Strategy;
  strategySources: Record<keyof Strategy, TextSources>;
  values: string[];
  valueSources: TextSources;
}

/** One score of an assessment: a profile item as written and its 1–5 score. */
export interface Score {
  item: string;
  score: number;
  source: SourceRef;
}

/** An assessment of one person against the profile of their position (personal data: documents go to people/). */
export interface Assessment {
  kind: "assessment";
  id: string;
  person: string;
  position?: Ref;
  date?: string;
  assessor?: Ref;
  scores: Score[];
  /** The score the profile asks for (4 unless set). */
  required: number;
  source: SourceRef;
}

export interface Model {
  lang: Lang;
  documents: DocumentsMeta;
  organization?: Organization;
  /** Each list is sorted in document order: by code, then name, then id. */
  units: Unit[];
  positions: Position[];
  processes: Process[];
  instructions: Instruction[];
  systems: InfoSystem[];
  /** Professional standards read from the project's XML files, in file order. */
  standards: Standard[];
  /** Assessments of people, by date then id. */
  assessments: Assessment[];
  /** Ratings between units (CSV files under `ratings/`), present when the project has any. */
  ratings?: RatingsInput;
}
