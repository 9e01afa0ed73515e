import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import { contextMermaid, orgChartMermaid, processMapMermaid } from "./mermaid.js";
import { orgChartOverviewMermaid, orgChartParts, orgChartUnitMermaid } from "./org-chart.js";
import { type MapStyle, processMapOverviewMermaid, processMapPartMermaid, processMapParts } from "./process-map.js";

/**
 * Names of the pages of a split process map: the overview of level 1, and one per level-1 process. Ids never hold
 * two hyphens in a row, so no process id can make a part's name collide with the overview or another diagram.
 */
export const processMapPages = {
  overview: "process-map-overview",
  part: (processId: string) => `process-map--${processId}`,
} as const;

/** Names of the pages of a split org chart: the unit tree, and one per unit. */
export const orgChartPages = {
  overview: "org-chart-overview",
  part: (unitId: string) => `org-chart--${unitId}`,
} as const;

/**
 * Every page of a split diagram is drawn in several ways; the DOCX prints the first whose text keeps 8 pt on the
 * sheet, else the one whose text comes out largest. A map page runs left to right, then top down, each first with
 * the names of what passes on its arrows, then with numbers keyed to a legend under the picture; a chart page runs
 * top down, then left to right.
 */
export interface PageVariant {
  name: string;
  direction: "LR" | "TB";
  numbered: boolean;
}

export function pageVariants(name: string, kind: "map" | "chart"): PageVariant[] {
  if (kind === "chart")
    return [
      { name, direction: "TB", numbered: false },
      { name: `${name}--lr`, direction: "LR", numbered: false },
    ];
  return [
    { name, direction: "LR", numbered: false },
    { name: `${name}--tb`, direction: "TB", numbered: false },
    { name: `${name}--n`, direction: "LR", numbered: true },
    { name: `${name}--tb-n`, direction: "TB", numbered: true },
  ];
}

export interface NamedDiagram {
  /** File name without extension, as in `outputPaths.diagram`: `process-map`, `org-chart`, `context-<id>`. */
  name: string;
  source: string;
}

/**
 * Every diagram of the document set, in a stable order: the process map (and its split pages), the org chart (and
 * its split pages), one context per process.
 */
export function diagramSources(model: Model, index: ModelIndex, lang: Lang): NamedDiagram[] {
  const mapParts = processMapParts(model, index);
  const chartParts = orgChartParts(model);
  const mapPage = (name: string, draw: (style: MapStyle) => string): NamedDiagram[] =>
    pageVariants(name, "map").map((v) => ({ name: v.name, source: draw(v) }));
  const chartPage = (name: string, draw: (direction: "TB" | "LR") => string): NamedDiagram[] =>
    pageVariants(name, "chart").map((v) => ({ name: v.name, source: draw(v.direction) }));
  return [
    { name: "process-map", source: processMapMermaid(model, index, lang) },
    // The pages a map too large for one sheet is split into; drawn always, chosen by the DOCX by the printed size.
    ...(mapParts.length > 0
      ? [
          ...mapPage(processMapPages.overview, (s) => processMapOverviewMermaid(model, index, lang, s)),
          ...mapParts.flatMap((top) =>
            mapPage(processMapPages.part(top.id), (s) => processMapPartMermaid(top, model, index, lang, s)),
          ),
        ]
      : []),
    { name: "org-chart", source: orgChartMermaid(model, index, lang) },
    ...(chartParts.length > 0
      ? [
          ...chartPage(orgChartPages.overview, (d) => orgChartOverviewMermaid(model, index, lang, d)),
          ...chartParts.flatMap((unit) =>
            chartPage(orgChartPages.part(unit.id), (d) => orgChartUnitMermaid(unit, index, lang, d)),
          ),
        ]
      : []),
    ...model.processes.map((p) => ({ name: `context-${p.id}`, source: contextMermaid(p, index, lang) })),
  ];
}
