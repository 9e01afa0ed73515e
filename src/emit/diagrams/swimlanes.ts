import type { Lang } from "../../i18n/lang.js";
import { stepWords } from "../../i18n/words/steps.js";
import type { Model, Process } from "../../model/types.js";
import { processFlow } from "../bpmn/flow.js";
import { type FlowLayout, type LayoutCache, layoutFlow } from "../bpmn/layout.js";
import { swimlaneSvg } from "./swimlane.js";
import { swimlaneName, swimlanePartName } from "./swimlane-names.js";
import { flowParts } from "./swimlane-parts.js";

/** One printable part of a swimlane diagram; a process that fits on a page has one. */
export interface SwimlanePart {
  /** File name without extension: `swimlane-<process id>`, or `swimlane-<process id>.<part>` when split. */
  name: string;
  number: number;
  /** «Часть 2 из 3: шаги 10–18», only when the diagram is split. */
  caption?: string;
  layout: FlowLayout;
  svg: string;
}

/** A process's swimlane diagram: its whole layout (which the BPMN export uses) and the printable parts. */
export interface SwimlaneDiagram {
  /** `swimlane-<process id>`: the name of the single part, and the stem of the parts' names when split. */
  name: string;
  processId: string;
  layout: FlowLayout;
  parts: SwimlanePart[];
}

export { swimlaneName, swimlanePartName } from "./swimlane-names.js";

/** Processes that have a regulation: those that list steps. */
export function regulatedProcesses(model: Model): Process[] {
  return model.processes.filter((p) => p.steps.length > 0);
}

export interface SwimlaneOptions {
  /** ELK's results kept between builds (the CLI's cache folder). */
  layouts?: LayoutCache;
}

/** One diagram per process with steps, in document order; laid out one after another (ELK is single-threaded). */
export async function swimlaneDiagrams(
  model: Model,
  lang: Lang,
  options: SwimlaneOptions = {},
): Promise<SwimlaneDiagram[]> {
  const w = stepWords(lang);
  const diagrams: SwimlaneDiagram[] = [];
  for (const process of regulatedProcesses(model)) {
    const flow = processFlow(process);
    const layout = await layoutFlow(flow, options.layouts);
    const parts = await flowParts(flow, layout, w.diagram, options.layouts);
    diagrams.push({
      name: swimlaneName(process.id),
      processId: process.id,
      layout,
      parts: parts.map((part) => {
        const caption =
          parts.length > 1
            ? w.regulation.diagramPart(part.number, parts.length, part.firstStep, part.lastStep)
            : undefined;
        return {
          name: swimlanePartName(process.id, part.number, parts.length),
          number: part.number,
          ...(caption ? { caption } : {}),
          layout: part.layout,
          svg: swimlaneSvg(part.layout, process.name, caption ? `${process.name}. ${caption}` : process.name),
        };
      }),
    });
  }
  return diagrams;
}
