import type { Lang } from "../../i18n/lang.js";
import type { Model, Process } from "../../model/types.js";
import { processFlow } from "../bpmn/flow.js";
import { type FlowLayout, layoutFlow } from "../bpmn/layout.js";
import { swimlaneSvg } from "./swimlane.js";

/** A process's swimlane diagram: its layout (which the BPMN export reuses) and the SVG drawn from it. */
export interface SwimlaneDiagram {
  /** File name without extension, as in `outputPaths.diagram`: `swimlane-<process id>`. */
  name: string;
  processId: string;
  layout: FlowLayout;
  svg: string;
}

export const swimlaneName = (processId: string) => `swimlane-${processId}`;

/** Processes that have a regulation: those that list steps. */
export function regulatedProcesses(model: Model): Process[] {
  return model.processes.filter((p) => p.steps.length > 0);
}

/** One diagram per process with steps, in document order; laid out one after another (ELK is single-threaded). */
export async function swimlaneDiagrams(model: Model, _lang: Lang): Promise<SwimlaneDiagram[]> {
  const diagrams: SwimlaneDiagram[] = [];
  for (const process of regulatedProcesses(model)) {
    const layout = await layoutFlow(processFlow(process));
    diagrams.push({
      name: swimlaneName(process.id),
      processId: process.id,
      layout,
      svg: swimlaneSvg(layout, process.name),
    });
  }
  return diagrams;
}
