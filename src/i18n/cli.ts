import { fill, type Lang } from "./lang.js";

/** Fixed words of the command line's own output (summaries, progress), in both languages. */
const en = {
  "summary.clean": "✔ {{files}} files checked, no problems",
  "summary.problems":
    "✖ {{total}} problems ({{errors}} errors, {{warnings}} warnings, {{infos}} notes) in {{files}} files checked",
  "summary.too-many-warnings": "✖ {{warnings}} warnings, more than --max-warnings {{max}}",
  "severity.error": "error",
  "severity.warn": "warning",
  "severity.info": "info",
  "build.refused": "✖ the documents were not built: fix the errors above first",
  "build.done": "✔ {{count}} files written to {{out}}",
} as const;

export type CliTextId = keyof typeof en;

const ru: Record<CliTextId, string> = {
  "summary.clean": "✔ проверено файлов: {{files}}, замечаний нет",
  "summary.problems":
    "✖ замечаний: {{total}} (ошибок: {{errors}}, предупреждений: {{warnings}}, к сведению: {{infos}}); проверено файлов: {{files}}",
  "summary.too-many-warnings": "✖ предупреждений: {{warnings}}, больше, чем --max-warnings {{max}}",
  "severity.error": "ошибка",
  "severity.warn": "предупреждение",
  "severity.info": "к сведению",
  "build.refused": "✖ документы не сформированы: сначала исправьте ошибки выше",
  "build.done": "✔ записано файлов: {{count}} в {{out}}",
};

export function cliText(lang: Lang, id: CliTextId, data?: Readonly<Record<string, string | number>>): string {
  return fill(lang === "ru" ? ru[id] : en[id], data);
}
