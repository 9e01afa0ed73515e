import Handlebars from "handlebars";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import type { EmittedFile } from "../files.js";
import { type DocumentView, documentViews } from "../views/index.js";
import { registerHelpers } from "./helpers.js";
import { templateSource } from "./templates.js";

export interface MarkdownOptions {
  lang: Lang;
  /** Add the source `file:line` to every generated row. */
  trace: boolean;
  /** A folder whose `<document>.md.hbs` files (or `<lang>/<document>.md.hbs`) replace the bundled ones. */
  templatesDir?: string;
  /** Diagram images are rendered next to the documents: link them under the Mermaid source. */
  images?: boolean;
}

type Render = (context: object) => string;

/**
 * The Markdown document set: one file per view, rendered with its template. Pure apart from reading templates;
 * the CLI writes the files.
 */
export function emitMarkdown(model: Model, index: ModelIndex, options: MarkdownOptions): EmittedFile[] {
  // An isolated environment: our helpers and no HTML escaping (Markdown escaping is done by the helpers).
  const hb = Handlebars.create();
  registerHelpers(hb);
  const compiled = new Map<string, Render>();
  const renderer = (document: string): Render => {
    let render = compiled.get(document);
    if (!render) {
      const { source } = templateSource(document, options.lang, options.templatesDir);
      render = hb.compile(source, { noEscape: true, strict: true }) as Render;
      compiled.set(document, render);
    }
    return render;
  };
  const views = documentViews(model, index, options.lang, { trace: options.trace, images: options.images ?? false });
  return views.map((view: DocumentView) => ({
    path: `${view.path}.md`,
    content: tidy(renderer(view.document)({ ...view, trace: options.trace })),
  }));
}

/** Templates stay readable with blank lines around blocks; the output keeps at most one blank line and ends in one newline. */
function tidy(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
