/**
 * The smallest text of every diagram as printed in the DOCX of a build: for each picture of a document, its width
 * on the page (`wp:extent`) against the width the diagram was drawn at (the PNG, drawn at twice the CSS size), times
 * the smallest `font-size` in the diagram's SVG. Usage: npx tsx bench/printed-fonts.ts OUT_DIR [docx/org/process-map.docx …]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";

const EMU_PER_PT = 12700;
const PNG_SCALE = 2;

function pngWidth(png: Uint8Array): number {
  return new DataView(png.buffer, png.byteOffset, png.byteLength).getUint32(16);
}

/** The smallest font size in px an SVG declares (CSS or attribute); Mermaid's default is 16. */
export function smallestSvgFont(svg: string): number {
  // Mermaid's stylesheet also sizes its hover tooltip (a div, never printed): only drawn text counts.
  const drawn = svg.replace(/div\.mermaidTooltip\{[^}]*\}/g, "");
  const sizes = [...drawn.matchAll(/font-size(?::\s*|=")([\d.]+)px/g)].map((m) => Number(m[1]));
  return sizes.length > 0 ? Math.min(...sizes) : 16;
}

export interface PrintedPicture {
  document: string;
  diagram: string;
  /** Printed width of the picture in points. */
  widthPt: number;
  /** Smallest text of the diagram on paper, in points. */
  smallestPt: number;
}

/**
 * Every picture of the DOCX with the diagram it shows (matched by its PNG bytes among `diagrams`, name → {png, svg})
 * and its smallest printed text.
 */
export function printedPictures(
  document: string,
  docx: Uint8Array,
  diagrams: ReadonlyMap<string, { png: Uint8Array; svg: string }>,
): PrintedPicture[] {
  const files = unzipSync(docx);
  const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  const rels = strFromU8(files["word/_rels/document.xml.rels"] ?? new Uint8Array());
  const target = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const byBytes = new Map<string, string>();
  for (const [name, d] of diagrams) byBytes.set(Buffer.from(d.png).toString("base64"), name);
  const pictures: PrintedPicture[] = [];
  for (const drawing of xml.matchAll(/<w:drawing>(.*?)<\/w:drawing>/gs)) {
    const body = drawing[1] ?? "";
    const cx = Number(/<wp:extent cx="(\d+)"/.exec(body)?.[1] ?? 0);
    const embed = /r:embed="([^"]+)"/.exec(body)?.[1] ?? "";
    const media = files[`word/${target.get(embed) ?? ""}`];
    if (!media) continue;
    const name = byBytes.get(Buffer.from(media).toString("base64")) ?? "?";
    const svg = diagrams.get(name)?.svg ?? "";
    const widthPt = cx / EMU_PER_PT;
    const perPx = widthPt / (pngWidth(media) / PNG_SCALE);
    pictures.push({ document, diagram: name, widthPt, smallestPt: smallestSvgFont(svg) * perPx });
  }
  return pictures;
}

/** The diagrams of a build folder: `diagrams/<name>.png|svg`. */
export function buildDiagrams(out: string): Map<string, { png: Uint8Array; svg: string }> {
  const dir = join(out, "diagrams");
  const map = new Map<string, { png: Uint8Array; svg: string }>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".png")) continue;
    const name = file.slice(0, -4);
    let svg = "";
    try {
      svg = readFileSync(join(dir, `${name}.svg`), "utf8");
    } catch {}
    map.set(name, { png: readFileSync(join(dir, file)), svg });
  }
  return map;
}

if (process.argv[1]?.endsWith("printed-fonts.ts")) {
  const [out, ...docs] = process.argv.slice(2);
  if (!out) throw new Error("usage: printed-fonts.ts OUT_DIR [docx paths]");
  const diagrams = buildDiagrams(out);
  const wanted =
    docs.length > 0 ? docs : ["docx/org/process-map.docx", "docx/org/org-chart.docx", "docx/org/structure.docx"];
  for (const doc of wanted) {
    for (const p of printedPictures(doc, readFileSync(join(out, doc)), diagrams))
      process.stdout.write(
        `${doc}\t${p.diagram}\t${p.widthPt.toFixed(0)} pt wide\tsmallest text ${p.smallestPt.toFixed(1)} pt\n`,
      );
  }
}
