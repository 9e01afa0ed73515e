/**
 * The building blocks every document view is made of. A view holds finished, localized text and no markup, so the
 * Markdown and the DOCX emitter render the same words; each emitter escapes them for its own target.
 */

import type { Lang } from "../../i18n/lang.js";
import type { DocumentFrame, SourceHistory } from "./frame.js";

/** A table cell: one text, or a list (rendered as lines or bullets inside the cell). */
export type Cell = string | string[];

export interface Row {
  cells: Cell[];
  /** `file:line` of the spec element the row comes from; set only with `{trace: true}`. */
  source?: string;
}

export interface Table {
  columns: string[];
  rows: Row[];
}

/** A list entry, optionally traced to its source. */
export interface Item {
  text: string;
  source?: string;
}

/** A link to another generated document: `to` is its output path without extension (see `outputPaths`). */
export interface Link {
  text: string;
  to: string;
}

/** Items under a linked heading: functions under their process, indicators under an owned process. */
export interface Group {
  link: Link;
  items: Item[];
}

/** A labelled value in a document's header block ("Подразделение: Автосервис"). */
export interface Field {
  label: string;
  value: string;
  link?: Link;
}

/** What every view has: where it goes, its title, its frame (approval block, sign-off sheets, passport, change log). */
export interface ViewBase {
  /** Output path without extension, from `outputPaths`. */
  path: string;
  lang: Lang;
  title: string;
  meta: DocumentFrame;
}

export interface ViewOptions {
  /** Attach `file:line` to every generated row. */
  trace: boolean;
  /** The git history of the spec files, read by the CLI when `documents.changeLog: git`. */
  history?: SourceHistory;
  /** Print the notes on how a document was compiled (`--notes`); a document to sign has none by default. */
  notes?: boolean;
}
