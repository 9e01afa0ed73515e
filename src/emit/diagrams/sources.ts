import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import { contextMermaid, orgChartMermaid, processMapMermaid } from "./mermaid.js";
import { processMapOverviewMermaid, processMapPartMermaid, processMapParts } from "./process-map.js";

/**
 * Names of the pages of a split process map: the overview of level 1, and one per level-1 process. Ids never hold
 * two hyphens in a row, so no process id can make a part's name collide with the overview or another diagram.
 */
export const processMapPages = {
  overview: "process-map-overview",
  part: (processId: string) => `process-map--${processId}`,
} as const;

export interface NamedDiagram {
  /** File name without extension, as in `outputPaths.diagram`: `process-map`, `org-chart`, `context-<id>`. */
  name: string;
  source: string;
}

/**
 * Every diagram of the document set, in a stable order: the process map (and its split pages), the org chart, one
 * context per process.
 */
export function diagramSources(model: Model, index: ModelIndex, lang: Lang): NamedDiagram[] {
  return [
    { name: "process-map", source: processMapMermaid(model, index, lang) },
    // The pages a map too large for one sheet is split into; drawn always, chosen by the DOCX by the printed size.
    ...(processMapParts(model, index).length > 0
      ? [
          { name: processMapPages.overview, source: processMapOverviewMermaid(model, index, lang) },
          ...processMapParts(model, index).map((top) => ({
            name: processMapPages.part(top.id),
            source: processMapPartMermaid(top, model, index, lang),
          })),
        ]
      : []),
    { name: "org-chart", source: orgChartMermaid(model, index, lang) },
    ...model.processes.map((p) => ({ name: `context-${p.id}`, source: contextMermaid(p, index, lang) })),
  ];
}
