/**
 * The documents of the second wave about standards and people are built from a few generic blocks (headings,
 * paragraphs, fields, lists, tables) instead of a bespoke shape each: every renderer (Markdown, DOCX) renders the
 * blocks once, and a new document of this family is a view function only.
 */

import type { Field, Item, Table, ViewBase } from "./blocks.js";

/** A score cell below (or at and above) the required level: the heat table's colour, bold in Markdown. */
export type Shade = "low" | "ok";

export type ReportBlock =
  | { kind: "heading"; text: string; level: 2 | 3 }
  | { kind: "paragraph"; text: string; italics?: boolean }
  | { kind: "fields"; fields: Field[] }
  | { kind: "bullets"; items: Item[] }
  /**
   * A chart drawn beside the document: `path` is its output path without extension (an `.svg` the Markdown and the
   * site link to), `name` the key of its PNG among the DOCX images.
   */
  | { kind: "image"; name: string; path: string; alt: string }
  | {
      kind: "table";
      table: Table;
      /** Relative column widths for DOCX. */
      weights: number[];
      /** Columns whose cells are centred. */
      centered?: number[];
      /** Per row, per cell: how to shade it (heat tables). */
      shades?: Array<Array<Shade | undefined>>;
    };

export type ReportDocument =
  | "profstandard-comparison"
  | "profstandard-list"
  | "profstandard-plan"
  | "vacancy"
  | "assessment-form"
  | "development-plan"
  | "assessment-summary"
  | "ratings-report"
  | "ratings-form";

export interface ReportView extends ViewBase {
  document: ReportDocument;
  /** Set on the documents of one position (vacancy, questionnaire, comparison). */
  positionId?: string;
  /** Wide tables: a landscape page in DOCX. */
  landscape: boolean;
  /** Holds people's names: written only under `people/`, left out by `build --no-people`. */
  personal: boolean;
  blocks: ReportBlock[];
  none: string;
}

export const heading = (text: string, level: 2 | 3 = 2): ReportBlock => ({ kind: "heading", text, level });
export const paragraph = (text: string, italics = false): ReportBlock =>
  italics ? { kind: "paragraph", text, italics } : { kind: "paragraph", text };
export const bulletList = (texts: readonly string[]): ReportBlock => ({
  kind: "bullets",
  items: texts.map((text) => ({ text })),
});
export const fieldList = (fields: Field[]): ReportBlock => ({ kind: "fields", fields });
