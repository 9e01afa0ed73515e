/**
 * The document frame (`../views/frame.ts`) in Markdown: `{{approval meta}}` above the title, `{{closing meta}}` at
 * the end of a template. Everything is escaped here, as in every helper.
 */

import type { DocumentFrame, TitledTable } from "../views/index.js";
import { escapeInline } from "./escape.js";
import { fieldsMd, type RenderRoot, tableMd } from "./helpers.js";

/** Hard line breaks (a trailing backslash) keep the block's lines together as one paragraph. */
export function approvalMd(frame: DocumentFrame): string {
  const a = frame.approval;
  if (!a) return "";
  const lines = [`**${escapeInline(a.heading)}**`];
  if (a.position) lines.push(escapeInline(a.position));
  lines.push(escapeInline(a.signature), escapeInline(a.date));
  return lines.join("\\\n");
}

function titledTable(part: TitledTable, r: RenderRoot): string {
  return `## ${escapeInline(part.heading)}\n\n${tableMd(part.table, r)}`;
}

export function closingMd(frame: DocumentFrame, r: RenderRoot): string {
  const parts: string[] = [];
  if (frame.agreement) parts.push(titledTable(frame.agreement, r));
  if (frame.acknowledgement) parts.push(titledTable(frame.acknowledgement, r));
  if (frame.passport) parts.push(`## ${escapeInline(frame.passport.heading)}\n\n${fieldsMd(frame.passport.fields, r)}`);
  if (frame.changeLog) {
    parts.push(titledTable(frame.changeLog, r));
    if (frame.changeLog.note) parts.push(escapeInline(frame.changeLog.note));
  }
  return parts.join("\n\n");
}
