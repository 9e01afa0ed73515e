import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { kpiWords } from "../../i18n/words/kpi.js";
import { matrixWords } from "../../i18n/words/matrices.js";
import { executorOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import { summarizeRatings } from "../../model/ratings-summary.js";
import type { Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { ViewOptions } from "./blocks.js";
import { processOrder, processTitle } from "./common.js";
import { competencyMatrixView } from "./competency-matrix.js";
import { hasKpiCards, type KpiRegisterView, kpiRegisterView } from "./kpi-register.js";
import { participationMatrixView } from "./participation-matrix.js";
import { ratingsWorkbook } from "./ratings-workbook.js";
import { assessmentsWorkbook, standardsWorkbook } from "./second-wave-workbooks.js";
import { matrixSheet, type SheetView, sheetName, type WorkbookView } from "./workbook.js";

/**
 * The job-duties register: one row per position and process it owns or executes, with the functions it performs
 * there — the whole organization's duties in one filterable table.
 */
export function jobDutiesSheet(model: Model, index: ModelIndex, lang: Lang): SheetView {
  const w = matrixWords(lang);
  const order = processOrder(model);
  const rows: SheetView["rows"] = [];
  for (const position of model.positions) {
    if (index.positions.get(position.id) !== position) continue;
    const ids = [...new Set([...position.owns, ...position.executes])].sort(
      (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    const owns = new Set(position.owns);
    const executes = new Set(position.executes);
    for (const id of ids) {
      const process = index.processes.get(id);
      if (!process) continue;
      const roles = [...(owns.has(id) ? [w.roles.owner] : []), ...(executes.has(id) ? [w.roles.executor] : [])];
      rows.push([
        position.name,
        position.unit?.name ?? "",
        processTitle(process),
        roles.join(", "),
        executorOf(process, position.id)?.functions ?? [],
      ]);
    }
  }
  const c = w.jobDuties;
  return {
    name: sheetName(w.sheets.jobDuties),
    columns: [c.position, c.unit, c.process, c.role, c.functions],
    rows,
    frozenColumns: 1,
  };
}

/**
 * Every workbook of `--format xlsx`. The matrices' workbook holds one sheet per matrix and the job-duties register;
 * another document joins by adding a sheet here (or a workbook of its own) built from its view.
 */
export function workbookViews(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: ViewOptions & { people?: boolean },
): WorkbookView[] {
  const w = matrixWords(lang);
  const words = documentWords(lang);
  const participation = participationMatrixView(model, index, lang, options);
  const competency = competencyMatrixView(model, index, lang, options);
  const workbooks: WorkbookView[] = [
    {
      path: outputPaths.matrices,
      lang,
      title: `${words.titles.participationMatrix}, ${words.titles.competencyMatrix}`,
      sheets: [
        matrixSheet(w.sheets.participation, participation.sheet),
        matrixSheet(w.sheets.competency, competency.sheet, w.kind),
        jobDutiesSheet(model, index, lang),
      ],
    },
    ...standardsWorkbook(model, index, lang, options),
    ...(options.people === false ? [] : assessmentsWorkbook(model, index, lang, options)),
  ];
  if (hasKpiCards(model)) workbooks.push(kpiRegisterWorkbook(kpiRegisterView(model, index, lang, options)));
  const ratings = model.ratings ? summarizeRatings(model, index) : undefined;
  if (ratings) workbooks.push(ratingsWorkbook(ratings, index, lang));
  return workbooks;
}

/**
 * The KPI register as a workbook for HR and finance: every card's KPIs with their weights (the position and its
 * variable pay on every row, so a filter keeps them), and the process indicators no card uses.
 */
function kpiRegisterWorkbook(view: KpiRegisterView): WorkbookView {
  let position = "";
  let share = "";
  const text = (cell: string | readonly string[] | undefined) =>
    typeof cell === "string" ? cell : (cell ?? []).join(", ");
  const cards = view.cards.table.rows.map((row) => {
    const [name, bonusShare, kpi, process, weight] = row.cells.map(text);
    if (name) [position, share] = [name, bonusShare ?? ""];
    const n = Number((weight ?? "").replace(",", ".").replace(/\s/g, ""));
    return [position, share, kpi ?? "", process ?? "", Number.isFinite(n) && weight !== "—" ? n : (weight ?? "")];
  });
  return {
    path: view.path,
    lang: view.lang,
    title: view.title,
    sheets: [
      {
        name: sheetName(kpiWords(view.lang).register.sheetCards),
        columns: view.cards.table.columns,
        rows: cards,
        frozenColumns: 1,
      },
      {
        name: sheetName(kpiWords(view.lang).register.sheetUnused),
        columns: view.unused.table.columns,
        rows: view.unused.table.rows.map((row) => row.cells.map(text)),
        frozenColumns: 1,
      },
    ],
  };
}
