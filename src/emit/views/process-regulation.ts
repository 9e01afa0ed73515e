import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { frameWords } from "../../i18n/words/frame.js";
import { stepWords } from "../../i18n/words/steps.js";
import type { SourceRef } from "../../load/source.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Process, Step } from "../../model/types.js";
import { swimlaneName } from "../diagrams/swimlane-names.js";
import { outputPaths } from "../files.js";
import type { Field, Item, Table, ViewBase, ViewOptions } from "./blocks.js";
import { processTitle, refLink, traceOf } from "./common.js";
import { documentFrame, sourceFiles } from "./frame.js";

/** The printable parts of each process's swimlane diagram, by process id (from the layout, which the CLI makes). */
export type SwimlaneParts = ReadonlyMap<string, readonly SwimlanePartRef[]>;
export interface SwimlanePartRef {
  name: string;
  caption?: string;
}

/** One picture of the diagram section: the whole diagram, or one part of it with its caption. */
export interface DiagramPartView extends SwimlanePartRef {
  image?: { alt: string; path: string };
}

/** A decision of the course: the step and where each condition leads. */
export interface DecisionView {
  step: string;
  branches: string[];
}

/**
 * The regulation of a process (part two of the method): who does which step, with what input and output, in
 * what time, in which system and by which instruction — with the process's purpose, participants, clients,
 * inputs and outputs, decisions, swimlane diagram, indicators and each participant's responsibility.
 */
export interface ProcessRegulationView extends ViewBase {
  document: "process-regulation";
  processId: string;
  general: { heading: string; fields: Field[]; purposeHeading: string; purpose: string; scope: string };
  participants: { heading: string; table: Table };
  clients: { heading: string; table: Table };
  inputs: { heading: string; table: Table };
  outputs: { heading: string; table: Table };
  course: { heading: string; intro: string; table: Table };
  decisions: { heading: string; items: DecisionView[]; none: string };
  /** `split`: said when the diagram is printed in parts (more than one in `parts`). */
  diagram: { heading: string; intro: string; split?: string; parts: DiagramPartView[] };
  indicators: { heading: string; table: Table };
  responsibility: { heading: string; items: Item[] };
  none: string;
}

export function processRegulationView(
  model: Model,
  index: ModelIndex,
  process: Process,
  lang: Lang,
  options: ViewOptions & { images: boolean; parts?: readonly SwimlanePartRef[] | undefined },
): ProcessRegulationView {
  const w = documentWords(lang);
  const s = stepWords(lang);
  const r = s.regulation;
  const none = s.none;
  const numberOf = new Map<string, number>();
  for (const step of process.steps) if (!numberOf.has(step.id)) numberOf.set(step.id, step.number);
  const numbers = (ids: readonly string[]) => numberRanges(ids.map((id) => numberOf.get(id) ?? 0));

  const fields: Field[] = [{ label: r.process, value: processTitle(process) }];
  const parentLink = refLink(process.parent, index);
  if (process.parent)
    fields.push({ label: r.parent, value: process.parent.name, ...(parentLink ? { link: parentLink } : {}) });
  const ownerLink = refLink(process.owner, index);
  fields.push(
    process.owner
      ? { label: r.owner, value: process.owner.name, ...(ownerLink ? { link: ownerLink } : {}) }
      : { label: r.owner, value: none },
  );

  // Participants: the owner, then each executor in the order written, with the steps each performs.
  const stepsOf = new Map<string, Step[]>();
  for (const step of process.steps) {
    const key = step.executor?.text;
    if (key === undefined) continue;
    const list = stepsOf.get(key) ?? [];
    list.push(step);
    stepsOf.set(key, list);
  }
  const participantRows: Table["rows"] = [];
  const executorKeys = process.executors.map((e) => e.position?.id ?? e.role ?? "");
  if (process.owner && !executorKeys.includes(process.owner.id)) {
    participantRows.push({ cells: [process.owner.name, r.roleOwner, none], ...traceOf(process.source, options) });
  }
  for (const executor of process.executors) {
    const key = executor.position?.id ?? executor.role ?? "";
    const roles = [...(process.owner?.id === key ? [r.roleOwner] : []), r.roleExecutor];
    const steps = stepsOf.get(key) ?? [];
    participantRows.push({
      cells: [executor.name, roles.join(", "), steps.length > 0 ? numbers(steps.map((x) => x.id)) : none],
      ...traceOf(executor.source, options),
    });
  }

  const courseRows = process.steps.map((step, i) => {
    // The table reads top to bottom; a step that does not simply lead to the row below says where it goes.
    const below = process.steps[i + 1];
    const [only] = step.next;
    const note =
      step.next.length === 0 && below
        ? r.ends
        : step.next.length === 1 && only && only.step !== below?.id
          ? r.goesTo(numbers([only.step]))
          : undefined;
    return {
      cells: [
        String(step.number),
        note ? `${step.name} (${note})` : step.name,
        step.executor?.name ?? none,
        step.inputs.length > 0 ? step.inputs.map((x) => x.name) : none,
        step.outputs.length > 0 ? step.outputs.map((x) => x.name) : none,
        step.term ?? none,
        step.system?.name ?? none,
        step.instruction?.name ?? none,
      ],
      ...traceOf(step.source, options),
    };
  });

  const decisions: DecisionView[] = process.steps
    .filter((step) => step.next.length >= 2)
    .map((step) => ({
      step: `${step.number}. ${step.name}`,
      branches: step.next.map((t) => r.decisionLine(t.when ?? r.noCondition, numbers([t.step]))),
    }));

  const parts = options.parts ?? [{ name: swimlaneName(process.id) }];
  const executorSteps = process.executors.flatMap((executor) => {
    const key = executor.position?.id ?? executor.role ?? "";
    const steps = stepsOf.get(key) ?? [];
    if (steps.length === 0) return [];
    const systems = [...new Set(steps.flatMap((x) => (x.system ? [x.system.name] : [])))];
    const text = `${executor.name} ${r.executorResponsibility(numbers(steps.map((x) => x.id)))}${
      systems.length > 0 ? `, ${r.systemResponsibility(systems.map((x) => `«${x}»`).join(", "))}` : ""
    }.`;
    return [{ text, ...traceOf(executor.source, options) }];
  });

  const title = s.titles.regulation(processTitle(process));
  return {
    document: "process-regulation",
    path: outputPaths.regulation(process.id),
    lang,
    title,
    meta: documentFrame(model, index, lang, options, {
      sources: sourceFiles([process, ...instructionsAndSystems(process, index)]),
      ...(process.owner
        ? {
            agreement: [
              { role: frameWords[lang].parties.owner([processTitle(process)]), position: process.owner.name },
            ],
          }
        : {}),
      acknowledgement: acknowledgementRows(
        process.executors.map((e) => (e.position ? index.positions.get(e.position.id)?.headcount : undefined)),
      ),
    }),
    processId: process.id,
    general: {
      heading: r.general,
      fields,
      purposeHeading: r.purpose,
      purpose: process.description ?? none,
      scope: r.scope(process.name, [...new Set(process.executors.map((e) => e.name))].join(", ") || none),
    },
    participants: {
      heading: r.participants,
      table: {
        columns: [r.participantColumns.position, r.participantColumns.role, r.participantColumns.steps],
        rows: participantRows,
      },
    },
    clients: {
      heading: r.clients,
      table: {
        columns: [r.clientColumns.client, r.clientColumns.goals],
        rows: process.clients.map((c) => ({ cells: [c.party.name, c.goals], ...traceOf(c.source, options) })),
      },
    },
    inputs: {
      heading: r.inputs,
      table: {
        columns: [r.inputColumns.input, r.inputColumns.supplier],
        rows: process.resources.map((x) => ({
          cells: [x.name, x.from?.name ?? none],
          ...traceOf(x.source, options),
        })),
      },
    },
    outputs: {
      heading: r.outputs,
      table: {
        columns: [r.outputColumns.output, r.outputColumns.clients],
        rows: process.results.map((x) => ({
          cells: [x.name, x.to.length > 0 ? x.to.map((t) => t.name) : process.clients.map((c) => c.party.name)],
          ...traceOf(x.source, options),
        })),
      },
    },
    course: {
      heading: r.course,
      intro: r.courseIntro,
      table: {
        columns: [s.number, s.step, s.executor, s.inputs, s.outputs, s.term, s.system, s.instruction],
        rows: courseRows,
      },
    },
    decisions: { heading: r.decisions, items: decisions, none: r.noDecisions },
    diagram: {
      heading: r.diagram,
      intro: r.diagramIntro,
      ...(parts.length > 1 ? { split: r.diagramSplit } : {}),
      parts: parts.map((part) => ({
        name: part.name,
        ...(part.caption ? { caption: part.caption } : {}),
        ...(options.images
          ? {
              image: {
                alt: part.caption ? `${title}. ${part.caption}` : title,
                path: outputPaths.diagram(part.name, "svg"),
              },
            }
          : {}),
      })),
    },
    indicators: {
      heading: r.indicators,
      table: {
        columns: [r.indicatorColumns.indicator, r.indicatorColumns.target, r.indicatorColumns.measure],
        rows: process.indicators.map((i) => ({
          cells: [i.name, i.target ?? none, i.measure ?? none],
          ...traceOf(i.source, options),
        })),
      },
    },
    responsibility: {
      heading: r.responsibility,
      items: [
        ...(process.owner
          ? [{ text: r.ownerResponsibility(process.owner.name), ...traceOf(process.source, options) }]
          : []),
        ...executorSteps,
      ],
    },
    none: w.common.none,
  };
}

/** Step numbers as a reader writes them: "1–3, 5, 7–9". */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) {
      end++;
      i++;
    }
    parts.push(end - start >= 2 ? `${start}–${end}` : end > start ? `${start}, ${end}` : `${start}`);
  }
  return parts.join(", ");
}

/** The instructions and systems a process's steps name: the regulation is compiled from their files too. */
function instructionsAndSystems(process: Process, index: ModelIndex): { source: SourceRef }[] {
  return process.steps.flatMap((step) => {
    const instruction = step.instruction && index.instructions.get(step.instruction.id);
    const system = step.system && index.systems.get(step.system.id);
    return [...(instruction ? [instruction] : []), ...(system ? [system] : [])];
  });
}

/** Every holder of the positions signs: the headcounts (one where unknown), at least five rows, at most a page. */
export function acknowledgementRows(headcounts: readonly (number | undefined)[]): number {
  const total = headcounts.reduce<number>((sum, n) => sum + (n ?? 1), 0);
  return Math.min(Math.max(total, 5), 20);
}
