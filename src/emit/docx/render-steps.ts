/**
 * The part-two documents as DOCX: the process regulation (landscape: its course table has eight columns and the
 * swimlane diagram is wide), the work instruction and the regulation of work in a system. The opening (letterhead,
 * approval, title) is the one every document has, passed in by render.ts.
 */

import { Paragraph } from "docx";
import type { InstructionView, ProcessRegulationView, SystemRegulationView } from "../views/index.js";
import {
  type Block,
  bullets,
  fields,
  heading,
  linkBullets,
  paragraph,
  picture,
  runs,
  table,
  tableOrNone,
} from "./blocks.js";
import type { Orientation } from "./page.js";
import type { DocumentContext } from "./render.js";

type Opening = (orientation: Orientation) => Block[];

export function processRegulation(v: ProcessRegulationView, c: DocumentContext, open: Opening): Block[] {
  const o: Orientation = "landscape";
  // Each part of a split diagram under its caption, kept with its picture; the parts flow on over the pages.
  const diagram = v.diagram.parts.flatMap((part) => {
    const png = c.images.get(part.name);
    const p = png ? picture(png, part.caption ? `${v.title}. ${part.caption}` : v.title, o) : undefined;
    if (!p) return [];
    return part.caption
      ? [new Paragraph({ keepNext: true, spacing: { before: 200 }, children: runs(part.caption, { bold: true }) }), p]
      : [p];
  });
  return [
    ...open(o),
    heading(`1. ${v.general.heading}`, 2),
    ...fields(v.general.fields, c),
    new Paragraph({ children: [...runs(`${v.general.purposeHeading}. `, { bold: true }), ...runs(v.general.purpose)] }),
    paragraph(v.general.scope),
    heading(`2. ${v.participants.heading}`, 2),
    ...tableOrNone(v.participants.table, { weights: [35, 20, 45], orientation: o }, c),
    heading(`3. ${v.clients.heading}`, 2),
    ...tableOrNone(v.clients.table, { weights: [30, 70], orientation: o }, c),
    heading(`4. ${v.inputs.heading}`, 2),
    ...tableOrNone(v.inputs.table, { weights: [55, 45], orientation: o }, c),
    heading(`5. ${v.outputs.heading}`, 2),
    ...tableOrNone(v.outputs.table, { weights: [55, 45], orientation: o }, c),
    heading(`6. ${v.course.heading}`, 2),
    new Paragraph({ keepNext: true, children: runs(v.course.intro) }),
    table(
      v.course.table,
      { weights: [4, 20, 12, 16, 14, 11, 12, 11], orientation: o, centered: new Set([0]), keepRows: true },
      c,
    ),
    heading(`7. ${v.decisions.heading}`, 2),
    ...(v.decisions.items.length === 0
      ? [paragraph(v.decisions.none)]
      : v.decisions.items.flatMap((d) => [
          new Paragraph({ keepNext: true, children: runs(d.step, { bold: true }) }),
          ...bullets(
            d.branches.map((text) => ({ text })),
            c,
          ),
        ])),
    heading(`8. ${v.diagram.heading}`, 2),
    paragraph(v.diagram.intro),
    ...(v.diagram.split && diagram.length > 0 ? [paragraph(v.diagram.split)] : []),
    ...diagram,
    heading(`9. ${v.indicators.heading}`, 2),
    ...tableOrNone(v.indicators.table, { weights: [35, 25, 40], orientation: o }, c),
    heading(`10. ${v.responsibility.heading}`, 2),
    ...bullets(v.responsibility.items, c),
  ];
}

export function instruction(v: InstructionView, c: DocumentContext, open: Opening): Block[] {
  const o: Orientation = "portrait";
  return [
    ...open(o),
    heading(`1. ${v.workers.heading}`, 2),
    ...linkBullets(v.workers.links, c),
    heading(`2. ${v.steps.heading}`, 2),
    ...tableOrNone(v.steps.table, { weights: [35, 40, 25], orientation: o }, c),
    heading(`3. ${v.text.heading}`, 2),
    ...(v.text.markdown ? markdownParagraphs(v.text.markdown) : [paragraph(v.text.empty)]),
  ];
}

export function systemRegulation(v: SystemRegulationView, c: DocumentContext, open: Opening): Block[] {
  const o: Orientation = "portrait";
  return [
    ...open(o),
    heading(`1. ${v.general.heading}`, 2),
    ...fields(v.general.fields, c),
    paragraph(v.general.purpose),
    heading(`2. ${v.records.heading}`, 2),
    ...(v.records.table.rows.length > 0 ? [paragraph(v.records.intro)] : []),
    ...tableOrNone(v.records.table, { weights: [22, 34, 20, 24], orientation: o }, c),
    heading(`3. ${v.rules.heading}`, 2),
    ...bullets(v.rules.items, c),
    heading(`4. ${v.control.heading}`, 2),
    paragraph(v.control.text),
    ...(v.control.kpis
      ? [
          new Paragraph({ keepNext: true, children: runs(v.control.kpis.intro) }),
          table(v.control.kpis.table, { weights: [17, 31, 12, 21, 19], orientation: o }, c),
        ]
      : []),
    heading(`5. ${v.responsibility.heading}`, 2),
    ...bullets(v.responsibility.items, c),
  ];
}

/**
 * The instruction's Markdown as Word paragraphs: a numbered or bulleted line starts a paragraph of its own,
 * continuation lines join it, a blank line ends it; `**bold**` becomes bold. Enough for the numbered steps and
 * warnings instructions are made of, without a Markdown engine.
 */
function markdownParagraphs(markdown: string): Paragraph[] {
  const paragraphs: string[] = [];
  let current = "";
  for (const line of markdown.split("\n")) {
    const text = line.trim();
    if (text === "" || /^(\d+[.)]|[-*+])\s/.test(text)) {
      if (current) paragraphs.push(current);
      current = text;
    } else current = current ? `${current} ${text}` : text;
  }
  if (current) paragraphs.push(current);
  return paragraphs.map(
    (text) =>
      new Paragraph({
        spacing: { after: 80 },
        children: text
          .replace(/^[-*+]\s/, "• ")
          .split(/\*\*/)
          .flatMap((part, i) => runs(part, { bold: i % 2 === 1 })),
      }),
  );
}
