/**
 * `documents.reference`: a Word document whose look every generated DOCX takes, as pandoc's `--reference-doc`
 * does — its styles (fonts, sizes, colours of Normal and the headings), its header and footer with their pictures
 * (a logo), and its vertical page set-up (top and bottom margins, header and footer distances). The left and right
 * margins stay ours: every table and picture is laid out to the width of the text column they leave.
 *
 * Pure: the CLI reads the file, this module works on the unzipped parts of both packages.
 */

import { strFromU8, strToU8, unzipSync } from "fflate";

type Parts = Record<string, Uint8Array>;

/** The parts of the reference a package takes, checked once per build. */
export interface ReferenceDocx {
  styles: string;
  /** headerReference / footerReference elements of the reference's last section, ids already renamed. */
  headers: string[];
  footers: string[];
  /** `<w:titlePg/>` when the reference has a first-page header. */
  titlePage: boolean;
  /** Parts to copy (header/footer XML, their rels, their media), by their new names. */
  parts: Parts;
  /** Relationships to add to `word/_rels/document.xml.rels`. */
  relationships: string[];
  /** Content-type overrides and defaults to add. */
  overrides: string[];
  defaults: Map<string, string>;
  /** pgMar attributes taken from the reference: top, bottom, header, footer. */
  margins: Map<string, string>;
}

export class UnusableReference extends Error {}

const REL_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
const REL_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
const CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
const CT_FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
const IMAGE_TYPES: Record<string, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  emf: "image/x-emf",
  wmf: "image/x-wmf",
};

function text(parts: Parts, name: string): string | undefined {
  const data = parts[name];
  return data ? strFromU8(data) : undefined;
}

function attr(element: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
}

/** Relationship id → target, from a `.rels` part. */
function relationships(xml: string | undefined): Map<string, { type: string; target: string; external: boolean }> {
  const map = new Map<string, { type: string; target: string; external: boolean }>();
  for (const m of (xml ?? "").matchAll(/<Relationship\b[^>]*\/?>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    const type = attr(m[0], "Type") ?? "";
    if (id && target) map.set(id, { type, target, external: attr(m[0], "TargetMode") === "External" });
  }
  return map;
}

/**
 * Reads a reference document. Anything that is not a Word document with styles is a UnusableReference with a
 * sentence a consultant understands (the CLI names the file).
 */
export function readReferenceDocx(bytes: Uint8Array): ReferenceDocx {
  let parts: Parts;
  try {
    parts = unzipSync(bytes);
  } catch {
    throw new UnusableReference("it is not a Word document (.docx): it cannot be opened as a ZIP package");
  }
  const stylesXml = text(parts, "word/styles.xml");
  const documentXml = text(parts, "word/document.xml");
  if (!stylesXml || !documentXml) throw new UnusableReference("it is not a Word document (.docx): it has no styles");
  // Outline numbering that LibreOffice attaches to headings refers to the reference's own numbering.xml, which
  // a generated document does not carry: without this, headings would be numbered by our bullet lists.
  const styles = stylesXml.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/g, "");
  const sections = [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
  const sectPr = sections[sections.length - 1]?.[0] ?? "";
  const docRels = relationships(text(parts, "word/_rels/document.xml.rels"));
  const reference: ReferenceDocx = {
    styles,
    headers: [],
    footers: [],
    titlePage: /<w:titlePg(\s+w:val="(true|1|on)")?\s*\/>/.test(sectPr),
    parts: {},
    relationships: [],
    overrides: [],
    defaults: new Map(),
    margins: new Map(),
  };
  let n = 0;
  for (const m of sectPr.matchAll(/<w:(header|footer)Reference\b[^>]*\/>/g)) {
    const kind = m[1] as "header" | "footer";
    const id = attr(m[0], "r:id");
    const rel = id ? docRels.get(id) : undefined;
    if (!rel) continue;
    const source = `word/${rel.target.replace(/^\/?word\//, "")}`;
    const xml = text(parts, source);
    if (xml === undefined) continue;
    n += 1;
    const name = `ref-${kind}${n}.xml`;
    const newId = `rIdRef${kind === "header" ? "H" : "F"}${n}`;
    // Pictures of the header (the logo) travel with it under names of their own.
    const ownRelsName = source.replace(/^word\//, "word/_rels/").concat(".rels");
    const ownRels = text(parts, ownRelsName);
    if (ownRels !== undefined) {
      let rels = ownRels;
      for (const [, r] of relationships(ownRels)) {
        if (r.external) continue;
        const media = `word/${r.target.replace(/^\/?word\//, "")}`;
        const data = parts[media];
        if (!data) continue;
        const renamed = `media/ref-${n}-${media.split("/").pop() ?? "image"}`;
        reference.parts[`word/${renamed}`] = data;
        rels = rels.split(`Target="${r.target}"`).join(`Target="${renamed}"`);
        const ext = renamed.split(".").pop()?.toLowerCase() ?? "";
        const type = IMAGE_TYPES[ext];
        if (type) reference.defaults.set(ext, type);
      }
      reference.parts[`word/_rels/${name}.rels`] = strToU8(rels);
    }
    reference.parts[`word/${name}`] = strToU8(xml);
    reference.relationships.push(
      `<Relationship Id="${newId}" Type="${kind === "header" ? REL_HEADER : REL_FOOTER}" Target="${name}"/>`,
    );
    reference.overrides.push(
      `<Override PartName="/word/${name}" ContentType="${kind === "header" ? CT_HEADER : CT_FOOTER}"/>`,
    );
    const element = m[0].replace(/r:id="[^"]*"/, `r:id="${newId}"`);
    (kind === "header" ? reference.headers : reference.footers).push(element);
  }
  const pgMar = /<w:pgMar\b[^>]*\/>/.exec(sectPr)?.[0] ?? "";
  // The header and footer distances only mean something with a header or footer of the reference's own.
  const wanted = ["top", "bottom"];
  if (reference.headers.length > 0) wanted.push("header");
  if (reference.footers.length > 0) wanted.push("footer");
  for (const name of wanted) {
    const value = attr(pgMar, `w:${name}`);
    if (value !== undefined && /^-?\d+$/.test(value)) reference.margins.set(name, value);
  }
  return reference;
}

/** Our styles the reference lacks (table text, trace text, list styles) are kept; the reference's win otherwise. */
function mergeStyles(reference: string, ours: string): string {
  const theirs = new Set([...reference.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]));
  const missing = [...ours.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)]
    .filter((m) => !theirs.has(m[1]))
    .map((m) => m[0]);
  return reference.replace(/<\/w:styles>\s*$/, `${missing.join("")}</w:styles>`);
}

function withSection(sectPr: string, reference: ReferenceDocx): string {
  let s = sectPr;
  const open = /^<w:sectPr\b[^>]*>/.exec(s)?.[0] ?? "<w:sectPr>";
  if (reference.headers.length > 0) s = s.replace(/<w:headerReference\b[^>]*\/>/g, "");
  if (reference.footers.length > 0) s = s.replace(/<w:footerReference\b[^>]*\/>/g, "");
  // References come first in a sectPr (the schema's order): headers, then footers.
  s = s.replace(open, `${open}${reference.headers.join("")}${reference.footers.join("")}`);
  if (reference.titlePage && !/<w:titlePg\b/.test(s)) s = s.replace(/<\/w:sectPr>$/, "<w:titlePg/></w:sectPr>");
  s = s.replace(/<w:pgMar\b[^>]*\/>/, (pgMar) => {
    let m = pgMar;
    for (const [name, value] of reference.margins) {
      const re = new RegExp(`\\bw:${name}="[^"]*"`);
      m = re.test(m) ? m.replace(re, `w:${name}="${value}"`) : m.replace(/\/>$/, ` w:${name}="${value}"/>`);
    }
    return m;
  });
  return s;
}

/** Gives an unzipped generated package the reference's styles, header, footer and vertical page set-up. */
export function applyReference(files: Parts, reference: ReferenceDocx): void {
  const styles = text(files, "word/styles.xml");
  if (styles !== undefined) files["word/styles.xml"] = strToU8(mergeStyles(reference.styles, styles));
  Object.assign(files, reference.parts);
  const rels = text(files, "word/_rels/document.xml.rels");
  if (rels !== undefined && reference.relationships.length > 0)
    files["word/_rels/document.xml.rels"] = strToU8(
      rels.replace(/<\/Relationships>\s*$/, `${reference.relationships.join("")}</Relationships>`),
    );
  const types = text(files, "[Content_Types].xml");
  if (types !== undefined) {
    const defaults = [...reference.defaults]
      .filter(([ext]) => !new RegExp(`Extension="${ext}"`, "i").test(types))
      .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`);
    files["[Content_Types].xml"] = strToU8(
      types.replace(/<\/Types>\s*$/, `${defaults.join("")}${reference.overrides.join("")}</Types>`),
    );
  }
  const document = text(files, "word/document.xml");
  if (document !== undefined)
    files["word/document.xml"] = strToU8(
      document.replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g, (sectPr) => withSection(sectPr, reference)),
    );
}
