import { resolve } from "node:path";
import type { DiagramFormat, RenderedDiagram } from "../emit/diagrams/renderer.js";
import { diagramSources } from "../emit/diagrams/sources.js";
import type { SwimlaneDiagram } from "../emit/diagrams/swimlanes.js";
import type { ReferenceDocx } from "../emit/docx/index.js";
import { emitDocuments } from "../emit/index.js";
import { checkTemplatesDir, TemplateError } from "../emit/markdown/index.js";
import type { SourceHistory } from "../emit/views/frame.js";
import { cliText } from "../i18n/cli.js";
import type { Lang } from "../i18n/lang.js";
import type { Project } from "../load/project.js";
import { type Validation, validateProject } from "../validate/validate.js";
import type { BuildFormat } from "./build-formats.js";
import { cacheFolder, manifestPath } from "./cache-dir.js";
import { loadChecked } from "./checked-load.js";
import { formatDiagnostics } from "./commands/validate.js";
import { type Io, UsageError } from "./io.js";
import { checkOutputFolder, checkOutputPath, writeOutput } from "./output.js";
import { createProgress } from "./progress.js";
import { readSourceHistory } from "./source-history.js";
import { formatTimings, type Stopwatch, stopwatch } from "./timings.js";

export { BUILD_FORMATS, type BuildFormat } from "./build-formats.js";

export interface BuildRequest {
  dir: string;
  out?: string;
  formats: ReadonlySet<BuildFormat>;
  lang?: Lang;
  templates?: string;
  trace?: boolean;
  quiet?: boolean;
  docxBundle?: boolean;
  notes?: boolean;
  /** Write into an output folder that holds files procspec did not write. */
  force?: boolean;
  /** Remove everything earlier builds wrote into the output folder before this one is written. */
  clean?: boolean;
  /** Documents with people's names (under people/); `--no-people` sets false. */
  people?: boolean;
  /** Print the time of each stage to stderr after the build (`--timings`). */
  timings?: boolean;
  /** `--cache`: reuse the parsed, schema-checked result of every unchanged spec file. */
  cache?: boolean;
}

/** A project already loaded and validated (by `watch`, which prints its diagnostics itself). */
export interface Checked {
  project: Project;
  validation: Validation;
}

export interface BuildResult {
  exitCode: number;
  files: number;
  /** Diagrams drawn in this build (0 when everything came from the cache). */
  rendered: number;
}

/**
 * The whole build: validate (refuse on errors), compile, emit every requested format, render diagrams in one
 * browser, write atomically. Shared by `build` and `watch`.
 */
export async function runBuild(request: BuildRequest, io: Io, checked?: Checked): Promise<BuildResult> {
  const watch = stopwatch();
  watch.lap("start-up");
  const result = await stages(request, io, watch, checked);
  if (request.timings) io.err(formatTimings(watch));
  return result;
}

async function stages(request: BuildRequest, io: Io, watch: Stopwatch, checked?: Checked): Promise<BuildResult> {
  // Before the slow part (diagrams in a browser): a mistyped --templates folder is known at once.
  const templates = request.templates;
  if (templates !== undefined) await asUsageError(() => checkTemplatesDir(templates));
  // A mistaken --out (a file, or below one) is the command line's mistake: said before the spec's own errors.
  if (request.out !== undefined) checkOutputPath(request.out);
  const project =
    checked?.project ??
    (await loadChecked(request.dir, {
      ...(request.lang ? { lang: request.lang } : {}),
      ...(request.cache ? { cache: true } : {}),
    }));
  watch.lap("load");
  const lang = project.config.lang;
  const progress = createProgress(
    { isTTY: io.errIsTTY ?? false, write: (text) => io.err(text) },
    { quiet: request.quiet ?? false },
  );
  if (!checked) progress.start(cliText(lang, "build.stage-check", { files: project.files.length }), 0);
  const { compiled, diagnostics } = checked?.validation ?? validateProject(project);
  watch.lap("validate and model");
  const context = { lang, color: io.errIsTTY ?? false, filesChecked: project.files.length };
  if (diagnostics.some((d) => d.severity === "error")) {
    io.err(formatDiagnostics("stylish", diagnostics, context));
    io.err(`${cliText(lang, "build.refused")}\n`);
    return { exitCode: 1, files: 0, rendered: 0 };
  }
  // Before the slow part too: a reference document that cannot be used is known at once.
  let reference: ReferenceDocx | undefined;
  if (request.formats.has("docx")) {
    const { readReference } = await import("./reference-doc.js");
    const read = readReference(project);
    if (read.problem) {
      io.err(formatDiagnostics("stylish", [read.problem], context));
      io.err(`${cliText(lang, "build.refused")}\n`);
      return { exitCode: 1, files: 0, rendered: 0 };
    }
    reference = read.reference;
  }
  const out = resolve(request.out ?? resolve(project.root, "out"));
  checkOutputFolder(out, project.root, project.files, {
    manifest: manifestPath(project.root, out),
    force: request.force ?? false,
  });
  watch.lap("reference and output folder checks");
  const { model, index } = compiled;
  const formats = request.formats;

  // The code of the other formats (ELK, the browser, the site, DOCX) is loaded only when they are asked for: a
  // Markdown build does not pay its start-up.
  let swimlanes: SwimlaneDiagram[] = [];
  if (formats.has("svg") || formats.has("png") || formats.has("docx") || formats.has("bpmn") || formats.has("html")) {
    const [{ swimlaneDiagrams }, { fileLayoutCache }] = await Promise.all([
      import("../emit/diagrams/swimlanes.js"),
      import("./layout-cache.js"),
    ]);
    // ELK's layouts are kept like the images: by content hash, pruned to what this build used.
    const layouts = fileLayoutCache(cacheFolder(project.root, "layouts"));
    swimlanes = await swimlaneDiagrams(model, lang, { layouts });
    if (swimlanes.length > 0) await layouts.prune().catch(() => undefined);
  }
  watch.lap("swimlane layout");
  // The site shows the process map (whole, or its pages when too large) and the org chart drawn by Mermaid (its
  // swimlanes need no browser): a site alone does not draw a context diagram per process.
  const everyDiagram = formats.has("svg") || formats.has("png") || formats.has("docx");
  const imageFormats: DiagramFormat[] = [];
  if (formats.has("svg") || formats.has("html")) imageFormats.push("svg");
  if (formats.has("png") || formats.has("docx")) imageFormats.push("png");
  let images = new Map<string, RenderedDiagram>();
  let rendered = 0;
  // Only what is drawn needs its sources here: Markdown alone writes them as it emits (`emitDocuments`).
  if (imageFormats.length > 0) {
    const diagrams = everyDiagram
      ? [
          ...diagramSources(model, index, lang),
          ...swimlanes.flatMap((d) => d.parts.map((part) => ({ name: part.name, source: part.svg, svg: part.svg }))),
        ]
      : (await import("../emit/site/index.js")).siteDiagrams(diagramSources(model, index, lang));
    watch.lap("diagram sources");
    const { renderDiagrams } = await import("../emit/diagrams/renderer.js");
    const outcome = await renderDiagrams(diagrams, {
      formats: imageFormats,
      onDrawn: (drawn, total) => {
        if (drawn === 0) progress.start(cliText(lang, "build.progress-diagrams"), total);
        else progress.tick();
      },
      // Rendered images are kept by content hash in the project's cache, never in the folder a user ships;
      // what this build did not use goes, so the cache holds the current diagrams only.
      cacheDir: cacheFolder(project.root, "diagrams"),
      // A site-only build draws a few diagrams: the others' cached images stay for the next full build.
      pruneCache: everyDiagram,
      lang,
      ...(project.config.diagrams.chromium ? { chromium: project.config.diagrams.chromium } : {}),
    });
    progress.done();
    watch.lap("diagram rendering");
    if ("unavailable" in outcome) io.err(`${cliText(lang, "build.no-browser", { reason: outcome.unavailable })}\n`);
    else {
      images = outcome.files;
      rendered = outcome.stats.rendered;
      for (const [name, image] of images) {
        if (image.error) io.err(`${cliText(lang, "build.diagram-failed", { name, reason: image.error })}\n`);
      }
    }
  }

  let history: SourceHistory | undefined;
  if (model.documents.changeLog === "git") {
    const outcome = readSourceHistory(project.root);
    if ("history" in outcome) history = outcome.history;
    else io.err(`${cliText(lang, `build.history-${outcome.unavailable}`, { dir: project.root })}\n`);
    watch.lap("git history");
  }

  progress.start(cliText(lang, "build.stage-documents"), 0);
  const files = await asUsageError(() =>
    emitDocuments(model, index, {
      formats,
      lang,
      trace: request.trace ?? false,
      images,
      docxBundle: request.docxBundle ?? false,
      swimlanes,
      ...(history ? { history } : {}),
      ...(request.notes ? { notes: true } : {}),
      ...(reference ? { reference } : {}),
      people: request.people ?? true,
      ...(request.templates ? { templatesDir: request.templates } : {}),
      onEmitted: (emitter) => watch.lap(emitter),
    }),
  );
  const summary = writeOutput(out, files, {
    manifest: manifestPath(project.root, out),
    clean: request.clean ?? false,
  });
  watch.lap("write");
  progress.done();
  if (!request.quiet) {
    const removed = summary.removed > 0 ? cliText(lang, "build.done-removed", { removed: summary.removed }) : "";
    io.err(
      `${cliText(lang, "build.done", { written: summary.written, unchanged: summary.unchanged, out })}${removed}\n`,
    );
  }
  return { exitCode: 0, files: files.length, rendered };
}

/** A broken override template is the user's to fix (exit 2 with its path), not an internal error. */
async function asUsageError<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message);
    throw error;
  }
}
