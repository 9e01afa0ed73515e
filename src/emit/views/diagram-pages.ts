import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { regulationWords } from "../../i18n/words/regulations.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import { orgChartMermaid, processMapMermaid, processTitle } from "../diagrams/mermaid.js";
import { orgChartParts } from "../diagrams/org-chart.js";
import {
  type MapFlow,
  processMapOverviewLegend,
  processMapPartLegend,
  processMapParts,
} from "../diagrams/process-map.js";
import { orgChartPages, type PageVariant, pageVariants, processMapPages } from "../diagrams/sources.js";
import { outputPaths } from "../files.js";
import type { Table, ViewBase, ViewOptions } from "./blocks.js";
import { traceOf } from "./common.js";
import { documentFrame } from "./frame.js";
import { type Paper, paperOf } from "./matrix-columns.js";

/** A page around a diagram: the rendered picture when images are drawn, else its Mermaid source (GitHub and GitLab render it) — one picture, never both. */
export interface DiagramPageView extends ViewBase {
  document: "process-map" | "org-chart";
  intro: string;
  mermaid: string;
  /** Rendered picture, when `images` is on: an output path with extension. */
  image?: { alt: string; path: string };
  /** The sheet the diagram is printed on (`documents.paper`). */
  paper: Paper;
  /**
   * The pages a diagram too large for one sheet is split into, overview first; the DOCX uses them when the whole
   * diagram would print under 8 pt.
   */
  pages: DiagramPage[];
  splitNote: string;
  /** A table listing what the diagram shows, so the page is useful where Mermaid is not rendered. */
  listHeading: string;
  list: Table;
}

/** A page of a split diagram: its heading, the drawings to choose from, and the legend of a numbered drawing. */
export interface DiagramPage {
  heading: string;
  variants: PageVariant[];
  /** What passes on each numbered arrow (row n is arrow n), printed under a numbered drawing. */
  legend?: { heading: string; table: Table };
}

function flowLegend(flows: readonly MapFlow[], lang: Lang): { heading: string; table: Table } {
  const w = regulationWords(lang).maps;
  return {
    heading: w.legend,
    table: {
      columns: w.legendColumns,
      rows: flows.map((f, i) => ({
        cells: [String(i + 1), processTitle(f.from), processTitle(f.to), f.what.join("; ")],
      })),
    },
  };
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
    paper: paperOf(model),
    pages: (() => {
      const parts = processMapParts(model, index);
      if (parts.length === 0) return [];
      return [
        {
          heading: regulationWords(lang).maps.overview,
          variants: pageVariants(processMapPages.overview, "map"),
          legend: flowLegend(processMapOverviewLegend(model, index, lang), lang),
        },
        ...parts.map((top) => ({
          heading: processTitle(top),
          variants: pageVariants(processMapPages.part(top.id), "map"),
          legend: flowLegend(processMapPartLegend(top, model, index, lang), lang),
        })),
      ];
    })(),
    splitNote: regulationWords(lang).maps.split,
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
    paper: paperOf(model),
    pages: (() => {
      const parts = orgChartParts(model);
      if (parts.length === 0) return [];
      return [
        { heading: w.orgStructure.units, variants: pageVariants(orgChartPages.overview, "chart") },
        ...parts.map((unit) => ({ heading: unit.name, variants: pageVariants(orgChartPages.part(unit.id), "chart") })),
      ];
    })(),
    splitNote: regulationWords(lang).maps.chartSplit,
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
