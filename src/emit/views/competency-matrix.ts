import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Competencies, Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Item, Table, ViewBase, ViewOptions } from "./blocks.js";
import { documentMeta, executorOf, mergeDistinct, processesOf, sameText } from "./common.js";
import { positionColumns } from "./matrix-columns.js";

/** Competency matrix: rows are competencies (by kind), columns are positions, `●` where a position needs it. */
export interface CompetencyMatrixView extends ViewBase {
  document: "competency-matrix";
  columnsNote: string;
  /** "1 — Мастер-приёмщик", one per numbered column. */
  positions: Item[];
  sections: { heading: string; table: Table }[];
}

function competenciesOf(position: Position, index: ModelIndex, key: keyof Competencies): string[] {
  return processesOf(position.executes, index).flatMap((p) => executorOf(p, position.id)?.competencies?.[key] ?? []);
}

export function competencyMatrixView(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  _options: ViewOptions,
): CompetencyMatrixView {
  const w = documentWords(lang);
  const positions = model.positions;
  const { numbers, legend } = positionColumns(positions);
  // Knowledge includes the general knowledge of the profile: both are what a candidate must know.
  const perPosition: Record<keyof Competencies, string[][]> = {
    knowledge: positions.map((p) => [...p.generalKnowledge, ...competenciesOf(p, index, "knowledge")]),
    skills: positions.map((p) => competenciesOf(p, index, "skills")),
    qualities: positions.map((p) => competenciesOf(p, index, "qualities")),
  };
  const section = (key: keyof Competencies, heading: string) => {
    const lists = perPosition[key];
    const keys = lists.map((list) => new Set(list.map(sameText)));
    const rows = mergeDistinct(lists).map((competency) => ({
      cells: [competency, ...keys.map((set) => (set.has(sameText(competency)) ? w.matrix.has : ""))],
    }));
    return { heading, table: { columns: [w.matrix.competency, ...numbers], rows } };
  };
  return {
    document: "competency-matrix",
    path: outputPaths.competencyMatrix,
    lang,
    title: w.titles.competencyMatrix,
    meta: documentMeta(model, lang),
    columnsNote: w.matrix.columnsNote,
    positions: legend,
    sections: [
      section("knowledge", w.matrix.knowledge),
      section("skills", w.matrix.skills),
      section("qualities", w.matrix.qualities),
    ].filter((s) => s.table.rows.length > 0),
  };
}
