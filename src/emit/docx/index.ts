/**
 * The DOCX emitter: the same views as the Markdown set (`../views`), rendered as Word documents with real heading
 * styles, tables and lists. Pure apart from being async (docx packs asynchronously): model in, files in memory out.
 *
 * - `emitDocx(model, index, options)` — one DOCX per document of the Markdown set, at `docx/<same path>.docx`;
 *   with `bundle: true` also one file per position (job duties, competencies, profile) and one book of
 *   regulations (org structure, every unit regulation, every process specification card).
 */

import { Document, type ISectionOptions } from "docx";
import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import type { EmittedFile } from "../files.js";
import { type DocumentView, documentViews, type SourceHistory, type SwimlaneParts } from "../views/index.js";
import type { DocxImage } from "./blocks.js";
import { packageDate, packDocx } from "./package.js";
import { docxPaths } from "./paths.js";
import type { ReferenceDocx } from "./reference.js";
import { type DocumentContext, documentSections } from "./render.js";
import { documentStyles, numbering } from "./styles.js";
import { xmlSafe } from "./text.js";

export type { DocxImage } from "./blocks.js";
export { normalizeDocx } from "./package.js";
export { docxPaths } from "./paths.js";
export { pngSize } from "./png.js";
export { type ReferenceDocx, readReferenceDocx, UnusableReference } from "./reference.js";

export interface DocxOptions {
  lang: Lang;
  /** Add the source `file:line` to every generated row. */
  trace: boolean;
  /** Rendered diagrams by name: `process-map`, `org-chart`, `context-<process id>`; embedded where they belong. */
  images?: ReadonlyMap<string, DocxImage>;
  /** Also the per-position files and the book of regulations. */
  bundle?: boolean;
  /** The git history of the spec files, for the change logs (`documents.changeLog: git`). */
  history?: SourceHistory;
  /** Print the notes on how documents were compiled (`--notes`). */
  notes?: boolean;
  /** `documents.reference`, read by the CLI: styles, header, footer and page set-up every package takes. */
  reference?: ReferenceDocx;
  /** Only these documents (by kind), e.g. to look at one of them; all when absent. */
  only?: ReadonlySet<DocumentView["document"]>;
  /** Documents with people's names (default true). */
  people?: boolean;
  /** The parts of each swimlane diagram printed in parts, by process id; their PNGs are in `images`. */
  swimlaneParts?: SwimlaneParts;
  /** Render these views instead of the whole set (`procspec ratings` writes one report). */
  views?: readonly DocumentView[];
}

/** What a position's bundle holds: the documents the employee signs. */
const BUNDLED: ReadonlySet<DocumentView["document"]> = new Set(["job-duties", "competencies", "profile", "kpi-card"]);

function wordDocument(title: string, lang: Lang, sections: ISectionOptions[]): Document {
  return new Document({
    creator: "procspec",
    lastModifiedBy: "procspec",
    title: xmlSafe(title),
    revision: 1,
    styles: documentStyles(lang),
    numbering: numbering(lang),
    sections,
  });
}

export async function emitDocx(model: Model, index: ModelIndex, options: DocxOptions): Promise<EmittedFile[]> {
  const { lang } = options;
  const w = documentWords(lang);
  const date = packageDate(model.documents.date);
  const views =
    options.views ??
    documentViews(model, index, lang, {
      trace: options.trace,
      images: false,
      ...(options.swimlaneParts ? { swimlaneParts: options.swimlaneParts } : {}),
      ...(options.history ? { history: options.history } : {}),
      ...(options.notes ? { notes: true } : {}),
      people: options.people ?? true,
    });
  const base = {
    none: w.common.none,
    sourceColumn: w.common.source,
    ...(model.organization ? { organization: model.organization.name } : {}),
    images: options.images ?? new Map<string, DocxImage>(),
    processMapTitle: w.titles.processMap,
  };
  // In the mirror set links point at sibling files; in a bundle they stay text (the target may be in the same book).
  const mirror = (view: DocumentView): DocumentContext => ({ ...base, from: view.path });
  const bundled: DocumentContext = base;

  const files: EmittedFile[] = [];
  for (const view of views) {
    if (options.only && !options.only.has(view.document)) continue;
    const document = wordDocument(view.title, lang, documentSections(view, mirror(view)));
    files.push({ path: docxPaths.document(view.path), content: await packDocx(document, date, options.reference) });
  }
  if (!options.bundle) return files;

  // The views of each position, grouped once (in view order: duties, competencies, profile, KPI card).
  const byPosition = new Map<string, DocumentView[]>();
  for (const view of views) {
    if (!("positionId" in view) || typeof view.positionId !== "string") continue;
    // The bundle is what the employee signs: duties, competencies, profile and the KPI card; the vacancy,
    // questionnaire and comparison with a standard stand alone.
    if (!BUNDLED.has(view.document)) continue;
    const list = byPosition.get(view.positionId);
    if (list) list.push(view);
    else byPosition.set(view.positionId, [view]);
  }
  for (const position of model.positions) {
    const own = byPosition.get(position.id) ?? [];
    const document = wordDocument(
      position.name,
      lang,
      own.flatMap((v) => documentSections(v, bundled)),
    );
    files.push({
      path: docxPaths.positionBundle(position.id),
      content: await packDocx(document, date, options.reference),
    });
  }
  const regulations = views.filter(
    (v) => v.document === "org-structure" || v.document === "unit-regulation" || v.document === "process-spec",
  );
  // The book reads top-down: the whole structure, then each unit, then each process card.
  const rank = { "org-structure": 0, "unit-regulation": 1, "process-spec": 2 } as Record<string, number>;
  regulations.sort((a, b) => (rank[a.document] ?? 0) - (rank[b.document] ?? 0));
  const book = wordDocument(
    w.titles.orgStructure,
    lang,
    regulations.flatMap((v) => documentSections(v, bundled)),
  );
  files.push({ path: docxPaths.regulations, content: await packDocx(book, date, options.reference) });
  return files;
}
