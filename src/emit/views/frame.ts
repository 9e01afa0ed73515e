/**
 * The document frame: what turns a compiled document into one a client signs. Every view carries one in `meta`;
 * the Markdown and the DOCX renderer draw it around the view's own content.
 *
 * - top: the «УТВЕРЖДАЮ» approval block (`documents.approver` or `approvedBy` in procspec.yaml);
 * - end, in this order: «СОГЛАСОВАНО» (the parties a view names), the acknowledgement sheet («С документом
 *   ознакомлен(а)»), the passport (developer, version, date, source files) and «Лист регистрации изменений» from the
 *   git history of the source files (`documents.changeLog: git`; the CLI reads git, the view gets plain data).
 *
 * How another document uses it — one call in its view, two in its renderers:
 *
 * ```ts
 * // src/emit/views/kpi-card.ts
 * meta: documentFrame(model, index, lang, options, {
 *   sources: sourceFiles([position, ...processes]),   // or "all" for a document of the whole organization
 *   agreement: [{ role: w.parties.employee, position: position.name }],   // optional «СОГЛАСОВАНО»
 *   acknowledgement: 5,                                // optional: blank rows of «С документом ознакомлен(а)»
 * }),
 * ```
 * Markdown template: `{{approval meta}}` above the title and `{{closing meta}}` at the end.
 * DOCX (`src/emit/docx/frame.ts`): `approvalBlock(view.meta, orientation)` above the title (the shared `opening()`
 * in render.ts already does it) and `...closingBlocks(view.meta, context, orientation)` at the end.
 */

import { formatDate } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { frameWords } from "../../i18n/words/frame.js";
import type { SourceRef } from "../../load/source.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model } from "../../model/types.js";
import type { Field, Table, ViewOptions } from "./blocks.js";

/** One commit that touched spec files, as the CLI read it from git: plain data, so emit stays pure. */
export interface Change {
  /** The author date as `YYYY-MM-DD`, in the author's own time zone (the same on every machine). */
  date: string;
  author: string;
  /** The first line of the commit message. */
  description: string;
  /** Project-relative paths with `/`, as in `SourceRef.file`. */
  files: string[];
}

/** The git history of the project folder, newest first. Absent when there is no git or only a shallow clone. */
export interface SourceHistory {
  changes: Change[];
}

/** «УТВЕРЖДАЮ», the approver's position, the signature line with initials and surname, the date line. */
export interface ApprovalBlock {
  heading: string;
  position?: string;
  /** `______________ И. И. Петров`, or the bare line when no person is named. */
  signature: string;
  /** `«___» ____________ 20___ г.` */
  date: string;
}

/** A party that signs the agreement: "Непосредственный руководитель — Главный врач". */
export interface Signatory {
  role: string;
  position: string;
  person?: string;
}

export interface TitledTable {
  heading: string;
  table: Table;
}

export interface DocumentFrame {
  approval?: ApprovalBlock;
  /** «СОГЛАСОВАНО»: party | position | signature | date. */
  agreement?: TitledTable;
  /** «С документом ознакомлен(а)»: № | name | signature | date, blank rows to fill in by hand. */
  acknowledgement?: TitledTable;
  passport?: { heading: string; fields: Field[] };
  /** Date | change | author, newest first; blank rows when there is no history to read. */
  changeLog?: TitledTable & { note?: string };
}

export interface FrameSpec {
  /** Project-relative files the document is compiled from; `"all"` for a document of the whole organization. */
  sources: readonly string[] | "all";
  agreement?: readonly Signatory[];
  /** Blank rows of the acknowledgement sheet; no sheet when absent. */
  acknowledgement?: number;
}

/** A change log longer than this shows its newest entries: a signed document is not a git browser. */
const MAX_CHANGES = 30;
/** Rows to fill in by hand when there is no history to print. */
const BLANK_CHANGES = 5;

/** The distinct files of some model elements, sorted: the `sources` of a FrameSpec. */
export function sourceFiles(elements: readonly ({ source: SourceRef } | undefined)[]): string[] {
  const files = new Set<string>();
  for (const element of elements) if (element) files.add(element.source.file);
  return [...files].sort();
}

const allFiles = new WeakMap<Model, string[]>();

function filesOfModel(model: Model): string[] {
  let files = allFiles.get(model);
  if (!files) {
    files = sourceFiles([
      model.organization,
      ...model.units,
      ...model.positions,
      ...model.processes,
      ...model.instructions,
      ...model.systems,
    ]);
    allFiles.set(model, files);
  }
  return files;
}

const blank = (columns: number, rows: number) =>
  Array.from({ length: rows }, () => ({ cells: Array.from({ length: columns }, () => "") }));

export function approvalBlock(model: Model, index: ModelIndex, lang: Lang): ApprovalBlock | undefined {
  const w = frameWords[lang];
  const { approver, approvedBy } = model.documents;
  if (!approver && !approvedBy) return undefined;
  const id = approver?.position;
  const position = id !== undefined ? (index.positions.get(id)?.name ?? id) : approvedBy;
  const person = approver?.person?.trim();
  return {
    heading: w.approved,
    ...(position ? { position } : {}),
    signature: person ? `${w.signatureLine} ${person}` : w.signatureLine,
    date: w.dateLine,
  };
}

function changeLog(
  lang: Lang,
  sources: readonly string[],
  history: SourceHistory | undefined,
): NonNullable<DocumentFrame["changeLog"]> {
  const w = frameWords[lang];
  const c = w.changeLogColumns;
  const columns = [c.date, c.description, c.author];
  const wanted = new Set(sources);
  const changes = (history?.changes ?? []).filter((change) => change.files.some((file) => wanted.has(file)));
  if (changes.length === 0)
    return { heading: w.changeLog, table: { columns, rows: blank(columns.length, BLANK_CHANGES) } };
  const shown = changes.slice(0, MAX_CHANGES);
  return {
    heading: w.changeLog,
    table: {
      columns,
      rows: shown.map((change) => ({ cells: [formatDate(lang, change.date), change.description, change.author] })),
    },
    ...(changes.length > shown.length ? { note: w.olderChanges(shown.length, changes.length) } : {}),
  };
}

/** The frame of one document. Pure: the history comes in `options.history`, read by the CLI. */
export function documentFrame(
  model: Model,
  index: ModelIndex,
  lang: Lang,
  options: ViewOptions,
  spec: FrameSpec,
): DocumentFrame {
  const w = frameWords[lang];
  const frame: DocumentFrame = {};
  const approval = approvalBlock(model, index, lang);
  if (approval) frame.approval = approval;
  if (spec.agreement && spec.agreement.length > 0) {
    const a = w.agreement;
    frame.agreement = {
      heading: w.agreed,
      table: {
        columns: [a.party, a.position, a.signature, a.date],
        rows: spec.agreement.map((s) => ({ cells: [s.role, s.position, s.person ?? "", ""] })),
      },
    };
  }
  if (spec.acknowledgement !== undefined && spec.acknowledgement > 0) {
    const a = w.acknowledgement;
    frame.acknowledgement = {
      heading: w.acknowledged,
      table: {
        columns: [a.number, a.person, a.signature, a.date],
        rows: Array.from({ length: spec.acknowledgement }, (_, i) => ({ cells: [String(i + 1), "", "", ""] })),
      },
    };
  }
  const sources = spec.sources === "all" ? filesOfModel(model) : spec.sources;
  const { developer, version, date, changeLog: log } = model.documents;
  const p = w.passportFields;
  const fields: Field[] = [];
  if (developer) fields.push({ label: p.developer, value: developer });
  if (version) fields.push({ label: p.version, value: version });
  if (date) fields.push({ label: p.date, value: formatDate(lang, date) });
  if (sources.length > 0)
    fields.push({
      label: p.sources,
      value: spec.sources === "all" ? w.allSources(sources.length) : sources.join(", "),
    });
  if (fields.length > 0) frame.passport = { heading: w.passport, fields };
  if (log === "git") {
    frame.changeLog = changeLog(lang, sources, options.history);
  }
  return frame;
}
