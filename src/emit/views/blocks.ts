/**
 * The building blocks every document view is made of. A view holds finished, localized text and no markup, so the
 * Markdown and the DOCX emitter render the same words; each emitter escapes them for its own target.
 */

import type { Lang } from "../../i18n/lang.js";

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

/** The approval block on every document, ready to print line by line. */
export interface DocumentMeta {
  approvedBy?: string;
  version?: string;
  /** Already formatted for the language (`01.12.2026`, `1 December 2026`). */
  date?: string;
  /** `["УТВЕРЖДАЮ", "Генеральный директор", "Версия: 1.0", "Дата: 01.12.2026"]`; empty when no metadata is set. */
  lines: string[];
}

/** What every view has: where it goes, its title, its approval block. */
export interface ViewBase {
  /** Output path without extension, from `outputPaths`. */
  path: string;
  lang: Lang;
  title: string;
  meta: DocumentMeta;
}

export interface ViewOptions {
  /** Attach `file:line` to every generated row. */
  trace: boolean;
}
