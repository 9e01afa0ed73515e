import type { Lang } from "../../i18n/lang.js";
import { stepWords } from "../../i18n/words/steps.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Instruction, Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Link, Table, ViewBase, ViewOptions } from "./blocks.js";
import { processTitle, traceOf } from "./common.js";
import { documentFrame, sourceFiles } from "./frame.js";
import { acknowledgementRows } from "./process-regulation.js";

/** A work instruction: who works by it, the steps it serves, and its text as the consultant wrote it. */
export interface InstructionView extends ViewBase {
  document: "instruction";
  instructionId: string;
  workers: { heading: string; links: Link[] };
  steps: { heading: string; table: Table };
  text: { heading: string; markdown?: string; empty: string };
  none: string;
}

export function instructionView(
  model: Model,
  index: ModelIndex,
  instruction: Instruction,
  lang: Lang,
  options: ViewOptions,
): InstructionView {
  const s = stepWords(lang);
  const d = s.instructionDoc;
  const rows: Table["rows"] = instruction.steps.flatMap((at) => {
    const process = index.processes.get(at.process);
    const step = process?.steps.find((x) => x.id === at.step);
    if (!process || !step) return [];
    return [
      {
        cells: [processTitle(process), `${step.number}. ${step.name}`, step.executor?.name ?? s.none],
        ...traceOf(step.source, options),
      },
    ];
  });
  return {
    document: "instruction",
    path: outputPaths.instruction(instruction.id),
    lang,
    title: s.titles.instruction(instruction.name),
    meta: documentFrame(model, index, lang, options, {
      sources: sourceFiles([instruction, ...instruction.steps.map((at) => index.processes.get(at.process))]),
      acknowledgement: acknowledgementRows(instruction.workers.map((id) => index.positions.get(id)?.headcount)),
    }),
    instructionId: instruction.id,
    workers: {
      heading: d.workers,
      links: instruction.workers.flatMap((id) => {
        const position = index.positions.get(id);
        return position ? [{ text: position.name, to: outputPaths.jobDuties(id) }] : [];
      }),
    },
    steps: {
      heading: d.steps,
      table: { columns: [d.stepColumns.process, d.stepColumns.step, d.stepColumns.executor], rows },
    },
    text: { heading: d.text, ...(instruction.text ? { markdown: instruction.text } : {}), empty: d.noText },
    none: s.none,
  };
}
