/**
 * The ratings report and its charts, for `procspec ratings` and for `build` (which writes the newest month). Pure:
 * the charts are drawn in-process (ECharts' SVG, resvg's PNG), no browser and no clock.
 */

import type { Lang } from "../i18n/lang.js";
import type { ModelIndex } from "../model/index-model.js";
import { type RatingsSummary, summarizeRatings } from "../model/ratings-summary.js";
import type { Model } from "../model/types.js";
import { chartPng, ratingsChartSvg } from "./charts/ratings-chart.js";
import { emitDocx, type ReferenceDocx } from "./docx/index.js";
import { packageDate } from "./docx/package.js";
import { type EmittedFile, outputPaths } from "./files.js";
import { emitMarkdown } from "./markdown/index.js";
import type { ViewOptions } from "./views/blocks.js";
import type { SourceHistory } from "./views/frame.js";
import { formCsv, formLines, ratingsFormView } from "./views/ratings-form.js";
import { ratingsChartName, ratingsReportView } from "./views/ratings-report.js";
import { ratingsWorkbook } from "./views/ratings-workbook.js";
import type { ReportView } from "./views/report.js";
import { emitXlsx } from "./xlsx/index.js";

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

export interface RatingsEmitOptions {
  lang: Lang;
  /** Any of md (with the charts' SVG), docx, xlsx. */
  formats: ReadonlySet<string>;
  month?: string;
  history?: SourceHistory;
  reference?: ReferenceDocx;
}

/** The files of `procspec ratings`: the month's report in each format; none without ratings up to the month. */
export async function emitRatingsReport(
  model: Model,
  index: ModelIndex,
  options: RatingsEmitOptions,
): Promise<{ month: string; files: EmittedFile[] } | undefined> {
  const { lang, formats } = options;
  const viewOptions: ViewOptions = { trace: false, ...(options.history ? { history: options.history } : {}) };
  const report = ratingsReport(model, index, lang, {
    ...viewOptions,
    ...(options.month ? { month: options.month } : {}),
  });
  if (!report) return undefined;
  const files: EmittedFile[] = [];
  const charts = ratingsCharts(report.summary, lang, { png: formats.has("docx") });
  if (formats.has("md")) {
    files.push(...emitMarkdown(model, index, { lang, trace: false, views: [report.view] }));
    files.push(...charts.map((c) => ({ path: c.path, content: c.svg })));
  }
  if (formats.has("docx")) {
    const images = new Map(charts.flatMap((c) => (c.png ? [[c.name, { png: c.png }] as const] : [])));
    files.push(
      ...(await emitDocx(model, index, {
        lang,
        trace: false,
        images,
        views: [report.view],
        ...(options.reference ? { reference: options.reference } : {}),
      })),
    );
  }
  if (formats.has("xlsx")) {
    files.push(
      ...(await emitXlsx([ratingsWorkbook(report.summary, index, lang)], {
        isoDate: packageDate(model.documents.date),
      })),
    );
  }
  return { month: report.summary.month, files };
}

/** `procspec ratings form`: per unit that hands or receives work, the CSV template and the printable form. */
export async function emitRatingsForms(
  model: Model,
  index: ModelIndex,
  options: Omit<RatingsEmitOptions, "month">,
): Promise<EmittedFile[]> {
  const { lang, formats } = options;
  const viewOptions: ViewOptions = { trace: false, ...(options.history ? { history: options.history } : {}) };
  const files: EmittedFile[] = [];
  const views: ReportView[] = [];
  for (const unit of model.units) {
    if (index.units.get(unit.id) !== unit) continue;
    const lines = formLines(unit, model, index);
    if (lines.length === 0) continue;
    files.push({ path: `${outputPaths.ratingsForm(unit.id)}.csv`, content: formCsv(unit, lines) });
    views.push(ratingsFormView(model, index, unit, lines, lang, viewOptions));
  }
  if (formats.has("md")) files.push(...emitMarkdown(model, index, { lang, trace: false, views }));
  if (formats.has("docx")) {
    files.push(
      ...(await emitDocx(model, index, {
        lang,
        trace: false,
        views,
        ...(options.reference ? { reference: options.reference } : {}),
      })),
    );
  }
  return files;
}
