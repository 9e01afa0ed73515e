import type { Lang } from "../../i18n/lang.js";
import { hrWords } from "../../i18n/words/hr.js";
import { profstandardWords } from "../../i18n/words/profstandards.js";
import type { ModelIndex } from "../../model/index-model.js";
import { compareWithStandard } from "../../model/standard-comparison.js";
import type { Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import { assessedPositions, assessmentSummaryView } from "./assessment-summary.js";
import type { Table, ViewOptions } from "./blocks.js";
import { actionRow, linkedPositions } from "./profstandard-comparison.js";
import { profstandardListView } from "./profstandard-list.js";
import type { ReportView } from "./report.js";
import { type SheetView, sheetName, type WorkbookView } from "./workbook.js";

/** The first table of a report view as a sheet: the same rows the Markdown and DOCX show. */
function tableOf(view: ReportView): Table | undefined {
  for (const block of view.blocks) if (block.kind === "table") return block.table;
  return undefined;
}

function sheet(name: string, table: Table): SheetView {
  return { name: sheetName(name), columns: table.columns, rows: table.rows.map((r) => r.cells), frozenColumns: 1 };
}

/**
 * The standards workbook: the list of positions and standards, then one sheet per linked position with every labour
 * action, its covering function and whether the match is confirmed — for the working group to filter and sort.
 */
export function standardsWorkbook(model: Model, index: ModelIndex, lang: Lang, options: ViewOptions): WorkbookView[] {
  const linked = linkedPositions(model);
  if (linked.length === 0) return [];
  const w = profstandardWords(lang);
  const list = profstandardListView(model, index, lang, options);
  const sheets: SheetView[] = [];
  const listTable = tableOf(list);
  if (listTable) sheets.push(sheet(w.titles.list, listTable));
  const a = w.actions;
  for (const position of linked) {
    const c = compareWithStandard(position, model, index);
    if (c.actions.length === 0) continue;
    sheets.push({
      name: sheetName(position.name),
      columns: [a.number, w.fields.standard, a.action, a.function, a.status],
      rows: c.actions.map((action) => {
        const [ref = "", text = "", by = "", status = ""] = actionRow(action, lang).cells;
        return [ref, `${action.labourFunction.code} ${action.labourFunction.name}`, text, by, status];
      }),
      frozenColumns: 1,
    });
  }
  return [{ path: outputPaths.profstandardsWorkbook, lang, title: w.titles.list, sheets }];
}

/** The heat tables of every assessed position, one sheet each: personal data, so under `people/`. */
export function assessmentsWorkbook(model: Model, index: ModelIndex, lang: Lang, options: ViewOptions): WorkbookView[] {
  const sheets = assessedPositions(model, index).flatMap((position) => {
    const table = tableOf(assessmentSummaryView(model, index, position, lang, options));
    return table ? [sheet(position.name, table)] : [];
  });
  if (sheets.length === 0) return [];
  return [{ path: outputPaths.assessmentsWorkbook, lang, title: hrWords(lang).titles.summaries, sheets }];
}
