/**
 * The building blocks of the views (`../views/blocks.ts`) as Word structure: headings with Heading 1–3 styles,
 * label–value fields, bullet lists, real tables with a repeating header row and pictures.
 */

import { posix } from "node:path";
import {
  AlignmentType,
  ExternalHyperlink,
  HeadingLevel,
  HeightRule,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Cell, Field, Group, Item, Link, Table as TableView } from "../views/blocks.js";
import { type Orientation, type Paper, textHeight, textWidth } from "./page.js";
import { pngSize } from "./png.js";
import { BULLETS, CELL_BULLETS, TABLE_TEXT, TRACE_TEXT } from "./styles.js";
import { linesOf, xmlSafe } from "./text.js";

export type Block = Paragraph | Table;

export interface DocxImage {
  png: Uint8Array;
  /** Pixel size; read from the PNG header when absent. */
  width?: number;
  height?: number;
}

export interface RenderContext {
  /** Output path (without extension) of the document being written; links are made relative to it. Absent in
   * bundles, where the linked document is in the same book or not in the output at all: links become plain text. */
  from?: string;
  /** Shown for an empty section or value. */
  none: string;
  /** Heading of the source column when rows carry `file:line`. */
  sourceColumn: string;
}

/** Text runs with line breaks kept. */
export function runs(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return linesOf(text).map((line, i) => new TextRun({ text: line, ...options, ...(i > 0 ? { break: 1 } : {}) }));
}

export function linkRun(link: Link, context: RenderContext): TextRun | ExternalHyperlink {
  if (context.from === undefined) return new TextRun({ text: xmlSafe(link.text) });
  const target = `${posix.relative(posix.dirname(context.from), link.to)}.docx`;
  // A signed document is printed: the link stays clickable but looks like the text around it, not blue and underlined.
  return new ExternalHyperlink({ link: target, children: [new TextRun({ text: xmlSafe(link.text) })] });
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export function heading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: headingLevels[level - 1], children: runs(text), pageBreakBefore });
}

export function headingLink(link: Link, level: 2 | 3, context: RenderContext): Paragraph {
  return new Paragraph({ heading: headingLevels[level - 1], children: [linkRun(link, context)] });
}

export function paragraph(text: string, options: { italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: runs(text, options) });
}

/** The organization's name above the title, as on a letterhead. */
export function letterhead(organization: string | undefined): Paragraph[] {
  if (!organization) return [];
  return [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(organization, { bold: true }) })];
}

/** "Должность: Мастер-приёмщик" — the label in bold, the value linked when it names a document. */
export function fields(list: readonly Field[], context: RenderContext): Paragraph[] {
  return list.map(
    (field) =>
      new Paragraph({
        spacing: { after: 40 },
        children: [
          new TextRun({ text: `${xmlSafe(field.label)}: `, bold: true }),
          ...(field.link ? [linkRun({ ...field.link, text: field.value }, context)] : runs(field.value)),
        ],
      }),
  );
}

export function traceRun(source: string | undefined): TextRun[] {
  return source ? [new TextRun({ text: ` (${xmlSafe(source)})`, size: 16, color: "666666" })] : [];
}

/** A bullet list, or the `none` mark when there is nothing to list (so a gap stays visible). */
export function bullets(items: readonly Item[], context: RenderContext, level = 0): Paragraph[] {
  if (items.length === 0) return [paragraph(context.none)];
  return items.map(
    (item) =>
      new Paragraph({
        numbering: { reference: BULLETS, level },
        children: [...runs(item.text), ...traceRun(item.source)],
      }),
  );
}

export function linkBullets(links: readonly Link[], context: RenderContext): Paragraph[] {
  if (links.length === 0) return [paragraph(context.none)];
  return links.map(
    (link) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: [linkRun(link, context)] }),
  );
}

/** Items under a linked heading: functions under their process, indicators under an owned process. */
export function groups(list: readonly Group[], context: RenderContext): Paragraph[] {
  if (list.length === 0) return [paragraph(context.none)];
  return list.flatMap((group) => [headingLink(group.link, 3, context), ...bullets(group.items, context)]);
}

/** A cell of a table: text, a list, or a link to another document. */
/** A cell of a table: text, lines of text, a link to another document, or several links one per line. */
export type CellContent = Cell | Link | Link[];

function cellParagraphs(content: CellContent, context: RenderContext, center: boolean, keepNext = false): Paragraph[] {
  const alignment = center ? AlignmentType.CENTER : AlignmentType.LEFT;
  const base = { style: TABLE_TEXT, ...(keepNext ? { keepNext: true } : {}) };
  if (typeof content === "string") return [new Paragraph({ ...base, alignment, children: runs(content) })];
  if (!Array.isArray(content)) return [new Paragraph({ ...base, alignment, children: [linkRun(content, context)] })];
  if (content.length === 0) return [new Paragraph({ ...base, children: [] })];
  const texts = content.filter((c): c is string => typeof c === "string");
  if (texts.length < content.length)
    return content
      .filter((c): c is Link => typeof c !== "string")
      .map((link) => new Paragraph({ ...base, alignment, children: [linkRun(link, context)] }));
  if (texts.length === 1) return [new Paragraph({ ...base, alignment, children: runs(texts[0] ?? "") })];
  return texts.map(
    (text) => new Paragraph({ ...base, numbering: { reference: CELL_BULLETS, level: 0 }, children: runs(text) }),
  );
}

/** Relative column weights → widths in twips that add up to the text width exactly. */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

export interface TableLayout {
  /** Relative widths of the view's columns. */
  weights: readonly number[];
  orientation: Orientation;
  /** Columns whose cells are centred (matrix marks, numbers). */
  centered?: ReadonlySet<number>;
  /** Keep each row on one page: for one-line rows (matrices); long rows of text must be free to break. */
  keepRows?: boolean;
  /** Widths in twips, when weights do not fit (matrices: narrow mark columns of a fixed size). */
  widths?: readonly number[];
  /** The sheet; A4 unless a wide matrix is laid out for A3. */
  paper?: Paper;
  /** Header cells from this column on are turned to read bottom to top (matrices: position names over narrow columns). */
  rotateHeaderFrom?: number;
  /** Rows of one short line (matrices): no padding, so a page holds half as many rows again. */
  compact?: boolean;
  /** Minimum height of the header row in twips (rotated names need the room; Word does not grow the row for them). */
  headerHeight?: number;
  /** Keep the header and this many first rows with the paragraph before the table (a legend, a heading) on one page. */
  keepFirstRows?: number;
  /** Minimum height of body rows in twips: room for a handwritten signature on a blank sign-off row. */
  rowHeight?: number;
  /** Background colour (hex) of a body cell, for heat tables. */
  fill?: (row: number, column: number) => string | undefined;
}

const HEADER_FILL = "E7E6E6";

/**
 * A real Word table: fixed layout with explicit widths (Word and LibreOffice agree on them), a shaded header row
 * marked `tableHeader` so it repeats on every page, rows that do not split across pages. With `--trace` a last,
 * narrow column holds the `file:line` of each row.
 */
export function table(
  view: { columns: readonly string[]; rows: readonly { cells: readonly CellContent[]; source?: string }[] },
  layout: TableLayout,
  context: RenderContext,
): Table {
  const traced = view.rows.some((row) => row.source !== undefined);
  const columns = traced ? [...view.columns, context.sourceColumn] : [...view.columns];
  const weights = traced ? [...layout.weights, 14] : [...layout.weights];
  const total = textWidth(layout.orientation, layout.paper);
  const widths = layout.widths && !traced ? [...layout.widths] : columnWidths(weights, total);
  const centered = layout.centered ?? new Set<number>();
  const rotateFrom = layout.rotateHeaderFrom ?? Number.POSITIVE_INFINITY;
  const kept = layout.keepFirstRows ?? 0;
  const cell = (children: Paragraph[], i: number, header: boolean, fill?: string) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: header ? (i >= rotateFrom ? VerticalAlign.BOTTOM : VerticalAlign.CENTER) : VerticalAlign.TOP,
      ...(header && i >= rotateFrom && i < view.columns.length
        ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT }
        : {}),
      margins:
        layout.compact && !header
          ? { top: 0, bottom: 0, left: 60, right: 60 }
          : { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header || fill
        ? { shading: { type: ShadingType.CLEAR, fill: header ? HEADER_FILL : (fill ?? ""), color: "auto" } }
        : {}),
      children,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    ...(layout.headerHeight ? { height: { value: layout.headerHeight, rule: HeightRule.ATLEAST } } : {}),
    children: columns.map((text, i) =>
      cell(
        [
          new Paragraph({
            style: TABLE_TEXT,
            alignment: i >= rotateFrom ? AlignmentType.LEFT : AlignmentType.CENTER,
            ...(kept > 0 ? { keepNext: true } : {}),
            children: runs(text, { bold: true }),
          }),
        ],
        i,
        true,
      ),
    ),
  });
  const rows = view.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: layout.keepRows ?? false,
        ...(layout.rowHeight ? { height: { value: layout.rowHeight, rule: HeightRule.ATLEAST } } : {}),
        children: [
          ...row.cells.map((content, i) =>
            cell(cellParagraphs(content, context, centered.has(i), r < kept - 1), i, false, layout.fill?.(r, i)),
          ),
          ...(traced
            ? [
                cell(
                  [new Paragraph({ style: TRACE_TEXT, children: runs(row.source ?? "") })],
                  columns.length - 1,
                  false,
                ),
              ]
            : []),
        ],
      }),
  );
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}

/** The view's table, or the `none` mark when it has no rows (a header alone would look like a layout error). */
export function tableOrNone(view: TableView, layout: TableLayout, context: RenderContext): Block[] {
  return view.rows.length > 0 ? [table(view, layout, context)] : [paragraph(context.none)];
}

const TWIPS_PER_PX = 15;
/**
 * Room left on the page beside a picture, in twips: for text above it in general, and on a page of a split
 * diagram, which holds only a level-2 heading and the picture.
 */
export const PICTURE_ROOM = { text: 2000, heading: 1200 } as const;
/** The renderer draws PNGs at twice the CSS size (`PNG_SCALE` in `../diagrams/renderer.ts`). */
const PNG_SCALE = 2;

/**
 * A diagram picture fitted to the text column: never wider than the column nor taller than the page (minus room
 * for a heading), never enlarged beyond its drawn size, aspect ratio from the PNG header.
 */
/** Mermaid draws every label at 16 px (its default `fontSize`), which is 12 pt at the drawn size. */
const DIAGRAM_FONT_PT = 12;
/** The smallest text a printed diagram may have: below it a map is split into pages (or printed on A3). */
export const MIN_PRINTED_PT = 8;

/** How much a diagram is shrunk to fit the text column (1 = drawn size), or undefined when it is not a PNG. */
export function pictureScale(
  image: DocxImage,
  orientation: Orientation,
  paper: Paper = "A4",
  room: number = PICTURE_ROOM.text,
): number | undefined {
  const size = image.width && image.height ? { width: image.width, height: image.height } : pngSize(image.png);
  if (!size) return undefined;
  const maxWidth = textWidth(orientation, paper) / TWIPS_PER_PX;
  const maxHeight = (textHeight(orientation, paper) - room) / TWIPS_PER_PX;
  return Math.min(1, maxWidth / (size.width / PNG_SCALE), maxHeight / (size.height / PNG_SCALE));
}

/** The size in points of a diagram's text once the picture is fitted to the page. */
export function printedFontPt(
  image: DocxImage,
  orientation: Orientation,
  paper: Paper = "A4",
  room: number = PICTURE_ROOM.text,
): number | undefined {
  const scale = pictureScale(image, orientation, paper, room);
  return scale === undefined ? undefined : DIAGRAM_FONT_PT * scale;
}

export function picture(
  image: DocxImage,
  alt: string,
  orientation: Orientation,
  paper: Paper = "A4",
  room: number = PICTURE_ROOM.text,
): Paragraph | undefined {
  const size = image.width && image.height ? { width: image.width, height: image.height } : pngSize(image.png);
  const scale = pictureScale(image, orientation, paper, room);
  if (!size || scale === undefined) return undefined;
  const natural = { width: size.width / PNG_SCALE, height: size.height / PNG_SCALE };
  const safeAlt = xmlSafe(alt);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [
      new ImageRun({
        type: "png",
        data: image.png,
        transformation: {
          width: Math.max(1, Math.round(natural.width * scale)),
          height: Math.max(1, Math.round(natural.height * scale)),
        },
        altText: { name: safeAlt, description: safeAlt, title: safeAlt },
      }),
    ],
  });
}
