/**
 * The KPI card and the KPI register as DOCX: the same views as their Markdown. The card is one landscape sheet:
 * the table across the page, then the bonus rule and the control schedule side by side beneath it.
 */

import {
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { KpiCardView, KpiRegisterView, Link, Table as TableView } from "../views/index.js";
import {
  type Block,
  columnWidths,
  fields,
  heading,
  linkBullets,
  linkRun,
  paragraph,
  runs,
  table,
  tableOrNone,
} from "./blocks.js";
import { APPROVAL_WIDTH, approvalBlock } from "./frame.js";
import { type Orientation, textWidth } from "./page.js";
import { type DocumentContext, opening } from "./render.js";
import { BULLETS, TABLE_TEXT } from "./styles.js";

/** Eight columns across a landscape page: the indicator and the formula take the room. */
const cardWeights = [3, 28, 5, 8, 17, 21, 12, 6];

const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/** Two columns of text without borders: a layout, not a table a reader should read as data. */
function sideBySide(left: Block[], right: Block[], orientation: Orientation, weights = [58, 42]): Block[] {
  if (right.length === 0) return left;
  const widths = columnWidths(weights, textWidth(orientation));
  const cell = (children: Block[], i: number) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, left: i === 0 ? 0 : 160, right: i === 0 ? 160 : 0 },
      children: children.length > 0 ? children : [new Paragraph({})],
    });
  return [
    new Table({
      width: { size: textWidth(orientation), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: [new TableRow({ children: [cell(left, 0), cell(right, 1)] })],
    }),
  ];
}

/** A number keeps its «%» on the same line: «× 100 %» broken before the sign reads as a stray «%». */
const nbspPercent = (text: string) => text.replace(/(\d) %/g, "$1\u00a0%");

function keepPercents(t: TableView): TableView {
  return {
    ...t,
    rows: t.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => (typeof cell === "string" ? nbspPercent(cell) : cell.map(nbspPercent))),
    })),
  };
}

/** The organization's name, bold, at the head of the card's left column. */
const organizationLine = (organization: string) =>
  new Paragraph({ spacing: { after: 120 }, children: runs(organization, { bold: true }) });

/** Word and LibreOffice join two tables that touch into one: a hairline paragraph keeps them apart. */
const spacer = () =>
  new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.AUTO }, children: [] });

export function kpiCard(v: KpiCardView, c: DocumentContext): Block[] {
  const o: Orientation = "landscape";
  // The rules under the table are set like the table's text, so the card stays one sheet.
  const small = (text: string) =>
    new Paragraph({ style: TABLE_TEXT, spacing: { after: 40 }, children: runs(nbspPercent(text)) });
  // Headings of the two columns: Heading 3 for the outline, without the space above that would cost the sheet.
  const columnHeading = (text: string) =>
    new Paragraph({ heading: HeadingLevel.HEADING_3, spacing: { before: 0, after: 60 }, children: runs(text) });
  const bonus = [columnHeading(v.bonus.heading), ...v.bonus.paragraphs.map(small)];
  // In a half-page column the schedule reads as dated lines («Затем: еженедельно, 3 недели»), not a narrow table.
  const control = v.control.flatMap((s) => [
    columnHeading(s.heading),
    small(s.intro),
    ...s.table.rows.map((row) => {
      const [stage, frequency, duration] = row.cells.map((cell) => (typeof cell === "string" ? cell : cell.join(", ")));
      return new Paragraph({
        style: TABLE_TEXT,
        numbering: { reference: BULLETS, level: 0 },
        children: [...runs(`${stage}: `, { bold: true }), ...runs(`${frequency}, ${duration}`)],
      });
    }),
  ]);
  // The card is one sheet: the organization and the card's fields stand left of the approval block, in the room a
  // landscape page leaves beside it, instead of in lines of their own above and below it.
  const approval = approvalBlock(v.meta, o, true);
  const header = [...(c.organization ? [organizationLine(c.organization)] : []), ...fields(v.fields, c)];
  const approvalShare = Math.round((APPROVAL_WIDTH / textWidth(o)) * 100);
  return [
    ...(approval.length > 0 ? sideBySide(header, approval, o, [100 - approvalShare, approvalShare]) : header),
    heading(v.title, 1),
    table(keepPercents(v.kpis), { weights: cardWeights, orientation: o, centered: new Set([0, 2, 7]) }, c),
    spacer(),
    ...sideBySide(bonus, control, o, [62, 38]),
  ];
}

export function kpiRegister(v: KpiRegisterView, c: DocumentContext): Block[] {
  const o = "portrait";
  return [
    ...opening(v, c, o),
    heading(v.cards.heading, 2),
    table(v.cards.table, { weights: [22, 12, 34, 22, 10], orientation: o, centered: new Set([1, 4]) }, c),
    heading(v.unused.heading, 2),
    ...(v.unused.table.rows.length > 0
      ? [paragraph(v.unused.intro), ...tableOrNone(v.unused.table, { weights: [40, 60], orientation: o }, c)]
      : [paragraph(v.unused.none)]),
    heading(v.withoutCard.heading, 2),
    ...(v.withoutCard.links.length > 0 ? linkBullets(v.withoutCard.links, c) : [paragraph(v.withoutCard.none)]),
  ];
}

/** "… в карте KPI должности: Карта KPI" under the profile and the job duties of a position with a card. */
export function kpiCardReference(reference: { text: string; link: Link } | undefined, c: DocumentContext): Block[] {
  if (!reference) return [];
  return [new Paragraph({ children: [...runs(`${reference.text} `), linkRun(reference.link, c)] })];
}
