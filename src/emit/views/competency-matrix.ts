import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { matrixWords } from "../../i18n/words/matrices.js";
import { executorOf, processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import { sameText } from "../../model/same-text.js";
import type { Competencies, Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Table, ViewBase, ViewOptions } from "./blocks.js";
import { mergeDistinct } from "./common.js";
import { documentFrame } from "./frame.js";
import {
  columnGroups,
  columnLegend,
  groupHeading,
  MATRIX_COLUMNS,
  type MatrixColumn,
  type MatrixSection,
  matrixPositions,
  type Paper,
  paperOf,
} from "./matrix-columns.js";
import type { SparseMatrix } from "./participation-matrix.js";

/**
 * Competency matrix: competencies (rows, grouped as knowledge, skills, qualities) × positions (columns), `●` where
 * a position needs it. One company-wide table while the positions fit the page; past that, one part per group of
 * positions (whole units together) with the competencies those positions need — never a one-column table.
 */
export interface CompetencyMatrixView extends ViewBase {
  document: "competency-matrix";
  paper: Paper;
  columnsNote: string;
  /** One part per group of positions; a single part when they all fit. */
  units: CompetencyMatrixUnit[];
  sheet: SparseMatrix;
}

/** A part: its heading and positions (as in `MatrixSection`), a table per kind of competency. */
export interface CompetencyMatrixUnit extends Omit<MatrixSection, "table"> {
  sections: { heading: string; table: Table }[];
}

function competenciesOf(position: Position, index: ModelIndex, key: keyof Competencies): string[] {
  // Knowledge includes the general knowledge of the profile: both are what a candidate must know.
  return [
    ...(key === "knowledge" ? position.generalKnowledge : []),
    ...processesOf(position.executes, index).flatMap((p) => executorOf(p, position.id)?.competencies?.[key] ?? []),
  ];
}

export function competencyMatrixView(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: ViewOptions,
): CompetencyMatrixView {
  const w = documentWords(lang);
  const paper = paperOf(model);
  const kinds: [keyof Competencies, string][] = [
    ["knowledge", w.matrix.knowledge],
    ["skills", w.matrix.skills],
    ["qualities", w.matrix.qualities],
  ];
  // Each position's competencies by kind, computed once: their wording as written and the de-duplication keys.
  const needs = new Map<string, Record<keyof Competencies, { texts: string[]; keys: Set<string> }>>();
  for (const position of model.positions) {
    if (index.positions.get(position.id) !== position) continue;
    const entry = {} as Record<keyof Competencies, { texts: string[]; keys: Set<string> }>;
    for (const [key] of kinds) {
      const texts = competenciesOf(position, index, key);
      entry[key] = { texts, keys: new Set(texts.map(sameText)) };
    }
    needs.set(position.id, entry);
  }
  const hasAny = (p: Position) => kinds.some(([key]) => (needs.get(p.id)?.[key].texts.length ?? 0) > 0);
  const columns = matrixPositions(model, index, hasAny);

  const tablesOf = (group: readonly MatrixColumn[]) =>
    kinds
      .map(([key, heading]) => {
        const lists = group.map((c) => needs.get(c.id)?.[key]);
        const rows = mergeDistinct(lists.map((l) => l?.texts ?? [])).map((competency) => {
          const k = sameText(competency);
          return { cells: [competency, ...lists.map((l) => (l?.keys.has(k) ? w.matrix.has : ""))] };
        });
        return { heading, table: { columns: [w.matrix.competency, ...group.map((c) => String(c.number))], rows } };
      })
      .filter((s) => s.table.rows.length > 0);

  const groups = columnGroups(columns, (id) => index.positions.get(id)?.unit?.id, MATRIX_COLUMNS[paper]);
  const units = groups.map(
    (group): CompetencyMatrixUnit => ({
      heading: groupHeading(group, groups.length, matrixWords(lang).positionsRange),
      positions: columnLegend(group),
      columns: group,
      sections: tablesOf(group),
    }),
  );

  // The spreadsheet: every competency once, with its kind, and a mark for each position that needs it — built from
  // each position's own list, so the work grows with the marks, not with competencies × positions.
  const sheetRows: SparseMatrix["rows"] = [];
  for (const [key, heading] of kinds) {
    const byText = new Map<string, SparseMatrix["rows"][number]>();
    const order: string[] = [];
    for (const [i, column] of columns.entries()) {
      for (const text of new Set(needs.get(column.id)?.[key].texts ?? [])) {
        const k = sameText(text);
        if (k === "") continue;
        let row = byText.get(k);
        if (!row) {
          row = { label: text, group: heading, marks: [] };
          byText.set(k, row);
          order.push(k);
        }
        if (row.marks[row.marks.length - 1]?.[0] !== i) row.marks.push([i, w.matrix.has]);
      }
    }
    for (const k of order) sheetRows.push(byText.get(k) as SparseMatrix["rows"][number]);
  }
  return {
    document: "competency-matrix",
    path: outputPaths.competencyMatrix,
    lang,
    title: w.titles.competencyMatrix,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    paper,
    columnsNote: w.matrix.columnsNote,
    units,
    sheet: { corner: w.matrix.competency, columns, rows: sheetRows },
  };
}
