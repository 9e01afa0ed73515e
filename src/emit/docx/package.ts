/**
 * Packs a docx `Document` into bytes that depend on the input only. docx stamps the clock into
 * `docProps/core.xml`, gives zip entries the local build time and some relationships random ids;
 * all three are replaced here, so the same spec gives the same file whatever the clock or time zone.
 */

import { type Document, Packer } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { applyReference, type ReferenceDocx } from "./reference.js";

/** A date built from local parts is stored as the same DOS time in every time zone. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** `documents.date` as the creation date when it is an ISO date, else a fixed one. */
export function packageDate(date: string | undefined): string {
  const m = date ? /^(\d{4}-\d{2}-\d{2})/.exec(date.trim()) : null;
  return `${m?.[1] ?? "2000-01-01"}T00:00:00Z`;
}

export function normalizeDocx(input: Uint8Array, isoDate: string, reference?: ReferenceDocx): Uint8Array {
  const files = unzipSync(input);
  if (reference) applyReference(files, reference);
  const core = "docProps/core.xml";
  const coreXml = files[core];
  if (coreXml)
    files[core] = strToU8(
      strFromU8(coreXml).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${isoDate}$3`),
    );
  // docx numbers pictures (`wp:docPr id`) from a counter shared by every document packed in the process: the same
  // document packed second gets other ids. Number them per document, in order.
  const body = "word/document.xml";
  const bodyXml = files[body];
  if (bodyXml) {
    let picture = 0;
    files[body] = strToU8(strFromU8(bodyXml).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++picture}"`));
  }
  // Random ids are renamed in order of first appearance over the parts in name order: a stable order.
  const renamed = new Map<string, string>();
  const names = Object.keys(files).sort();
  for (const name of names) {
    const data = files[name];
    if (!data || !/\.(xml|rels)$/.test(name)) continue;
    const text = strFromU8(data);
    const fixed = text.replace(/"rId([0-9A-Za-z_-]{21})"/g, (_m, id: string) => {
      let stable = renamed.get(id);
      if (!stable) {
        stable = `rIdN${renamed.size + 1}`;
        renamed.set(id, stable);
      }
      return `"${stable}"`;
    });
    if (fixed !== text) files[name] = strToU8(fixed);
  }
  const ordered: Record<string, Uint8Array> = {};
  for (const name of names) {
    const data = files[name];
    if (data) ordered[name] = data;
  }
  return zipSync(ordered, { level: 6, mtime: ZIP_TIME });
}

export async function packDocx(document: Document, isoDate: string, reference?: ReferenceDocx): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document);
  return normalizeDocx(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), isoDate, reference);
}
