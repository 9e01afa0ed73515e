import { Command, InvalidArgumentError } from "commander";
import { escapeCell } from "../../emit/markdown/escape.js";
import { cliText } from "../../i18n/cli.js";
import { documentWords, formatPercent } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { profstandardWords } from "../../i18n/words/profstandards.js";
import { loadProject } from "../../load/project.js";
import { compileModel } from "../../model/compile.js";
import { PROCESS_ELEMENTS } from "../../model/completeness.js";
import { processTitle } from "../../model/process-title.js";
import { POSITION_DOCUMENTS, type PositionDocument, type Scorecard, scorecard } from "../../model/scorecard.js";
import { choiceOption, type Io, parseLang } from "../io.js";

export const STATS_FORMATS = ["text", "md", "json"];

export interface StatsOptions {
  format: string;
  minCompleteness?: number;
  lang?: Lang;
}

function parsePercent(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new InvalidArgumentError("expected a number from 0 to 100");
  }
  return n;
}

export function statsCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("stats")
    .description("completeness scorecard: which elements each process has, which documents each position gets")
    .argument("[dir]", "project folder (holds procspec.yaml)", ".")
    .addOption(choiceOption("--format <format>", "output format", STATS_FORMATS, "text"))
    .option(
      "--min-completeness <percent>",
      "fail (exit 1) when overall completeness is below this (0–100)",
      parsePercent,
    )
    .option("--lang <lang>", "language of the report: ru or en (default: lang in procspec.yaml)", parseLang)
    .addHelpText(
      "after",
      `
Examples:
  procspec stats                               scorecard of the project in this folder
  procspec stats --format md > completeness.md a table for a pull-request comment
  procspec stats --format json                 stable figures for other tools
  procspec stats --min-completeness 90         CI gate: exit 1 below 90 %

Completeness counts the eleven elements of every process card (structure only where it applies) and the
three documents of every position (job duties, competencies, a full profile).`,
    )
    .action((dir: string, options: StatsOptions) => {
      const project = loadProject(dir, options.lang ? { lang: options.lang } : {});
      const lang = project.config.lang;
      const { model, index } = compileModel(project);
      const card = scorecard(model, index);
      if (project.diagnostics.length > 0)
        io.err(`${cliText(lang, "stats.unreadable", { count: project.diagnostics.length })}\n`);
      if (options.format === "json") io.out(`${JSON.stringify(card, null, 2)}\n`);
      else if (options.format === "md") io.out(statsMarkdown(card, lang));
      else io.out(statsText(card, lang));
      const min = options.minCompleteness;
      // Nothing to count (an empty project) is not below any threshold.
      const overall = card.overall.percent;
      if (min !== undefined && overall !== null && overall < min) {
        io.err(
          `${cliText(lang, "stats.below-minimum", { percent: formatPercent(lang, card.overall.percent), min: formatPercent(lang, min) })}\n`,
        );
        setExit(1);
      }
    });
}

function documentTitle(document: PositionDocument, lang: Lang): string {
  return documentWords(lang).titles[document];
}

/** The terminal form: a summary first, then only what is missing, so a long list stays readable. */
export function statsText(card: Scorecard, lang: Lang): string {
  const w = documentWords(lang);
  const t = card.totals;
  const lines: string[] = [
    cliText(lang, "stats.overall", {
      percent: formatPercent(lang, card.overall.percent),
      filled: card.overall.filled,
      applicable: card.overall.applicable,
    }),
    "",
    cliText(lang, "stats.processes", { complete: t.processesComplete, total: t.processes }),
  ];
  for (const p of card.processes) {
    const missing = PROCESS_ELEMENTS.filter((e) => p.elements[e] === "missing").map((e) => w.process.elements[e]);
    const title = processTitle(p);
    const tail = missing.length > 0 ? `  ${cliText(lang, "stats.missing", { list: missing.join(", ") })}` : "";
    lines.push(`  ${p.complete ? "✔" : "✖"} ${formatPercent(lang, p.percent).padStart(7)}  ${title}${tail}`);
  }
  lines.push(
    "",
    cliText(lang, "stats.regulations", { count: t.regulations, total: t.processes }),
    "",
    cliText(lang, "stats.positions", {
      total: t.positions,
      jobDuties: t.jobDuties,
      competencies: t.competencies,
      profiles: t.profiles,
    }),
  );
  for (const p of card.positions) {
    const missing = p.documentsApply
      ? POSITION_DOCUMENTS.filter((d) => !p.documents[d]).map((d) => documentTitle(d, lang))
      : [];
    const tail = missing.length > 0 ? `  ${cliText(lang, "stats.missing", { list: missing.join(", ") })}` : "";
    const mark = !p.documentsApply ? " " : missing.length === 0 ? "✔" : "✖";
    lines.push(`  ${mark} ${formatPercent(lang, p.percent).padStart(7)}  ${p.name}${tail}`);
  }
  if (card.standards.length > 0) {
    const s = profstandardWords(lang).stats;
    lines.push("", s.heading);
    for (const p of card.standards) {
      const link = `${p.standard}${p.function ? ` ${p.function}` : ""}`;
      lines.push(
        `    ${formatPercent(lang, p.percent).padStart(7)}  ${p.name} — ${link}: ${s.line(p.filled, p.applicable, p.suggested)}`,
      );
    }
  }
  if (card.units.length > 0) {
    lines.push("", cliText(lang, "stats.units"));
    for (const u of card.units) {
      const counts = cliText(lang, "stats.unit-counts", {
        complete: u.processesComplete,
        processes: u.processes,
        positions: u.positions,
      });
      lines.push(`    ${formatPercent(lang, u.percent).padStart(7)}  ${u.name}  (${counts})`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Tables fit for a pull-request comment: ✔ filled, ✖ missing, — not applicable. */
export function statsMarkdown(card: Scorecard, lang: Lang): string {
  const w = documentWords(lang);
  const mark = { filled: "✔", missing: "✖", "n/a": "—" } as const;
  const t = card.totals;
  const out: string[] = [
    `### ${cliText(lang, "stats.overall", { percent: formatPercent(lang, card.overall.percent), filled: card.overall.filled, applicable: card.overall.applicable })}`,
    "",
    `**${cliText(lang, "stats.processes", { complete: t.processesComplete, total: t.processes })}**`,
    "",
    row([w.common.process, ...PROCESS_ELEMENTS.map((e) => w.process.elements[e]), "%"]),
    row(Array(PROCESS_ELEMENTS.length + 2).fill("---")),
  ];
  for (const p of card.processes) {
    const title = processTitle(p);
    out.push(
      row([escapeCell(title), ...PROCESS_ELEMENTS.map((e) => mark[p.elements[e]]), formatPercent(lang, p.percent)]),
    );
  }
  out.push(
    "",
    `**${cliText(lang, "stats.regulations", { count: t.regulations, total: t.processes })}**`,
    "",
    `**${cliText(lang, "stats.positions", { total: t.positions, jobDuties: t.jobDuties, competencies: t.competencies, profiles: t.profiles })}**`,
    "",
    row([w.common.position, ...POSITION_DOCUMENTS.map((d) => documentTitle(d, lang)), "%"]),
    row(Array(POSITION_DOCUMENTS.length + 2).fill("---")),
  );
  for (const p of card.positions) {
    out.push(
      row([
        escapeCell(p.name),
        ...POSITION_DOCUMENTS.map((d) => (!p.documentsApply ? "—" : p.documents[d] ? "✔" : "✖")),
        formatPercent(lang, p.percent),
      ]),
    );
  }
  if (card.standards.length > 0) {
    const s = profstandardWords(lang).stats;
    out.push("", `**${s.heading}**`, "", row([w.common.position, "", "%"]), row(["---", "---", "---:"]));
    for (const p of card.standards) {
      const link = `${p.standard}${p.function ? ` ${p.function}` : ""}`;
      out.push(
        row([
          escapeCell(p.name),
          escapeCell(`${link}: ${s.line(p.filled, p.applicable, p.suggested)}`),
          formatPercent(lang, p.percent),
        ]),
      );
    }
  }
  if (card.units.length > 0) {
    out.push(
      "",
      `**${cliText(lang, "stats.units")}**`,
      "",
      row([
        w.common.unit,
        cliText(lang, "stats.column.processes-complete"),
        cliText(lang, "stats.column.positions"),
        "%",
      ]),
      row(["---", "---:", "---:", "---:"]),
    );
    for (const u of card.units) {
      out.push(
        row([
          escapeCell(u.name),
          `${u.processesComplete} / ${u.processes}`,
          String(u.positions),
          formatPercent(lang, u.percent),
        ]),
      );
    }
  }
  return `${out.join("\n")}\n`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}
