import type { Lang } from "../../i18n/lang.js";
import { formatNumber, kpiWords } from "../../i18n/words/kpi.js";
import type { ModelIndex } from "../../model/index-model.js";
import { indicatorOf } from "../../model/kpi-card.js";
import { processTitle } from "../../model/process-title.js";
import type { Indicator, Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Link, Table, ViewBase, ViewOptions } from "./blocks.js";
import { traceOf } from "./common.js";
import { documentFrame } from "./frame.js";

/**
 * The KPI register of the organization: every card's KPIs with their weights (position × KPI), the process
 * indicators no card pays by, and the positions without a card.
 */
export interface KpiRegisterView extends ViewBase {
  document: "kpi-register";
  cards: { heading: string; table: Table };
  unused: { heading: string; intro: string; table: Table; none: string };
  withoutCard: { heading: string; links: Link[]; none: string };
}

/** Whether the project has KPI cards at all: a project that does not use them gets no register. */
export function hasKpiCards(model: Model): boolean {
  return model.positions.some((p) => p.kpis !== undefined);
}

export function kpiRegisterView(model: Model, index: ModelIndex, lang: Lang, options: ViewOptions): KpiRegisterView {
  const w = kpiWords(lang);
  const r = w.register;
  const used = new Set<Indicator>();
  const cardRows: Table["rows"] = [];
  for (const position of model.positions) {
    const card = position.kpis;
    if (!card) continue;
    card.items.forEach((item, i) => {
      const found = indicatorOf(item, index);
      if (found) used.add(found.indicator);
      cardRows.push({
        cells: [
          i === 0 ? position.name : "",
          i === 0 ? (card.bonusShare ?? "—") : "",
          item.name,
          found ? processTitle(found.process) : r.ownKpi,
          item.weight === undefined ? "—" : formatNumber(lang, item.weight),
        ],
        ...traceOf(item.source, options),
      });
    });
  }
  const unusedRows: Table["rows"] = [];
  for (const process of model.processes) {
    for (const indicator of process.indicators) {
      if (used.has(indicator)) continue;
      unusedRows.push({ cells: [processTitle(process), indicator.name], ...traceOf(indicator.source, options) });
    }
  }
  return {
    document: "kpi-register",
    path: outputPaths.kpiRegister,
    lang,
    title: w.titles.register,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    cards: {
      heading: r.cards,
      table: { columns: [r.position, r.bonusShare, r.kpi, r.process, r.weight], rows: cardRows },
    },
    unused: {
      heading: r.unused,
      intro: r.unusedIntro,
      table: { columns: [r.process, r.indicator], rows: unusedRows },
      none: r.allUsed,
    },
    withoutCard: {
      heading: r.withoutCard,
      links: model.positions.filter((p) => !p.kpis).map((p) => ({ text: p.name, to: outputPaths.profile(p.id) })),
      none: r.allHaveCards,
    },
  };
}
