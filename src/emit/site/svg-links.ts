/**
 * Links in a diagram Mermaid drew: each box (`<g class="node" id="…-flowchart-p3-7">`) and each group
 * (`<g class="cluster" id="…-p0">`) whose node id has a target gets an SVG `<a href>` around its content, so a click
 * on it opens its page. The picture itself is the one the other formats use; only the links are added.
 */
const OPEN = /<g\b[^>]*\bclass="(?:node|cluster)\b[^"]*"[^>]*>/g;
const NODE_ID = /\bid="[^"]*?-(?:flowchart-)?([a-z]\d+)(?:-\d+)?"/;
const G_TAG = /<g\b|<\/g>/g;

export interface NodeTarget {
  href: string;
  /** What a screen reader and a tooltip say. */
  title: string;
}

export function linkDiagramNodes(svg: string, targetOf: (nodeId: string) => NodeTarget | undefined): string {
  const out: string[] = [];
  let at = 0;
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(svg); open; open = OPEN.exec(svg)) {
    const node = NODE_ID.exec(open[0])?.[1];
    const target = node === undefined ? undefined : targetOf(node);
    if (!target) continue;
    const start = open.index + open[0].length;
    const end = closingOf(svg, start);
    if (end < 0) continue;
    out.push(
      svg.slice(at, start),
      `<a href="${xmlAttr(target.href)}"><title>${xmlText(target.title)}</title>`,
      svg.slice(start, end),
      "</a>",
    );
    at = end;
    OPEN.lastIndex = end;
  }
  out.push(svg.slice(at));
  return out.join("");
}

/** Index of the `</g>` that closes the group whose content starts at `from` (-1 when the markup is cut short). */
function closingOf(svg: string, from: number): number {
  let depth = 1;
  G_TAG.lastIndex = from;
  for (let tag = G_TAG.exec(svg); tag; tag = G_TAG.exec(svg)) {
    depth += tag[0] === "</g>" ? -1 : 1;
    if (depth === 0) return tag.index;
  }
  return -1;
}

const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const xmlAttr = (text: string) => xmlText(text).replace(/"/g, "&quot;");
