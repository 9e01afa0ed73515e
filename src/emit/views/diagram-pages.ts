import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import { orgChartMermaid, processMapMermaid } from "../diagrams/mermaid.js";
import { outputPaths } from "../files.js";
import type { Table, ViewBase, ViewOptions } from "./blocks.js";
import { traceOf } from "./common.js";
import { documentFrame } from "./frame.js";

/** A page around a diagram: the Mermaid source (GitHub and GitLab render it) and, with images, the rendered file. */
export interface DiagramPageView extends ViewBase {
  document: "process-map" | "org-chart";
  intro: string;
  mermaid: string;
  /** Rendered picture, when `images` is on: an output path with extension. */
  image?: { alt: string; path: string };
  /** A table listing what the diagram shows, so the page is useful where Mermaid is not rendered. */
  listHeading: string;
  list: Table;
}

export interface DiagramOptions extends ViewOptions {
  images: boolean;
}

export function processMapView(model: Model, index: ModelIndex, lang: Lang, options: DiagramOptions): DiagramPageView {
  const w = documentWords(lang);
  const title = w.titles.processMap;
  return {
    document: "process-map",
    path: outputPaths.processMap,
    lang,
    title,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    intro: w.diagrams.processMapIntro,
    mermaid: processMapMermaid(model, index, lang),
    ...(options.images ? { image: { alt: title, path: outputPaths.diagram("process-map", "svg") } } : {}),
    listHeading: w.diagrams.processesByLevel,
    list: {
      columns: [w.process.code, w.common.process, w.process.level, w.process.elements.owner],
      rows: model.processes.map((p) => ({
        cells: [p.code ?? w.common.none, p.name, String(p.level), p.owner?.name ?? w.common.none],
        ...traceOf(p.source, options),
      })),
    },
  };
}

export function orgChartView(model: Model, index: ModelIndex, lang: Lang, options: DiagramOptions): DiagramPageView {
  const w = documentWords(lang);
  const title = w.titles.orgChart;
  return {
    document: "org-chart",
    path: outputPaths.orgChart,
    lang,
    title,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    intro: w.diagrams.orgChartIntro,
    mermaid: orgChartMermaid(model, index, lang),
    ...(options.images ? { image: { alt: title, path: outputPaths.diagram("org-chart", "svg") } } : {}),
    listHeading: w.orgStructure.units,
    list: {
      columns: [w.common.unit, w.unit.parent, w.unit.head],
      rows: model.units.map((u) => ({
        cells: [u.name, u.parent?.name ?? w.common.none, u.head?.name ?? w.common.none],
        ...traceOf(u.source, options),
      })),
    },
  };
}
