import type { RuleLevel } from "../diagnostics/diagnostic.js";
import { isLang, type Lang } from "../i18n/lang.js";

export const CONFIG_FILE = "procspec.yaml";
export const DEFAULT_INCLUDE: readonly string[] = ["**/*.yaml"];

/** Metadata stamped on every generated document. */
export interface DocumentsMeta {
  approvedBy?: string;
  version?: string;
  date?: string;
  /** The sheet for process maps, org charts and wide matrices. */
  paper?: "A4" | "A3";
}

/** `procspec.yaml`, read tolerantly: its mistakes are reported by the schema check, here we take what is usable. */
export interface ProjectConfig {
  lang: Lang;
  include: string[];
  rules: Record<string, RuleLevel>;
  documents: DocumentsMeta;
  diagrams: { chromium?: string };
}

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
    for (const key of ["approvedBy", "version", "date"] as const) {
      const value = d.documents[key];
      if (typeof value === "string" || typeof value === "number") documents[key] = String(value);
    }
    if (d.documents.paper === "A4" || d.documents.paper === "A3") documents.paper = d.documents.paper;
  }
  const diagrams: ProjectConfig["diagrams"] = {};
  if (isRecord(d.diagrams) && typeof d.diagrams.chromium === "string") diagrams.chromium = d.diagrams.chromium;
  return {
    lang: isLang(d.lang) ? d.lang : "ru",
    include: include.length > 0 ? include : [...DEFAULT_INCLUDE],
    rules,
    documents,
    diagrams,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
