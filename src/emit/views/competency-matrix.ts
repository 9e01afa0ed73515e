import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { executorOf, processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import { sameText } from "../../model/same-text.js";
import type { Competencies, Model, Position, Unit } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Table, ViewBase, ViewOptions } from "./blocks.js";
import { mergeDistinct } from "./common.js";
import { documentFrame } from "./frame.js";
import { type MatrixSection, positionColumns } from "./matrix-columns.js";

/**
 * Competency matrix, one part per unit: rows are the competencies its positions need (by kind), columns are those
 * positions, `●` where a position needs it. Units are where positions are staffed and trained, and a part per unit
 * keeps every table as small as the unit.
 */
export interface CompetencyMatrixView extends ViewBase {
  document: "competency-matrix";
  columnsNote: string;
  /** One per unit that has positions, in document order; positions outside any unit come last. */
  units: CompetencyMatrixUnit[];
}

/** A unit's part: its heading and positions (as in `MatrixSection`), a table per kind of competency. */
export interface CompetencyMatrixUnit extends Omit<MatrixSection, "table"> {
  sections: { heading: string; table: Table }[];
}

function competenciesOf(position: Position, index: ModelIndex, key: keyof Competencies): string[] {
  return processesOf(position.executes, index).flatMap((p) => executorOf(p, position.id)?.competencies?.[key] ?? []);
}

/** Positions by unit, units in document order; positions whose unit is missing or unknown under `undefined`. */
function positionsByUnit(model: Model, index: ModelIndex): Map<Unit | undefined, Position[]> {
  const groups = new Map<Unit | undefined, Position[]>(model.units.map((u) => [u, []]));
  const outside: Position[] = [];
  for (const position of model.positions) {
    const unit = position.unit && index.units.get(position.unit.id);
    const list = unit ? groups.get(unit) : outside;
    list?.push(position);
  }
  groups.set(undefined, outside);
  return groups;
}

export function competencyMatrixView(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: ViewOptions,
): CompetencyMatrixView {
  const w = documentWords(lang);
  const kinds: [keyof Competencies, string][] = [
    ["knowledge", w.matrix.knowledge],
    ["skills", w.matrix.skills],
    ["qualities", w.matrix.qualities],
  ];
  const units: CompetencyMatrixUnit[] = [];
  for (const [unit, positions] of positionsByUnit(model, index)) {
    if (positions.length === 0) continue;
    const { numbers, legend } = positionColumns(positions);
    // Knowledge includes the general knowledge of the profile: both are what a candidate must know.
    const listsOf = (key: keyof Competencies) =>
      positions.map((p) => [...(key === "knowledge" ? p.generalKnowledge : []), ...competenciesOf(p, index, key)]);
    const sections = kinds
      .map(([key, heading]) => {
        const lists = listsOf(key);
        const keys = lists.map((list) => new Set(list.map(sameText)));
        const rows = mergeDistinct(lists).map((competency) => {
          const k = sameText(competency);
          return { cells: [competency, ...keys.map((set) => (set.has(k) ? w.matrix.has : ""))] };
        });
        return { heading, table: { columns: [w.matrix.competency, ...numbers], rows } };
      })
      .filter((s) => s.table.rows.length > 0);
    if (sections.length === 0) continue;
    units.push({ heading: unit ? unit.name : `${w.common.unit}: ${w.common.none}`, positions: legend, sections });
  }
  return {
    document: "competency-matrix",
    path: outputPaths.competencyMatrix,
    lang,
    title: w.titles.competencyMatrix,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    columnsNote: w.matrix.columnsNote,
    units,
  };
}
