import type { RuleLevel } from "../diagnostics/diagnostic.js";
import { isLang, type Lang } from "../i18n/lang.js";

export const CONFIG_FILE = "procspec.yaml";
export const DEFAULT_INCLUDE: readonly string[] = ["**/*.yaml", "**/*.yml"];
/** Files that look like YAML: those `include` leaves out are named once (info), so nothing is skipped silently. */
export const YAML_LOOKING: readonly string[] = ["**/*.yaml", "**/*.yml"];

/** Who approves the documents («УТВЕРЖДАЮ»): a position id and the person's initials and surname. */
export interface Approver {
  position?: string;
  person?: string;
}

/** Metadata stamped on every generated document (the document frame: approval block, passport, change log). */
export interface DocumentsMeta {
  /** Free text, the first-wave key: the approver's position when `approver` is not given. */
  approvedBy?: string;
  approver?: Approver;
  /** Passport: who developed the documents. */
  developer?: string;
  version?: string;
  date?: string;
  /** `git`: «Лист регистрации изменений» from the git history of each document's source files. Default `off`. */
  changeLog?: "git" | "off";
  /** Project-relative path of a Word document whose styles, page set-up, header and footer every DOCX takes. */
  reference?: string;
  /** The sheet for process maps and wide matrices. */
  paper?: "A4" | "A3";
}

/** `procspec.yaml`, read tolerantly: its mistakes are reported by the schema check, here we take what is usable. */
export interface ProjectConfig {
  lang: Lang;
  include: string[];
  rules: Record<string, RuleLevel>;
  documents: DocumentsMeta;
  diagrams: { chromium?: string };
  ratings: RatingsConfig;
}

/** `ratings` in procspec.yaml: how the ratings between units are reported. */
export interface RatingsConfig {
  /** Comments never name who rated; the rater's unit only when at least 3 raters of it rated the unit. */
  anonymous: boolean;
  /** The 3-month average at or above which a rated unit or position is listed for a bonus. */
  bonusThreshold: number;
}

export const DEFAULT_RATINGS: RatingsConfig = { anonymous: false, bonusThreshold: 4.5 };

const levels = new Set(["error", "warn", "info", "off"]);

export function readConfig(data: Record<string, unknown> | undefined): ProjectConfig {
  const d = data ?? {};
  const include = Array.isArray(d.include) ? d.include.filter((p): p is string => typeof p === "string") : [];
  const rules: Record<string, RuleLevel> = {};
  if (isRecord(d.rules)) {
    for (const [id, level] of Object.entries(d.rules)) if (levels.has(String(level))) rules[id] = level as RuleLevel;
  }
  const documents: DocumentsMeta = {};
  if (isRecord(d.documents)) {
    for (const key of ["approvedBy", "developer", "version", "date", "reference"] as const) {
      const value = d.documents[key];
      if (typeof value === "string" || typeof value === "number") documents[key] = String(value);
    }
    const { approver, changeLog, paper } = d.documents;
    if (isRecord(approver)) {
      const a: Approver = {};
      if (typeof approver.position === "string") a.position = approver.position;
      if (typeof approver.person === "string") a.person = approver.person;
      documents.approver = a;
    }
    if (changeLog === "git" || changeLog === "off") documents.changeLog = changeLog;
    if (paper === "A4" || paper === "A3") documents.paper = paper;
  }
  const diagrams: ProjectConfig["diagrams"] = {};
  if (isRecord(d.diagrams) && typeof d.diagrams.chromium === "string") diagrams.chromium = d.diagrams.chromium;
  const ratings: RatingsConfig = { ...DEFAULT_RATINGS };
  if (isRecord(d.ratings)) {
    if (typeof d.ratings.anonymous === "boolean") ratings.anonymous = d.ratings.anonymous;
    if (typeof d.ratings.bonusThreshold === "number") ratings.bonusThreshold = d.ratings.bonusThreshold;
  }
  return {
    lang: isLang(d.lang) ? d.lang : "ru",
    include: include.length > 0 ? include : [...DEFAULT_INCLUDE],
    rules,
    documents,
    diagrams,
    ratings,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
