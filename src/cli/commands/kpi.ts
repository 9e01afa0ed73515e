import { renameSync, writeFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { Command } from "commander";
import { countDiagnostics, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { formatStylish } from "../../diagnostics/format/stylish.js";
import { kpiResultsMarkdown } from "../../emit/markdown/kpi-results.js";
import type { Lang } from "../../i18n/lang.js";
import { readKpiFacts } from "../../load/kpi-facts.js";
import { findProject, loadProject } from "../../load/project.js";
import { kpiResults } from "../../model/kpi-results.js";
import type { Model } from "../../model/types.js";
import { validateProject } from "../../validate/validate.js";
import { type Io, parseLang } from "../io.js";

interface KpiOptions {
  period?: string;
  out?: string;
  lang?: Lang;
}

/**
 * Positions whose card has an error: in the card itself, or at a process indicator it is paid by. Nothing is
 * computed from such a card — a wrong card would pay the wrong bonus.
 */
export function positionsWithCardErrors(model: Model, diagnostics: readonly Diagnostic[]): Set<string> {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const blocked = new Set<string>();
  for (const position of model.positions) {
    const card = position.kpis;
    if (!card) continue;
    const places = [card.source, ...card.items.flatMap((i) => (i.indicatorSource ? [i.indicatorSource] : []))];
    const hit = errors.some((d) =>
      places.some((p) => d.file === p.file && d.line >= p.line && `${d.pointer}/`.startsWith(`${p.pointer}/`)),
    );
    if (hit) blocked.add(position.id);
  }
  return blocked;
}

export function kpiCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("kpi")
    .description("bonus calculation: actual values of KPIs (CSV) → each card's weighted result and the bonus earned")
    .argument("<facts>", "CSV with the columns position,kpi,period,value (`,` or `;`, UTF-8)")
    .option("--period <period>", "only the rows of this period (as written in the CSV, e.g. 2026-11)")
    .option("--out <file>", "write the Markdown report to this file instead of the terminal")
    .option("--lang <lang>", "language of the report: ru or en (default: lang in procspec.yaml)", parseLang)
    .addHelpText(
      "after",
      `
Examples:
  procspec kpi examples/car-service-ru/kpi-facts.csv                  every position and period in the file
  procspec kpi kpi-facts.csv --period 2026-11 --out bonus-2026-11.md  one month, as a document

The project is the folder with procspec.yaml at or above the CSV. A row names the position by its id and the KPI
by its id (the indicator's id for a process KPI) or its name. Per KPI: below the threshold 0 %, at the target or
better 100 %, linear in between; the card's total is the weighted sum; the bonus earned is that share of the
card's bonusShare. Rows with mistakes are reported with their CSV line (exit 1), and a card with errors is not
computed.`,
    )
    .action((facts: string, options: KpiOptions) => {
      const location = findProject(facts);
      const project = loadProject(location.root, options.lang ? { lang: options.lang } : {});
      const lang = project.config.lang;
      const { compiled, diagnostics } = validateProject(project);
      const file = relative(location.root, resolve(facts)).split(sep).join("/");
      const read = readKpiFacts(resolve(facts), file, lang);
      const blocked = positionsWithCardErrors(compiled.model, diagnostics);
      const results = kpiResults(compiled.model, compiled.index, read.facts, {
        file,
        lang,
        blocked,
        ...(options.period !== undefined ? { period: options.period } : {}),
      });
      // The spec's own errors matter only where they block a card that has facts; the file's always do.
      const cardErrors = diagnostics.filter(
        (d) => d.severity === "error" && results.results.some((r) => blocked.has(r.position.id)),
      );
      const problems = [...read.diagnostics, ...results.diagnostics, ...cardErrors];
      if (problems.length > 0) {
        io.err(formatStylish(problems, { lang, color: io.errIsTTY ?? false, filesChecked: 1 }));
      }
      const report = kpiResultsMarkdown(results, lang);
      if (options.out) {
        // Staged and renamed, so a failed write never leaves half a report in place of the last one.
        const temp = `${options.out}.tmp-${process.pid}`;
        writeFileSync(temp, report);
        renameSync(temp, options.out);
      } else io.out(report);
      if (countDiagnostics(problems).errors > 0) setExit(1);
    });
}
