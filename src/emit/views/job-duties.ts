import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { positionDocumentWords } from "../../i18n/words/position-documents.js";
import { stepWords } from "../../i18n/words/steps.js";
import { executorOf, processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Item, Link, Table, ViewBase, ViewOptions } from "./blocks.js";
import { goalsOf, indicatorText, processTitle, traceOf } from "./common.js";
import { kpiCardReference } from "./kpi-card.js";
import { acknowledgedFrame } from "./position-frame.js";
import { positionFields } from "./position-header.js";

/** The processes a position owns, with what an owner answers for (docs/method.md, "Owners"). */
export interface OwnerSection {
  heading: string;
  /** «Владелец процесса:» and the owner's duties in the guide's words. */
  lead: string;
  duties: Item[];
  /** Process | clients and goals | indicators with how they are measured and their targets. */
  table: Table;
}

/**
 * Job duties (docs/method.md, "The documents and where each comes from"): the processes the position owns in a section of their own, then one row per
 * process it executes. Section headings carry their numbers, so Markdown and DOCX number them alike.
 */
export interface JobDutiesView extends ViewBase {
  document: "job-duties";
  positionId: string;
  fields: Field[];
  /** How the document was compiled: printed only with `--notes` (a signed document carries no tool's remarks). */
  intro?: string;
  owner?: OwnerSection;
  /** Heading of the executor's table; absent when the position executes nothing. */
  dutiesHeading?: string;
  /** Process | functions | goals | results | indicators. */
  duties: Table;
  /** Shown instead of both sections when the position neither owns nor executes a process. */
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
  const p = positionDocumentWords[lang];
  const owned = processesOf(position.owns, index);
  const ownedIds = new Set(position.owns);
  const rows = processesOf(position.executes, index).map((process) => {
    const executor = executorOf(process, position.id);
    // The owner's section (always section 1) already states the goals and indicators of an owned process.
    const inOwnerSection = ownedIds.has(process.id);
    return {
      cells: [
        processTitle(process),
        executor?.functions ?? [],
        inOwnerSection ? p.jobDuties.seeOwnerSection : goalsOf(process, w, p.company),
        process.results.map((r) => r.name),
        inOwnerSection ? p.jobDuties.seeOwnerSection : process.indicators.map((i) => indicatorText(i, w)),
      ],
      ...traceOf(executor?.source ?? process.source, options),
    };
  });
  let number = 0;
  const numbered = (heading: string) => `${++number}. ${heading}`;
  const view: JobDutiesView = {
    document: "job-duties",
    path: outputPaths.jobDuties(position.id),
    lang,
    title: p.titles.jobDuties(position),
    meta: acknowledgedFrame(model, index, position, lang, options, false),
    positionId: position.id,
    fields: positionFields(position, index, lang),
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
  if (options.notes) view.intro = w.jobDuties.intro;
  if (owned.length > 0) {
    view.owner = {
      heading: numbered(p.jobDuties.owner),
      lead: p.jobDuties.ownerLead,
      duties: p.jobDuties.ownerDuties.map((text) => ({ text })),
      table: {
        columns: [w.common.process, p.jobDuties.ownerGoals, p.jobDuties.ownerIndicators],
        rows: owned.map((process) => ({
          cells: [
            processTitle(process),
            goalsOf(process, w, p.company),
            process.indicators.map((i) => indicatorText(i, w)),
          ],
          ...traceOf(process.source, options),
        })),
      },
    };
  }
  if (rows.length > 0) view.dutiesHeading = numbered(p.jobDuties.executor);
  if (rows.length === 0 && owned.length === 0) view.empty = w.jobDuties.empty;
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
