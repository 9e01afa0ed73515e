/**
 * The ratings report and its charts, for `procspec ratings` and for `build` (which writes the newest month). Pure:
 * the charts are drawn in-process (ECharts' SVG, resvg's PNG), no browser and no clock.
 */

import type { Lang } from "../i18n/lang.js";
import type { ModelIndex } from "../model/index-model.js";
import { type RatingsSummary, summarizeRatings } from "../model/ratings-summary.js";
import type { Model } from "../model/types.js";
import { chartPng, ratingsChartSvg } from "./charts/ratings-chart.js";
import { outputPaths } from "./files.js";
import type { ViewOptions } from "./views/blocks.js";
import { ratingsChartName, ratingsReportView } from "./views/ratings-report.js";
import type { ReportView } from "./views/report.js";

export interface RatingsReport {
  summary: RatingsSummary;
  view: ReportView;
}

/** The report for `month` (default: the newest month with ratings); undefined without ratings up to that month. */
export function ratingsReport(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: ViewOptions & { month?: string },
): RatingsReport | undefined {
  const summary = summarizeRatings(model, index, options.month);
  return summary ? { summary, view: ratingsReportView(model, index, summary, lang, options) } : undefined;
}

export interface RatingsChart {
  /** Key among the DOCX images. */
  name: string;
  /** Output path of the SVG. */
  path: string;
  svg: string;
  png?: Uint8Array;
}

/** One chart per rated side; PNGs only when a DOCX will embed them (rasterising is the slow part). */
export function ratingsCharts(summary: RatingsSummary, lang: Lang, options: { png: boolean }): RatingsChart[] {
  return summary.rated.map((side) => {
    const svg = ratingsChartSvg(side, summary.month, lang);
    const chart: RatingsChart = {
      name: ratingsChartName(summary.month, side.party.id),
      path: `${outputPaths.ratingsChart(summary.month, side.party.id)}.svg`,
      svg,
    };
    if (options.png) chart.png = chartPng(svg);
    return chart;
  });
}
