/**
 * The ratings between units for one month (docs/ratings.md) as a generic report view, so that Markdown, DOCX, the
 * site and the spreadsheet render the same content. It prints only what `summarizeRatings` hands it: with
 * `anonymous`, comments arrive without their raters, and rating positions are never named here.
 */

import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { ratingsWords } from "../../i18n/words/ratings.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { RatingParty } from "../../model/ratings.js";
import type { BonusEntry, CommentFrom, RatedSummary, RatingsSummary } from "../../model/ratings-summary.js";
import type { Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Row, ViewOptions } from "./blocks.js";
import { documentFrame } from "./frame.js";
import { heading, paragraph, type ReportBlock, type ReportView, type Shade } from "./report.js";

/** The key of a side's chart among the DOCX images, and its file name. */
export const ratingsChartName = (month: string, side: string): string => `ratings-${month}-${side}`;

export function sideName(party: RatingParty, index: ModelIndex, lang: Lang): string {
  if (party.kind === "unit") return party.name;
  const unit = party.unit === undefined ? undefined : index.units.get(party.unit)?.name;
  return ratingsWords(lang).positionHeading(party.name, unit);
}

export function fromText(from: CommentFrom, index: ModelIndex, lang: Lang): string {
  const w = ratingsWords(lang);
  if (from.kind === "colleagues") return w.colleagues;
  if (from.kind === "unit") return index.units.get(from.unit)?.name ?? from.unit;
  return from.party.name;
}

function sideBlocks(side: RatedSummary, summary: RatingsSummary, index: ModelIndex, lang: Lang): ReportBlock[] {
  const w = ratingsWords(lang);
  const name = sideName(side.party, index, lang);
  const now = side.months.at(-1);
  const count = side.distribution.reduce((a, b) => a + b, 0);
  const trend =
    side.trend === undefined ? w.noTrend : w.trendValue(side.trend, w.number(Math.abs(side.trend)).replace("-", ""));
  const blocks: ReportBlock[] = [
    heading(name),
    {
      kind: "fields",
      fields: [
        {
          label: w.average(w.month(summary.month)),
          value: now?.average === undefined ? w.monthly.none : w.averageValue(w.number(now.average), count),
        },
        { label: w.trend, value: trend },
      ],
    },
    {
      kind: "image",
      name: ratingsChartName(summary.month, side.party.id),
      path: outputPaths.ratingsChart(summary.month, side.party.id),
      alt: w.chart.alt(name),
    },
    {
      kind: "table",
      table: {
        columns: [w.monthly.month, ...side.months.map((m) => w.shortMonth(m.month))],
        rows: [
          {
            cells: [
              w.monthly.average,
              ...side.months.map((m) => (m.average === undefined ? w.monthly.none : w.number(m.average))),
            ],
          },
          { cells: [w.monthly.count, ...side.months.map((m) => String(m.count))] },
        ],
      },
      weights: [22, ...side.months.map(() => Math.max(6, Math.floor(78 / side.months.length)))],
      centered: side.months.map((_, i) => i + 1),
    },
    {
      kind: "table",
      table: {
        columns: [w.distribution.score, "1", "2", "3", "4", "5"],
        rows: [{ cells: [w.distribution.count, ...side.distribution.map(String)] }],
      },
      weights: [30, 14, 14, 14, 14, 14],
      centered: [1, 2, 3, 4, 5],
    },
    heading(w.comments.heading, 3),
  ];
  if (side.comments.length === 0) {
    blocks.push(paragraph(w.comments.none));
    return blocks;
  }
  const named = !summary.anonymous;
  const rows: Row[] = [];
  for (const group of side.comments) {
    const process = group.process ? (index.processes.get(group.process)?.name ?? group.process) : w.comments.noProcess;
    group.comments.forEach((c, i) => {
      rows.push({
        cells: [
          i === 0 ? process : "",
          String(c.score),
          c.text,
          fromText(c.from, index, lang),
          ...(named ? [c.date ?? ""] : []),
        ],
      });
    });
  }
  blocks.push({
    kind: "table",
    table: {
      columns: [
        w.comments.process,
        w.comments.score,
        w.comments.comment,
        w.comments.from,
        ...(named ? [w.comments.date] : []),
      ],
      rows,
    },
    weights: named ? [22, 10, 40, 16, 12] : [24, 10, 46, 20],
    centered: [1],
  });
  return blocks;
}

function heatBlocks(summary: RatingsSummary, index: ModelIndex, lang: Lang): ReportBlock[] {
  const w = ratingsWords(lang);
  const unitName = (id: string) => index.units.get(id)?.name ?? id;
  const cells = new Map(summary.heat.cells.map((c) => [`${c.rater}\u0000${c.rated}`, c]));
  const shades: Array<Array<Shade | undefined>> = [];
  const rows: Row[] = summary.heat.raters.map((rater) => {
    const line = summary.heat.rated.map((rated) => cells.get(`${rater}\u0000${rated}`));
    shades.push([
      undefined,
      ...line.map((c): Shade | undefined =>
        c === undefined ? undefined : c.average < 3 ? "low" : c.average >= summary.bonusThreshold ? "ok" : undefined,
      ),
    ]);
    return { cells: [unitName(rater), ...line.map((c) => (c ? w.number(c.average) : w.monthly.none))] };
  });
  const width = Math.max(8, Math.floor(70 / Math.max(1, summary.heat.rated.length)));
  return [
    heading(w.heat.heading(w.month(summary.month))),
    paragraph(w.heat.intro(w.number(summary.bonusThreshold))),
    {
      kind: "table",
      table: { columns: [w.heat.corner, ...summary.heat.rated.map(unitName)], rows },
      weights: [30, ...summary.heat.rated.map(() => width)],
      centered: summary.heat.rated.map((_, i) => i + 1),
      shades,
    },
  ];
}

function bonusBlocks(summary: RatingsSummary, index: ModelIndex, lang: Lang): ReportBlock[] {
  const w = ratingsWords(lang);
  const [from = summary.month] = summary.window;
  const list = (title: string, entries: readonly BonusEntry[]): ReportBlock[] => [
    heading(title, 3),
    entries.length === 0
      ? paragraph(w.bonus.none)
      : {
          kind: "table",
          table: {
            columns: [w.bonus.side, w.bonus.average, w.bonus.count],
            rows: entries.map((e) => ({
              cells: [sideName(e.party, index, lang), w.number(e.average), String(e.count)],
            })),
          },
          weights: [60, 22, 18],
          centered: [1, 2],
        },
  ];
  const threshold = w.number(summary.bonusThreshold);
  return [
    heading(w.bonus.heading),
    paragraph(w.bonus.intro(w.monthRange(from, summary.month), threshold)),
    ...list(w.bonus.high(threshold), summary.bonus.high),
    ...list(w.bonus.low, summary.bonus.low),
  ];
}

/** The CSV files the month's figures come from, for the passport. */
function ratingFiles(model: Model): string[] {
  return [...new Set((model.ratings?.rows ?? []).map((r) => r.file))].sort();
}

export function ratingsReportView(
  model: Model,
  index: ModelIndex,
  summary: RatingsSummary,
  lang: Lang,
  options: ViewOptions,
): ReportView {
  const w = ratingsWords(lang);
  // A report, not an approved document: the passport (who developed it, from which files), no signatures.
  const { passport } = documentFrame(model, index, lang, options, { sources: ratingFiles(model) });
  return {
    document: "ratings-report",
    path: outputPaths.ratingsReport(summary.month),
    lang,
    title: w.titles.report(w.month(summary.month)),
    meta: passport ? { passport } : {},
    landscape: summary.heat.rated.length > 5,
    personal: false,
    blocks: [
      paragraph(w.intro),
      paragraph(summary.anonymous ? w.anonymous : w.named, true),
      ...summary.rated.flatMap((side) => sideBlocks(side, summary, index, lang)),
      ...heatBlocks(summary, index, lang),
      ...bonusBlocks(summary, index, lang),
    ],
    none: documentWords(lang).common.none,
  };
}
