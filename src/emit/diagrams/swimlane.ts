import type { FlowLayout, LaidNode, Point } from "../bpmn/layout.js";
import { LABEL_WIDTH, LINK_LABEL_WIDTH } from "../bpmn/layout.js";

/**
 * The swimlane diagram as SVG, drawn from the same layout as the BPMN file's diagram interchange, in BPMN's own
 * notation: a pool, a lane per executor, rounded tasks, diamonds for decisions, thin and thick circles for start
 * and end, folded sheets for documents. Plain <text> (no foreignObject) so Word, LibreOffice and the PNG
 * rasteriser all show the labels; a pure function of the layout, so the same spec gives the same bytes.
 */
const FONT = "DejaVu Sans, sans-serif";
/** Average advance of a DejaVu Sans glyph, in ems; enough to wrap labels without measuring in a browser. */
const EM = 0.58;

export function swimlaneSvg(
  layout: FlowLayout,
  title: string,
  poolTitle = layout.flow.name,
  laneLinks: readonly (string | undefined)[] = [],
): string {
  const width = layout.pool.x + layout.pool.width + 10;
  const height = layout.pool.y + layout.pool.height + 10;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${xml(title)}">`,
    "<title>",
    xml(title),
    "</title>",
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#222"/></marker>',
    '<marker id="open" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10" fill="none" stroke="#222"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
  ];
  const { pool } = layout;
  out.push(rect(pool.x, pool.y, pool.width, pool.height, 0, "#fff", 1.5));
  out.push(verticalText(pool.x + 15, pool.y + pool.height / 2, poolTitle, pool.height - 10, 13, true));
  layout.lanes.forEach((lane, i) => {
    out.push(rect(lane.x, lane.y, lane.width, lane.height, 0, i % 2 === 0 ? "#fff" : "#f6f8fa", 1));
    const name = verticalText(lane.x + 15, lane.y + lane.height / 2, lane.name, lane.height - 10, 12, false);
    // The HTML site links a lane's title to its executor's page.
    const href = laneLinks[i];
    out.push(href ? `<a href="${xml(href)}">${name}</a>` : name);
  });
  for (const a of layout.associations) {
    out.push(
      `<polyline points="${points(a.points)}" fill="none" stroke="#555" stroke-dasharray="3 3"${a.output ? ' marker-end="url(#open)"' : ""}/>`,
    );
  }
  for (const edge of layout.edges) {
    if (edge.points.length < 2) continue;
    out.push(
      `<polyline points="${points(edge.points)}" fill="none" stroke="#222" stroke-width="1.3" marker-end="url(#arrow)"/>`,
    );
    if (edge.label && edge.when !== undefined) {
      const lines = wrap(edge.when, LABEL_WIDTH, 10);
      out.push(textBlock(edge.label.x + edge.label.width / 2, edge.label.y, lines, 10, "#333", edge.label.height));
    }
  }
  for (const node of layout.nodes) out.push(shape(node));
  for (const doc of layout.documents) {
    const { x, y, width: w, height: h } = doc;
    out.push(
      `<path d="M${x},${y} h${w - 10} l10,10 v${h - 10} h-${w} z M${x + w - 10},${y} v10 h10" fill="#fff" stroke="#222"/>`,
    );
    out.push(textBlock(x + w / 2, y + h + 4, wrap(doc.name, 86, 9), 9, "#222", 56));
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

function shape(node: LaidNode): string {
  const { x, y, width: w, height: h } = node;
  const cx = x + w / 2;
  const cy = y + h / 2;
  if (node.kind === "start")
    return `<circle cx="${cx}" cy="${cy}" r="${w / 2}" fill="#fff" stroke="#222" stroke-width="1.5"/>`;
  if (node.kind === "end")
    return `<circle cx="${cx}" cy="${cy}" r="${w / 2 - 2}" fill="#fff" stroke="#222" stroke-width="4"/>`;
  if (node.kind === "link") {
    // BPMN's link event: a double ring with an arrow, its label beneath — where the flow goes on in another part.
    const r = w / 2;
    const label = textBlock(cx, y + h + 2, wrap(node.name, LINK_LABEL_WIDTH, 10), 10, "#111", 40);
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#fff" stroke="#222" stroke-width="1.5"/><circle cx="${cx}" cy="${cy}" r="${r - 4}" fill="none" stroke="#222"/><path d="M${cx - 8},${cy - 4} h8 v-5 l9,9 l-9,9 v-5 h-8 z" fill="#222"/>\n${label}`;
  }
  if (node.kind === "gateway") {
    const d = `M${cx},${y} L${x + w},${cy} L${cx},${y + h} L${x},${cy} z`;
    const m = 9;
    return `<path d="${d}" fill="#fff" stroke="#222" stroke-width="1.5"/><path d="M${cx - m},${cy - m} L${cx + m},${cy + m} M${cx + m},${cy - m} L${cx - m},${cy + m}" stroke="#222" stroke-width="3"/>`;
  }
  const lines = wrap(node.name, w - 12, 12);
  const lineHeight = 14;
  const top = cy - (lines.length * lineHeight) / 2;
  return `${rect(x, y, w, h, 10, "#fff", 1.5)}\n${textBlock(cx, top, lines, 12, "#111", h)}`;
}

const rect = (x: number, y: number, w: number, h: number, r: number, fill: string, stroke: number) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${fill}" stroke="#222" stroke-width="${stroke}"/>`;

const points = (list: readonly Point[]) => list.map((p) => `${p.x},${p.y}`).join(" ");

/** Lines of text centred on `cx` from `top` down, cut to what fits in `maxHeight`. */
function textBlock(cx: number, top: number, lines: string[], size: number, fill: string, maxHeight: number): string {
  const lineHeight = Math.round(size * 1.2);
  const fit = Math.max(1, Math.floor(maxHeight / lineHeight));
  const shown = lines.length > fit ? [...lines.slice(0, fit - 1), `${lines[fit - 1] ?? ""}…`] : lines;
  const spans = shown.map((line, i) => `<tspan x="${cx}" y="${top + size + i * lineHeight}">${xml(line)}</tspan>`);
  return `<text font-size="${size}" fill="${fill}" text-anchor="middle">${spans.join("")}</text>`;
}

/** A title written bottom to top in a pool's or lane's band, wrapped to at most two lines. */
function verticalText(cx: number, cy: number, text: string, length: number, size: number, bold: boolean): string {
  const lines = wrap(text, length, size).slice(0, 2);
  const lineHeight = Math.round(size * 1.2);
  const first = -((lines.length - 1) * lineHeight) / 2 + size * 0.35;
  const spans = lines.map((line, i) => `<tspan x="0" y="${first + i * lineHeight}">${xml(line)}</tspan>`);
  return `<text transform="translate(${cx},${cy}) rotate(-90)" font-size="${size}" text-anchor="middle"${bold ? ' font-weight="bold"' : ""}>${spans.join("")}</text>`;
}

/** Greedy word wrap by estimated width; a word longer than a line is cut with a hyphen. */
export function wrap(text: string, width: number, size: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * EM)));
  const lines: string[] = [];
  let line = "";
  // A no-break space holds its neighbours together: "шаг 5" never ends a line at "шаг".
  for (const word of text.split(/[^\S\u00a0]+/).filter((w) => w !== "")) {
    let rest = word;
    while (rest.length > perLine) {
      if (line) {
        lines.push(line);
        line = "";
      }
      lines.push(`${rest.slice(0, perLine - 1)}-`);
      rest = rest.slice(perLine - 1);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= perLine) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function xml(text: string): string {
  // Control characters are not allowed in XML 1.0 even escaped; a consultant's text may carry one from a paste.
  return [...text]
    .filter((ch) => {
      const code = ch.charCodeAt(0);
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
