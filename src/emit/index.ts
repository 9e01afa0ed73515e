import type { Lang } from "../i18n/lang.js";
import type { ModelIndex } from "../model/index-model.js";
import { summarizeRatings } from "../model/ratings-summary.js";
import type { Model } from "../model/types.js";
import type { RenderedDiagram } from "./diagrams/renderer.js";
import { diagramSources } from "./diagrams/sources.js";
import type { SwimlaneDiagram } from "./diagrams/swimlanes.js";
import type { DocxImage, ReferenceDocx } from "./docx/index.js";
import { type EmittedFile, outputPaths } from "./files.js";
import { emitModelJson } from "./json/model-json.js";
import { emitMarkdown } from "./markdown/index.js";
import type { SourceHistory } from "./views/frame.js";
import type { SwimlaneParts } from "./views/index.js";

export interface EmitOptions {
  /** Any of md, json, docx, xlsx, svg, png, bpmn, html. */
  formats: ReadonlySet<string>;
  lang: Lang;
  trace: boolean;
  templatesDir?: string;
  /** Diagrams already drawn (by the CLI, in a browser), by name; absent or empty when none could be drawn. */
  images?: ReadonlyMap<string, RenderedDiagram>;
  docxBundle?: boolean;
  /** The swimlane diagrams, when the caller has laid them out already (the CLI does, to draw their PNGs). */
  swimlanes?: readonly SwimlaneDiagram[];
  /** The git history of the spec folder, read by the CLI; absent without git (change logs are then blank forms). */
  history?: SourceHistory;
  /** Print the notes on how documents were compiled (`--notes`); signed documents have none by default. */
  notes?: boolean;
  /** `documents.reference`, read and checked by the CLI (`readReferenceDocx`). */
  reference?: ReferenceDocx;
  /** Documents with people's names, under `people/` (default true). */
  people?: boolean;
  /** Called as each emitter finishes (`markdown`, `json`, `docx`…), for `build --timings`; emitting does not depend on it. */
  onEmitted?: (emitter: string) => void;
}

/**
 * Every requested document as files in memory: a pure function of the model and the drawn diagrams, so the same
 * input gives the same bytes. Rendering the pictures (a browser) and writing (the disk) are the CLI's business.
 */
export async function emitDocuments(model: Model, index: ModelIndex, options: EmitOptions): Promise<EmittedFile[]> {
  const { formats, lang } = options;
  const images = options.images ?? new Map<string, RenderedDiagram>();
  const done = options.onEmitted ?? (() => {});
  const files: EmittedFile[] = [];
  // Laid out only for what needs coordinates or pictures; the regulations link each part of a diagram by name.
  const laidOut =
    formats.has("svg") ||
    formats.has("png") ||
    formats.has("bpmn") ||
    formats.has("html") ||
    // DOCX embeds the parts' pictures: without any drawn (a library call without a browser) nothing to lay out.
    (formats.has("docx") && images.size > 0);
  // Each format's code is loaded when it is asked for: a Markdown build does not pay for ELK, DOCX or the site.
  const swimlanes =
    options.swimlanes ?? (laidOut ? await (await import("./diagrams/swimlanes.js")).swimlaneDiagrams(model, lang) : []);
  const swimlaneParts: SwimlaneParts = new Map(
    swimlanes.map((d) => [
      d.processId,
      d.parts.map((p) => ({ name: p.name, ...(p.caption ? { caption: p.caption } : {}) })),
    ]),
  );
  if (formats.has("md")) {
    const linked = formats.has("svg") && [...images.values()].some((i) => i.svg !== undefined);
    files.push(
      ...emitMarkdown(model, index, {
        lang,
        trace: options.trace,
        images: linked,
        swimlanes: formats.has("svg"),
        swimlaneParts,
        ...(options.history ? { history: options.history } : {}),
        ...(options.notes ? { notes: true } : {}),
        people: options.people ?? true,
        ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
      }),
    );
    done("emit markdown");
  }
  if (formats.has("json")) {
    files.push(emitModelJson(model));
    done("emit json");
  }
  const diagramFiles = formats.has("md") || formats.has("svg") || formats.has("png");
  for (const diagram of diagramFiles ? diagramSources(model, index, lang) : []) {
    const image = images.get(diagram.name);
    if (formats.has("md"))
      files.push({ path: outputPaths.diagram(diagram.name, "mmd"), content: `${diagram.source}\n` });
    if (formats.has("svg") && image?.svg)
      files.push({ path: outputPaths.diagram(diagram.name, "svg"), content: image.svg });
    if (formats.has("png") && image?.png)
      files.push({ path: outputPaths.diagram(diagram.name, "png"), content: image.png });
  }
  done("emit diagram files");
  for (const diagram of swimlanes) {
    for (const part of diagram.parts) {
      const image = images.get(part.name);
      if (formats.has("svg")) files.push({ path: outputPaths.diagram(part.name, "svg"), content: part.svg });
      if (formats.has("png") && image?.png)
        files.push({ path: outputPaths.diagram(part.name, "png"), content: image.png });
    }
    const process = index.processes.get(diagram.processId);
    if (formats.has("bpmn") && process) {
      const { processBpmn } = await import("./bpmn/write.js");
      files.push({ path: outputPaths.bpmn(process.id), content: await processBpmn(process, lang, diagram.layout) });
    }
  }
  done(formats.has("bpmn") ? "emit swimlanes and bpmn" : "emit swimlanes");
  // The ratings report's charts: SVG beside the Markdown, PNG inside the DOCX; drawn in-process, no browser.
  const ratings =
    model.ratings && (formats.has("md") || formats.has("docx") || formats.has("html"))
      ? summarizeRatings(model, index)
      : undefined;
  // Loaded on use: ECharts and resvg cost start-up time that a project without ratings never needs.
  const charts = ratings
    ? (await import("./ratings.js")).ratingsCharts(ratings, lang, { png: formats.has("docx") })
    : [];
  if (formats.has("md")) files.push(...charts.map((c) => ({ path: c.path, content: c.svg })));
  if (formats.has("html")) {
    const svgs = new Map<string, string>();
    for (const [name, image] of images) if (image.svg) svgs.set(name, image.svg);
    const { emitSite } = await import("./site/index.js");
    files.push(
      ...emitSite(model, index, {
        lang,
        trace: options.trace,
        diagrams: svgs,
        swimlanes,
        swimlaneParts,
        charts: new Map(charts.map((c) => [c.path, c.svg])),
        people: options.people ?? true,
        ...(options.history ? { history: options.history } : {}),
        ...(options.notes ? { notes: true } : {}),
        ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
      }),
    );
  }
  if (formats.has("html")) done("emit site");
  if (formats.has("docx")) {
    const pngs = new Map<string, DocxImage>();
    for (const [name, image] of images) if (image.png) pngs.set(name, { png: image.png });
    for (const chart of charts) if (chart.png) pngs.set(chart.name, { png: chart.png });
    const { emitDocx } = await import("./docx/index.js");
    files.push(
      ...(await emitDocx(model, index, {
        lang,
        trace: options.trace,
        images: pngs,
        bundle: options.docxBundle ?? false,
        ...(options.history ? { history: options.history } : {}),
        ...(options.notes ? { notes: true } : {}),
        ...(options.reference ? { reference: options.reference } : {}),
        people: options.people ?? true,
        swimlaneParts,
      })),
    );
    done("emit docx");
  }
  if (formats.has("xlsx")) {
    const [{ workbookViews }, { emitXlsx }, { packageDate }] = await Promise.all([
      import("./views/workbooks.js"),
      import("./xlsx/index.js"),
      import("./docx/package.js"),
    ]);
    const views = workbookViews(model, index, lang, { trace: options.trace, people: options.people ?? true });
    files.push(...(await emitXlsx(views, { isoDate: packageDate(model.documents.date) })));
    done("emit xlsx");
  }
  return files;
}
