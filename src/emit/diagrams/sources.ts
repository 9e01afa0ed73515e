import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import { contextMermaid, orgChartMermaid, processMapMermaid } from "./mermaid.js";

export interface NamedDiagram {
  /** File name without extension, as in `outputPaths.diagram`: `process-map`, `org-chart`, `context-<id>`. */
  name: string;
  source: string;
}

/** Every diagram of the document set, in a stable order: the process map, the org chart, one context per process. */
export function diagramSources(model: Model, index: ModelIndex, lang: Lang): NamedDiagram[] {
  return [
    { name: "process-map", source: processMapMermaid(model, index, lang) },
    { name: "org-chart", source: orgChartMermaid(model, index, lang) },
    ...model.processes.map((p) => ({ name: `context-${p.id}`, source: contextMermaid(p, index, lang) })),
  ];
}
