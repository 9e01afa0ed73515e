/**
 * The document frame (`../views/frame.ts`) as Word structure. A document renderer calls `approvalBlock` above its
 * title (render.ts's `opening()` does) and `closingBlocks` after its content.
 */

import { Paragraph, type TextRun } from "docx";
import type { DocumentFrame, TitledTable } from "../views/index.js";
import { type Block, fields, heading, paragraph, type RenderContext, runs, type TableLayout, table } from "./blocks.js";
import { type Orientation, textWidth } from "./page.js";

/** Width of the approval block: the right part of the page, as in Russian office practice (ГОСТ Р 7.0.97). */
export const APPROVAL_WIDTH = 4800;
/** A blank sign-off row tall enough to sign by hand (about 9 mm). */
const SIGN_ROW = 510;

/** «УТВЕРЖДАЮ», position, signature line with initials and surname, date line: left-aligned in a right-hand block. */
/** The block set to the right of the page; `inCell` for a cell of its own width, which places it already. */
export function approvalBlock(frame: DocumentFrame, orientation: Orientation, inCell = false): Paragraph[] {
  const a = frame.approval;
  if (!a) return [];
  const indent = { left: inCell ? 0 : textWidth(orientation) - APPROVAL_WIDTH };
  const line = (children: TextRun[], after = 0) => new Paragraph({ indent, spacing: { after }, children });
  return [
    line(runs(a.heading, { bold: true }), 60),
    ...(a.position ? [line(runs(a.position), 240)] : []),
    line(runs(a.signature), 60),
    line(runs(a.date)),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
  ];
}

interface Sheet {
  weights: number[];
  /** Blank rows to sign in: tall, never split. */
  sign?: boolean;
  /** Starts a page of its own. */
  newPage?: boolean;
  centered?: number[];
}

function titledTable(part: TitledTable, sheet: Sheet, c: RenderContext, o: Orientation): Block[] {
  const layout: TableLayout = {
    weights: sheet.weights,
    orientation: o,
    ...(sheet.sign ? { rowHeight: SIGN_ROW, keepRows: true } : {}),
    ...(sheet.centered ? { centered: new Set(sheet.centered) } : {}),
  };
  return [heading(part.heading, 2, sheet.newPage ?? false), table(part.table, layout, c)];
}

/**
 * The end of a document: «СОГЛАСОВАНО», then the acknowledgement sheet on a page of its own (it is a separate sheet
 * that HR files), the passport and the change log.
 */
export function closingBlocks(frame: DocumentFrame, c: RenderContext, o: Orientation): Block[] {
  const out: Block[] = [];
  if (frame.agreement) out.push(...titledTable(frame.agreement, { weights: [34, 30, 22, 14], sign: true }, c, o));
  if (frame.acknowledgement)
    out.push(
      ...titledTable(
        frame.acknowledgement,
        { weights: [8, 46, 26, 20], sign: true, newPage: true, centered: [0] },
        c,
        o,
      ),
    );
  if (frame.passport) out.push(heading(frame.passport.heading, 2), ...fields(frame.passport.fields, c));
  if (frame.changeLog) {
    out.push(...titledTable(frame.changeLog, { weights: [16, 62, 22], centered: [0] }, c, o));
    if (frame.changeLog.note) out.push(paragraph(frame.changeLog.note, { italics: true }));
  }
  return out;
}
