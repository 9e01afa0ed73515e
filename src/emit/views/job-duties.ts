import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { stepWords } from "../../i18n/words/steps.js";
import { executorOf, processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Link, Table, ViewBase, ViewOptions } from "./blocks.js";
import { goalsOf, indicatorText, processTitle, traceOf } from "./common.js";
import { kpiCardReference } from "./kpi-card.js";
import { acknowledgedFrame } from "./position-frame.js";
import { positionFields } from "./position-header.js";

/** Job duties (DOMAIN.md "Job duties"): one row per process the position executes. */
export interface JobDutiesView extends ViewBase {
  document: "job-duties";
  positionId: string;
  fields: Field[];
  intro: string;
  /** Process | functions | goals | results | indicators. */
  duties: Table;
  /** Shown instead of the table when the position executes nothing. */
  empty?: string;
  /** After the duties: the KPI card the position is paid by. */
  kpiCard?: { text: string; link: Link };
  /** The instructions the position works by and the systems it records in, when it has any. */
  instructions?: { heading: string; links: Link[] };
  systems?: { heading: string; links: Link[] };
}

export function jobDutiesView(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  options: ViewOptions,
): JobDutiesView {
  const w = documentWords(lang);
  const rows = processesOf(position.executes, index).map((process) => {
    const executor = executorOf(process, position.id);
    return {
      cells: [
        processTitle(process),
        executor?.functions ?? [],
        goalsOf(process, w),
        process.results.map((r) => r.name),
        process.indicators.map((i) => indicatorText(i, w)),
      ],
      ...traceOf(executor?.source ?? process.source, options),
    };
  });
  const view: JobDutiesView = {
    document: "job-duties",
    path: outputPaths.jobDuties(position.id),
    lang,
    title: w.titles.jobDuties,
    meta: acknowledgedFrame(model, index, position, lang, options, false),
    positionId: position.id,
    fields: positionFields(position, index, lang),
    intro: w.jobDuties.intro,
    duties: {
      columns: [
        w.common.process,
        w.jobDuties.functions,
        w.jobDuties.goals,
        w.jobDuties.results,
        w.jobDuties.indicators,
      ],
      rows,
    },
  };
  if (rows.length === 0) view.empty = w.jobDuties.empty;
  const kpiCard = kpiCardReference(position, lang);
  if (kpiCard) view.kpiCard = kpiCard;
  const s = stepWords(lang);
  const instructions = position.instructions.flatMap((id) => {
    const instruction = index.instructions.get(id);
    return instruction ? [{ text: instruction.name, to: outputPaths.instruction(id) }] : [];
  });
  if (instructions.length > 0) view.instructions = { heading: s.jobDuties.instructions, links: instructions };
  const systems = position.systems.flatMap((id) => {
    const system = index.systems.get(id);
    return system ? [{ text: system.name, to: outputPaths.systemRegulation(id) }] : [];
  });
  if (systems.length > 0) view.systems = { heading: s.jobDuties.systems, links: systems };
  return view;
}
