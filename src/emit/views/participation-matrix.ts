import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Item, Table, ViewBase, ViewOptions } from "./blocks.js";
import { documentMeta, processTitle, traceOf } from "./common.js";
import { positionColumns } from "./matrix-columns.js";

/** Participation matrix: processes × positions, each cell the roles the position plays (owner, executor, …). */
export interface ParticipationMatrixView extends ViewBase {
  document: "participation-matrix";
  legendHeading: string;
  /** "В — владелец", … */
  legend: Item[];
  columnsNote: string;
  positions: Item[];
  matrix: Table;
}

export function participationMatrixView(
  model: Model,
  _index: ModelIndex,
  lang: Lang,
  options: ViewOptions,
): ParticipationMatrixView {
  const w = documentWords(lang);
  const m = w.matrix.markers;
  const { numbers, legend } = positionColumns(model.positions);
  const rows = model.processes.map((process) => ({
    cells: [
      processTitle(process),
      ...model.positions.map((position) => {
        const marks: string[] = [];
        if (process.owner?.id === position.id) marks.push(m.owner);
        if (process.executors.some((e) => e.position?.id === position.id)) marks.push(m.executor);
        if (process.clients.some((c) => c.party.kind === "position" && c.party.ref?.id === position.id))
          marks.push(m.client);
        if (process.suppliers.some((s) => s.kind === "position" && s.ref?.id === position.id)) marks.push(m.supplier);
        return marks.join(", ");
      }),
    ],
    ...traceOf(process.source, options),
  }));
  const keys = ["owner", "executor", "client", "supplier"] as const;
  return {
    document: "participation-matrix",
    path: outputPaths.participationMatrix,
    lang,
    title: w.titles.participationMatrix,
    meta: documentMeta(model, lang),
    legendHeading: w.matrix.legend,
    legend: keys.map((k) => ({ text: `${m[k]} — ${w.matrix.markerNames[k]}` })),
    columnsNote: w.matrix.columnsNote,
    positions: legend,
    matrix: { columns: [w.common.process, ...numbers], rows },
  };
}
