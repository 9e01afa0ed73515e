import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { positionDocumentWords } from "../../i18n/words/position-documents.js";
import { executorOf, processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Table, ViewBase, ViewOptions } from "./blocks.js";
import { processTitle, traceOf } from "./common.js";
import { agreedFrame } from "./position-frame.js";
import { positionFields } from "./position-header.js";

/** Competencies (docs/method.md, "The documents and where each comes from"): per executed process, the knowledge, skills and qualities it needs. */
export interface CompetenciesView extends ViewBase {
  document: "competencies";
  positionId: string;
  fields: Field[];
  /** How the document was compiled: printed only with `--notes`. */
  intro?: string;
  /** Process | functions in it | knowledge | skills | personal qualities: the guide's table. */
  competencies: Table;
  empty?: string;
}

export function competenciesView(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  options: ViewOptions,
): CompetenciesView {
  const w = documentWords(lang);
  const p = positionDocumentWords[lang];
  const rows = processesOf(position.executes, index).map((process) => {
    const executor = executorOf(process, position.id);
    const c = executor?.competencies;
    return {
      cells: [
        processTitle(process),
        executor?.functions ?? [],
        c?.knowledge ?? [],
        c?.skills ?? [],
        c?.qualities ?? [],
      ],
      ...traceOf(executor?.source ?? process.source, options),
    };
  });
  const view: CompetenciesView = {
    document: "competencies",
    path: outputPaths.competencies(position.id),
    lang,
    title: p.titles.competencies(position),
    meta: agreedFrame(model, index, position, lang, options),
    positionId: position.id,
    fields: positionFields(position, index, lang),
    competencies: {
      columns: [
        w.common.process,
        p.competencies.functions,
        w.competencies.knowledge,
        w.competencies.skills,
        w.competencies.qualities,
      ],
      rows,
    },
  };
  if (options.notes) view.intro = w.competencies.intro;
  if (rows.length === 0) view.empty = w.competencies.empty;
  return view;
}
