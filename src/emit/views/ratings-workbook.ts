import type { Lang } from "../../i18n/lang.js";
import { ratingsWords } from "../../i18n/words/ratings.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { RatingsSummary } from "../../model/ratings-summary.js";
import { outputPaths } from "../files.js";
import { fromText, sideName } from "./ratings-report.js";
import { type SheetView, sheetName, type WorkbookView } from "./workbook.js";

/**
 * The month's ratings as a workbook for HR and the heads of units: averages by month, the unit × unit table, the
 * bonus list and the comments, one sheet each — the same figures and words as the report, from the same summary.
 */
export function ratingsWorkbook(summary: RatingsSummary, index: ModelIndex, lang: Lang): WorkbookView {
  const w = ratingsWords(lang);
  const months = summary.rated[0]?.months.map((m) => m.month) ?? [];
  const round = (v: number) => Number(v.toFixed(2));
  const averages: SheetView = {
    name: sheetName(w.chart.trend),
    columns: [w.bonus.side, ...months.map(w.shortMonth)],
    rows: summary.rated.map((side) => [
      sideName(side.party, index, lang),
      ...side.months.map((m) => (m.average === undefined ? "" : round(m.average))),
    ]),
  };
  const unitName = (id: string) => index.units.get(id)?.name ?? id;
  const cells = new Map(summary.heat.cells.map((c) => [`${c.rater}\u0000${c.rated}`, c.average]));
  const heat: SheetView = {
    name: sheetName(w.heat.heading(w.shortMonth(summary.month))),
    columns: [w.heat.corner, ...summary.heat.rated.map(unitName)],
    rows: summary.heat.raters.map((rater) => [
      unitName(rater),
      ...summary.heat.rated.map((rated) => {
        const v = cells.get(`${rater}\u0000${rated}`);
        return v === undefined ? "" : round(v);
      }),
    ]),
  };
  const bonus: SheetView = {
    name: sheetName(w.bonus.heading),
    columns: [w.bonus.side, w.bonus.average, w.bonus.count, ""],
    rows: [
      ...summary.bonus.high.map((e) => [
        sideName(e.party, index, lang),
        round(e.average),
        e.count,
        w.bonus.high(w.number(summary.bonusThreshold)),
      ]),
      ...summary.bonus.low.map((e) => [sideName(e.party, index, lang), round(e.average), e.count, w.bonus.low]),
    ],
  };
  const c = w.comments;
  const comments: SheetView = {
    name: sheetName(c.heading),
    columns: [w.bonus.side, c.process, c.score, c.comment, c.from, ...(summary.anonymous ? [] : [c.date])],
    rows: summary.rated.flatMap((side) =>
      side.comments.flatMap((group) =>
        group.comments.map((comment) => [
          sideName(side.party, index, lang),
          group.process ? (index.processes.get(group.process)?.name ?? group.process) : c.noProcess,
          comment.score,
          comment.text,
          fromText(comment.from, index, lang),
          ...(summary.anonymous ? [] : [comment.date ?? ""]),
        ]),
      ),
    ),
  };
  return {
    path: outputPaths.ratingsReport(summary.month),
    lang,
    title: w.titles.report(w.month(summary.month)),
    sheets: [averages, heat, bonus, comments],
  };
}
