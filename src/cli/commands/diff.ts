import { Command } from "commander";
import { escapeCell } from "../../emit/markdown/escape.js";
import { type CliTextId, cliText } from "../../i18n/cli.js";
import { type DocumentWords, documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { stepWords } from "../../i18n/words/steps.js";
import { loadProject } from "../../load/project.js";
import {
  compareModels,
  type ElementChange,
  type ElementRef,
  isEmptyDiff,
  type KindDiff,
  type ModelDiff,
  type PositionDocumentsDiff,
  type TableDiff,
} from "../../model/compare.js";
import type { StepsDiff } from "../../model/compare-steps.js";
import { compileModel } from "../../model/compile.js";
import type { Model } from "../../model/types.js";
import { choiceOption, type Io, parseLang } from "../io.js";
import { loadProjectAtRevision } from "./git-revision.js";

export const DIFF_FORMATS = ["md", "json"];

export interface DiffOptions {
  format: string;
  lang?: Lang;
}

export function diffCommand(io: Io, _setExit: (code: number) => void): Command {
  return new Command("diff")
    .description("what changed in meaning between a git revision and the working tree, and whose documents it touches")
    .argument("<rev>", "git revision to compare with: a commit, branch or tag")
    .argument("[dir]", "project folder (holds procspec.yaml)", ".")
    .addOption(choiceOption("--format <format>", "output format", DIFF_FORMATS, "md"))
    .option("--lang <lang>", "language of the report: ru or en (default: lang in procspec.yaml)", parseLang)
    .addHelpText(
      "after",
      `
Examples:
  procspec diff HEAD~1                       what the last commit plus uncommitted edits changed
  procspec diff origin/main --format md      a pull-request comment
  procspec diff v1.0 examples/trading-en --format json

The revision is read from git's object store; nothing is checked out and the working tree is not touched.
Exit codes: 0 the report was written (whether or not anything changed), 2 bad revision or not a git repository.`,
    )
    .action((rev: string, dir: string, options: DiffOptions) => {
      const loadOptions = options.lang ? { lang: options.lang } : {};
      const current = loadProject(dir, loadOptions);
      const lang = current.config.lang;
      const after = compileModel(current).model;
      const previous = loadProjectAtRevision(current.root, rev, { lang });
      const before: Model = previous
        ? compileModel(previous).model
        : {
            lang,
            documents: {},
            units: [],
            positions: [],
            processes: [],
            instructions: [],
            systems: [],
            standards: [],
            assessments: [],
          };
      const diff = compareModels(before, after);
      if (options.format === "json") io.out(`${JSON.stringify({ revision: rev, ...diff }, null, 2)}\n`);
      else io.out(diffMarkdown(diff, rev, lang));
    });
}

/** Consultant's text inside the report: «ёлочки» in Russian, “quotes” in English. */
function quote(text: string, lang: Lang): string {
  return lang === "ru" ? `«${escapeCell(text)}»` : `“${escapeCell(text)}”`;
}

function fieldLabel(kind: "process" | "position" | "unit" | "organization", field: string, lang: Lang): string {
  const w = documentWords(lang);
  const elements: Record<string, string> = w.process.elements;
  const labels: Record<string, string> =
    kind === "process"
      ? {
          ...elements,
          code: w.process.code,
          parent: w.process.parent,
          functions: w.jobDuties.functions,
          competencies: w.titles.competencies,
        }
      : kind === "position"
        ? {
            name: elements.name ?? field,
            unit: w.common.unit,
            reportsTo: w.common.reportsTo,
            headcount: w.common.headcount,
            generalKnowledge: w.profile.generalKnowledge,
            responsibilities: w.profile.responsibility,
            profstandard: w.profile.profstandard,
            values: w.profile.values,
          }
        : kind === "unit"
          ? {
              name: elements.name ?? field,
              parent: cliText(lang, "diff.field.parent-unit"),
              head: cliText(lang, "diff.field.head"),
              functions: cliText(lang, "diff.field.functions"),
            }
          : {
              name: elements.name ?? field,
              strategy: cliText(lang, "diff.field.strategy"),
              values: w.profile.values,
            };
  return field === "id" ? cliText(lang, "diff.field.id") : (labels[field] ?? field);
}

function columnLabel(column: string, w: DocumentWords): string {
  const labels: Record<string, string> = {
    process: w.common.process,
    functions: w.jobDuties.functions,
    goals: w.jobDuties.goals,
    results: w.jobDuties.results,
    indicators: w.jobDuties.indicators,
    knowledge: w.competencies.knowledge,
    skills: w.competencies.skills,
    qualities: w.competencies.qualities,
  };
  return labels[column] ?? column;
}

function sectionLabel(section: string, w: DocumentWords): string {
  const labels: Record<string, string> = { ...w.profile };
  return labels[section] ?? section;
}

function named(element: ElementRef, lang: Lang): string {
  return `${quote(element.name, lang)} (\`${element.id}\`)`;
}

function kindSection(diff: KindDiff, heading: CliTextId, kind: "process" | "position" | "unit", lang: Lang): string[] {
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return [];
  const lines = [`#### ${cliText(lang, heading)}`, ""];
  for (const e of diff.added) lines.push(`- ${cliText(lang, "diff.added")}: ${named(e, lang)}`);
  for (const e of diff.removed) lines.push(`- ${cliText(lang, "diff.removed")}: ${named(e, lang)}`);
  for (const e of diff.changed) lines.push(`- ${changedLine(e, kind, lang)}`);
  lines.push("");
  return lines;
}

function changedLine(change: ElementChange, kind: "process" | "position" | "unit", lang: Lang): string {
  const formerly = [
    ...(change.previousName ? [quote(change.previousName, lang)] : []),
    ...(change.previousId ? [`\`${change.previousId}\``] : []),
  ];
  const was = formerly.length > 0 ? ` ${cliText(lang, "diff.formerly", { name: formerly.join(" ") })}` : "";
  const fields = change.fields.map((f) => fieldLabel(kind, f, lang)).join(", ");
  return `${cliText(lang, "diff.changed")}: ${named(change, lang)}${was} — ${fields}`;
}

function tableLines(title: string, table: TableDiff, lang: Lang, w: DocumentWords): string[] {
  const lines: string[] = [];
  const row = (text: string) => cliText(lang, "diff.row", { process: quote(text, lang) });
  if (table.header) lines.push(`  - ${title}: ${cliText(lang, "diff.header")}`);
  for (const r of table.added) lines.push(`  - ${title}: ${cliText(lang, "diff.row-added")} ${row(r.title)}`);
  for (const r of table.removed) lines.push(`  - ${title}: ${cliText(lang, "diff.row-removed")} ${row(r.title)}`);
  for (const r of table.changed) {
    const was = r.previousTitle ? ` ${cliText(lang, "diff.formerly", { name: quote(r.previousTitle, lang) })}` : "";
    const columns = r.columns.map((c) => columnLabel(c, w)).join(", ");
    lines.push(`  - ${title}: ${cliText(lang, "diff.row-changed")} ${row(r.title)}${was} — ${columns}`);
  }
  return lines;
}

function documentLines(entry: PositionDocumentsDiff, lang: Lang): string[] {
  const w = documentWords(lang);
  const lines = [`- **${escapeCell(entry.name)}** (\`${entry.id}\`)`];
  if (entry.status !== "changed") {
    const status = cliText(lang, entry.status === "added" ? "diff.documents-new" : "diff.documents-gone");
    return [`${lines[0]} — ${status}`];
  }
  if (entry.jobDuties) lines.push(...tableLines(w.titles.jobDuties, entry.jobDuties, lang, w));
  if (entry.competencies) lines.push(...tableLines(w.titles.competencies, entry.competencies, lang, w));
  if (entry.profile) {
    const parts = entry.profile.header ? [cliText(lang, "diff.header")] : [];
    if (entry.profile.sections.length > 0) {
      const sections = entry.profile.sections.map((s) => sectionLabel(s, w)).join(", ");
      parts.push(cliText(lang, "diff.sections", { sections }));
    }
    lines.push(`  - ${w.titles.profile}: ${parts.join("; ")}`);
  }
  return lines;
}

/** A pull-request comment: the elements that changed, then every position whose documents change and where. */
export function diffMarkdown(diff: ModelDiff, rev: string, lang: Lang): string {
  const lines = [`### ${cliText(lang, "diff.title", { rev })}`, ""];
  if (isEmptyDiff(diff)) return `${[...lines, cliText(lang, "diff.none")].join("\n")}\n`;
  const org = diff.organization;
  if (org) {
    const fields = org.fields.map((f) => fieldLabel("organization", f, lang)).join(", ");
    const tail = org.status === "changed" ? ` — ${fields}` : "";
    lines.push(
      `#### ${cliText(lang, "diff.organization")}`,
      "",
      `- ${cliText(lang, `diff.${org.status}`)}: ${quote(org.name, lang)}${tail}`,
      "",
    );
  }
  lines.push(...kindSection(diff.processes, "diff.processes", "process", lang));
  lines.push(...kindSection(diff.positions, "diff.positions", "position", lang));
  lines.push(...kindSection(diff.units, "diff.units", "unit", lang));
  if (diff.documents.length > 0) {
    lines.push(`#### ${cliText(lang, "diff.documents", { count: diff.documents.length })}`, "");
    for (const entry of diff.documents) lines.push(...documentLines(entry, lang));
    lines.push("");
  }
  if (diff.steps) lines.push(...stepsLines(diff.steps, lang));
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The course of processes: steps added, removed, changed (by field), then the positions it touches. */
function stepsLines(steps: StepsDiff, lang: Lang): string[] {
  const w = stepWords(lang);
  const field = (f: string) => cliText(lang, `diff.step-field.${f}` as CliTextId);
  const lines: string[] = [];
  if (steps.processes.length > 0) {
    lines.push(`#### ${cliText(lang, "diff.steps")}`, "");
    for (const p of steps.processes) {
      lines.push(`- ${w.titles.regulation(escapeCell(p.title))}`);
      for (const s of p.added) lines.push(`  - ${cliText(lang, "diff.added")}: ${quote(s.name, lang)} (\`${s.id}\`)`);
      for (const s of p.removed)
        lines.push(`  - ${cliText(lang, "diff.removed")}: ${quote(s.name, lang)} (\`${s.id}\`)`);
      for (const s of p.changed)
        lines.push(`  - ${cliText(lang, "diff.changed")}: ${quote(s.name, lang)} — ${s.fields.map(field).join(", ")}`);
    }
    lines.push("");
  }
  if (steps.positions.length > 0) {
    lines.push(
      `#### ${cliText(lang, "diff.step-positions", { count: steps.positions.length })}`,
      "",
      ...steps.positions.map((p) => `- **${escapeCell(p.name)}** (\`${p.id}\`)`),
      "",
    );
  }
  return lines;
}
