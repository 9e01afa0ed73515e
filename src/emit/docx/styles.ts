/**
 * Styles of every DOCX: a serif body font set explicitly (docx sets none, and LibreOffice then guesses —
 * TOOLCHAIN.md §3), real Heading 1–3 styles so Word's navigation pane and a table of contents work, a compact table
 * style, and the bullet lists used in the text and inside table cells.
 */

import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, LineRuleType } from "docx";
import type { Lang } from "../../i18n/lang.js";

/** LibreOffice reads a `line` without `lineRule` as exact spacing, which clips pictures to one line: always say auto. */

/**
 * DejaVu Serif: present wherever LibreOffice is (Debian, CI), full Cyrillic, reads as a printed business document.
 * Times New Roman would be the Word habit, but on Linux it silently becomes another font with other metrics.
 */
export const FONT = "DejaVu Serif";

/** Half-points. Body 11 pt (DejaVu is wide: 11 pt sets like 12 pt Times), tables 9 pt, headings 14/12/11 pt. */
const SIZE = { body: 22, table: 18, h1: 28, h2: 24, h3: 22, small: 16 } as const;

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
