import { formatPercent } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { formatNumber, kpiWords } from "../../i18n/words/kpi.js";
import type { KpiResults } from "../../model/kpi-results.js";
import { escapeCell, escapeInline } from "./escape.js";

const percent = (lang: Lang, n: number) => formatPercent(lang, Math.round(n * 10) / 10);

/** The result of `procspec kpi` as Markdown: per position and period, each KPI's achievement and the card's total. */
export function kpiResultsMarkdown(results: KpiResults, lang: Lang): string {
  const w = kpiWords(lang);
  const c = w.columns;
  const r = w.results;
  const out: string[] = [`# ${escapeInline(w.titles.results)}`];
  for (const result of results.results) {
    const card = result.position.kpis;
    if (!card) continue;
    out.push("", `## ${escapeInline(result.position.name)} — ${escapeInline(result.period)}`, "");
    if (!result.outcome) {
      out.push(escapeInline(r.notComputed));
      continue;
    }
    const outcome = result.outcome;
    const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
    out.push(
      row([c.number, c.kpi, c.weight, c.threshold, c.target, r.value, r.achievement, r.points].map(escapeCell)),
      row(["---", "---", "---:", "---", "---", "---:", "---:", "---:"]),
    );
    card.items.forEach((item, i) => {
      const o = outcome.outcomes.find((x) => x.item === item);
      const value = result.values.get(item);
      out.push(
        row([
          String(i + 1),
          escapeCell(item.name),
          item.weight === undefined ? "—" : formatNumber(lang, item.weight),
          escapeCell(item.threshold ?? "—"),
          escapeCell(item.target ?? "—"),
          value === undefined ? "—" : formatNumber(lang, value),
          o ? percent(lang, o.achievement) : escapeCell(r.noValue),
          o ? percent(lang, o.points) : percent(lang, 0),
        ]),
      );
    });
    out.push("", `**${escapeInline(r.total)}:** ${percent(lang, outcome.total)}`);
    if (outcome.earned !== undefined && outcome.bonusShare !== undefined) {
      out.push(
        "",
        `**${escapeInline(r.earned)}:** ${percent(lang, outcome.earned)} (${percent(lang, outcome.bonusShare)} × ${percent(lang, outcome.total)})`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}
