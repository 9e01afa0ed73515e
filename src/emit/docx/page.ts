/**
 * Page geometry of a Russian business document (ГОСТ Р 7.0.97): A4, margins left 30 mm, right 15 mm, top and
 * bottom 20 mm; page numbers centred in the footer. Wide matrices get a landscape section of their own.
 */

import { AlignmentType, Footer, type ISectionOptions, PageNumber, PageOrientation, Paragraph, TextRun } from "docx";

export const A4 = { width: 11906, height: 16838 } as const;
/** A3 for process maps and wide matrices when `documents.paper: A3`. */
export const A3 = { width: 16838, height: 23811 } as const;

export type Paper = "A4" | "A3";
const SHEETS: Record<Paper, { width: number; height: number }> = { A4, A3 };

/** Rounded, not floored as docx's `convertMillimetersToTwip` does: 30 mm is 1701 twips, not 1700. */
function mm(value: number): number {
  return Math.round((value * 1440) / 25.4);
}

const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
} as const;

export type Orientation = "portrait" | "landscape";

/** Width of the text column in twips (dxa), which tables and pictures are fitted to. */
export function textWidth(orientation: Orientation, paper: Paper = "A4"): number {
  const page = orientation === "landscape" ? SHEETS[paper].height : SHEETS[paper].width;
  return page - MARGIN.left - MARGIN.right;
}

/** Height of the text column in twips; pictures taller than this would be cut. */
export function textHeight(orientation: Orientation, paper: Paper = "A4"): number {
  const page = orientation === "landscape" ? SHEETS[paper].width : SHEETS[paper].height;
  return page - MARGIN.top - MARGIN.bottom;
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
    ],
  });
}

export function section(
  children: ISectionOptions["children"],
  orientation: Orientation,
  paper: Paper = "A4",
): ISectionOptions {
  return {
    properties: {
      page: {
        size: {
          width: SHEETS[paper].width,
          height: SHEETS[paper].height,
          orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: MARGIN,
      },
    },
    footers: { default: pageFooter() },
    children,
  };
}
