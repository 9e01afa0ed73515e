import { createRequire } from "node:module";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import type { EmittedFile } from "../files.js";
import { type DocumentView, eachDocumentView, type SourceHistory, type SwimlaneParts } from "../views/index.js";
import { PRECOMPILED } from "./generated/templates.js";
import { MissingFieldError, registerHelpers } from "./helpers.js";
import { TemplateError } from "./template-error.js";
import { TEMPLATE_OPTIONS } from "./template-options.js";
import { BUNDLED_TEMPLATES, checkTemplatesDir, overrideSource, templateSource } from "./templates.js";

export interface MarkdownOptions {
  lang: Lang;
  /** Add the source `file:line` to every generated row. */
  trace: boolean;
  /** A folder whose `<document>.md.hbs` files (or `<lang>/<document>.md.hbs`) replace the bundled ones. */
  templatesDir?: string;
  /** Diagram images are rendered next to the documents: link them under the Mermaid source. */
  images?: boolean;
  /** The git history of the spec files, for the change logs (`documents.changeLog: git`). */
  history?: SourceHistory;
  /** Print the notes on how documents were compiled (`--notes`). */
  notes?: boolean;
  /** Documents with people's names (default true). */
  people?: boolean;
  /** Swimlane SVGs are written (they need no browser): link them from the regulations. */
  swimlanes?: boolean;
  /** The parts of each swimlane diagram printed in parts, by process id. */
  swimlaneParts?: SwimlaneParts;
  /** Render these views instead of the whole set (`procspec ratings` writes one report). */
  views?: readonly DocumentView[];
}

type Render = (context: object) => string;
type Handlebars = typeof import("handlebars");

/**
 * Handlebars is CommonJS: required when rendering starts, and its compiler only when a team's own template must be
 * compiled — the bundled templates come precompiled (scripts/template-code.ts), which needs the runtime alone.
 */
const require = createRequire(import.meta.url);

/**
 * The Markdown document set: one file per view, rendered with its template. Pure apart from reading templates;
 * the CLI writes the files.
 */
export function emitMarkdown(model: Model, index: ModelIndex, options: MarkdownOptions): EmittedFile[] {
  const files: EmittedFile[] = [];
  // Each view is rendered as soon as it is made and then let go: only the Markdown stays.
  renderEach(model, index, options, (view, markdown) => files.push({ path: `${view.path}.md`, content: markdown }));
  return files;
}

/** Each document's view with its Markdown: the HTML site renders the same text and needs the view's path and title. */
export function renderMarkdownViews(
  model: Model,
  index: ModelIndex,
  options: MarkdownOptions,
): { view: DocumentView; markdown: string }[] {
  const rendered: { view: DocumentView; markdown: string }[] = [];
  renderEach(model, index, options, (view, markdown) => rendered.push({ view, markdown }));
  return rendered;
}

function renderEach(
  model: Model,
  index: ModelIndex,
  options: MarkdownOptions,
  done: (view: DocumentView, markdown: string) => void,
): void {
  // Isolated environments with our helpers (Markdown escaping is done by the helpers).
  const environment = (module: string): Handlebars => {
    const hb = (require(module) as Handlebars).create();
    registerHelpers(hb);
    return hb;
  };
  const runtime = environment("handlebars/runtime");
  let compiler: Handlebars | undefined;
  if (options.templatesDir !== undefined) checkTemplatesDir(options.templatesDir);
  // Each template is made once per run, on first use.
  const compiled = new Map<string, Render>();
  const renderer = (document: string): Render => {
    let render = compiled.get(document);
    if (!render) {
      const override = overrideSource(document, options.lang, options.templatesDir);
      const bundled = PRECOMPILED[`${options.lang}/${document}`];
      if (!override && bundled) render = runtime.template(bundled) as Render;
      else {
        const { path, source } = override ?? templateSource(document, options.lang);
        compiler ??= environment("handlebars");
        render = blameTemplate(path, source, compiler.compile(source, TEMPLATE_OPTIONS) as Render);
      }
      compiled.set(document, render);
    }
    return render;
  };
  const views =
    options.views ??
    eachDocumentView(model, index, options.lang, {
      trace: options.trace,
      images: options.images ?? false,
      ...(options.swimlanes !== undefined ? { swimlanes: options.swimlanes } : {}),
      ...(options.swimlaneParts ? { swimlaneParts: options.swimlaneParts } : {}),
      ...(options.history ? { history: options.history } : {}),
      ...(options.notes ? { notes: true } : {}),
      people: options.people ?? true,
    });
  for (const view of views) done(view, tidy(renderer(view.document)({ ...view, trace: options.trace })));
}

/**
 * Handlebars compiles on first use and, in strict mode, throws on a field the view lacks: in an override template
 * both are the user's mistake, so they become a TemplateError naming the file. A bundled template that fails is
 * procspec's own bug and stays an internal error.
 */
function blameTemplate(path: string, source: string, render: Render): Render {
  if (path.startsWith(BUNDLED_TEMPLATES)) return render;
  return (context) => {
    try {
      return render(context);
    } catch (error) {
      throw new TemplateError(
        path,
        error instanceof MissingFieldError ? missingField(error, source) : templateProblem(error),
      );
    }
  };
}

/** `{{list generalKnowledge.itemz}}` at line 9: the field's name is read from the template at that place. */
function missingField(error: MissingFieldError, source: string): string {
  if (!error.at) return `${error.message}; check the field's name against the bundled template`;
  const line = source.split("\n")[error.at.line - 1] ?? "";
  const field = /^\{\{~?#?\s*[\w-]+\s+([^\s}]+)/.exec(line.slice(error.at.column))?.[1];
  const where = `line ${error.at.line}, column ${error.at.column + 1}`;
  return field
    ? `${where}: "${field}" is not a field of this document (given to {{${error.helper}}}); check the name against the bundled template`
    : `${where}: ${error.message}; check the field's name against the bundled template`;
}

/** Handlebars says `"x" not defined in [object Object] - 1:4` (0-based column): say it in a consultant's words. */
function templateProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(message);
  if (missing) {
    return `line ${missing[2]}, column ${Number(missing[3]) + 1}: "${missing[1]}" is not a field of this document (or an unknown helper)`;
  }
  return message.replace(/\n/g, "\n  ");
}

/** Templates stay readable with blank lines around blocks; the output keeps at most one blank line and ends in one newline. */
function tidy(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
