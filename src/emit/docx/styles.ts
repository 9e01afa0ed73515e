/**
 * Styles of every DOCX: a serif body font set explicitly (docx sets none, and LibreOffice then
 * guesses a font), real Heading 1–3 styles so Word's navigation pane and a table of contents work, a compact table
 * style, and the bullet lists used in the text and inside table cells.
 */

import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, LineRuleType } from "docx";
import type { Lang } from "../../i18n/lang.js";

/** LibreOffice reads a `line` without `lineRule` as exact spacing, which clips pictures to one line: always say auto. */

/**
 * Times New Roman: what a Russian business document is set in, and what the client's Word has. On Linux
 * (LibreOffice, CI) fontconfig substitutes Liberation Serif (Debian's fonts-liberation), which has the same
 * metrics and full Cyrillic, so pages break the same way in both.
 */
export const FONT = "Times New Roman";

/** Half-points. Body 12 pt, tables 10 pt, headings 14/13/12 pt. */
const SIZE = { body: 24, table: 20, h1: 28, h2: 26, h3: 24, small: 18 } as const;

export const TABLE_TEXT = "TableText";
export const TRACE_TEXT = "TraceText";
export const BULLETS = "bullets";
export const CELL_BULLETS = "cell-bullets";

export function documentStyles(lang: Lang): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, language: { value: lang === "ru" ? "ru-RU" : "en-GB" } },
        paragraph: { spacing: { after: 80, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font: FONT, size: SIZE.h1, bold: true, color: "000000" },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, keepNext: true },
      },
      heading2: {
        run: { font: FONT, size: SIZE.h2, bold: true, color: "000000" },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
      heading3: {
        run: { font: FONT, size: SIZE.h3, bold: true, italics: true, color: "000000" },
        paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: TABLE_TEXT,
        name: "Table Text",
        basedOn: "Normal",
        quickFormat: true,
        run: { size: SIZE.table },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: TRACE_TEXT,
        name: "Trace Text",
        basedOn: "Normal",
        run: { size: SIZE.small, color: "666666" },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}

/** The Russian habit is a dash for unordered lists; a bullet reads as English. */
function bulletLevels(symbol: string, indent: number, hanging: number) {
  return [0, 1, 2, 3].map((level) => ({
    level,
    format: LevelFormat.BULLET,
    text: level === 0 ? symbol : "◦",
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: indent * (level + 1), hanging } } },
  }));
}

export function numbering(lang: Lang): INumberingOptions {
  const symbol = lang === "ru" ? "–" : "•";
  return {
    config: [
      { reference: BULLETS, levels: bulletLevels(symbol, 567, 283) },
      { reference: CELL_BULLETS, levels: bulletLevels(symbol, 170, 170) },
    ],
  };
}
