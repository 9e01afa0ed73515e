/**
 * The process map as printed: the smallest text of every picture in the DOCX (the picture's width on the page
 * against the width the diagram was drawn at, times Mermaid's 16 px labels) must not fall under 8 pt. A map that
 * would is split into an overview and a page per level-1 process, or printed whole on A3 when it fits there.
 * Drawn sizes stand in for the browser here (pictures of known size), so the test is fast and needs no Chromium;
 * `bench/printed-fonts.ts` measures real builds the same way.
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { generateOrganization } from "../bench/generate.js";
import { printedPictures } from "../bench/printed-fonts.js";
import { diagramSources } from "../src/emit/diagrams/sources.js";
import { type DocxImage, emitDocx } from "../src/emit/docx/index.js";
import { outputPaths } from "../src/emit/files.js";
import { loadProject } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";

/** The first bytes of a PNG of this pixel size: all the DOCX emitter reads, and distinct for every size. */
function pngOfSize(width: number, height: number): Uint8Array {
  const png = new Uint8Array(33);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(png.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  png.set([8, 2, 0, 0, 0], 24);
  return png;
}

const organizations = new Map<string, ReturnType<typeof compileModel>>();
function organization(paper: string) {
  let compiled = organizations.get(paper);
  if (!compiled) {
    const dir = mkdtempSync(join(tmpdir(), "procspec-map-"));
    generateOrganization(dir, 60, { top: 6, documents: paper });
    compiled = compileModel(loadProject(dir));
    organizations.set(paper, compiled);
  }
  return compiled;
}

/**
 * Builds the DOCX of a diagram page with pictures of the drawn (CSS) widths `width` gives (2:1 pictures), and
 * measures what is printed.
 */
async function printed(paper: string, document: "process-map" | "org-chart", width: (name: string) => number) {
  const { model, index } = organization(paper);
  const names = diagramSources(model, index, "en").map((d) => d.name);
  const images = new Map<string, DocxImage>();
  const diagrams = new Map<string, { png: Uint8Array; svg: string }>();
  for (const [i, name] of names.entries()) {
    if (!name.startsWith(document)) continue;
    // Twice the CSS size, as the renderer draws; each picture a little different so they can be told apart.
    const w = width(name) * 2 + i * 2;
    const png = pngOfSize(w, Math.round(w / 2));
    images.set(name, { png });
    diagrams.set(name, { png, svg: "" });
  }
  const files = await emitDocx(model, index, { lang: "en", trace: false, images, only: new Set([document]) });
  const path = outputPaths.docx(document === "process-map" ? outputPaths.processMap : outputPaths.orgChart);
  const docx = files.find((f) => f.path === path)?.content as Uint8Array;
  const xml = strFromU8(unzipSync(docx)["word/document.xml"] ?? new Uint8Array());
  return { names, xml, pictures: printedPictures(document, docx, diagrams) };
}

const mapSizes = (whole: number, page: number) => (name: string) => (name === "process-map" ? whole : page);

describe("a 60-process organization's process map on paper", () => {
  it("a map that would print under 8 pt is split into the overview and a page per level-1 process, none under 8 pt", async () => {
    const { names, pictures } = await printed("", "process-map", mapSizes(3000, 1300));
    // The first drawing of each page (names on the arrows, left to right) is kept while it is legible.
    const pages = names.filter((n) => n.startsWith("process-map-") && !/--(tb|n|tb-n)$/.test(n));
    expect(pictures.map((p) => p.diagram)).toEqual(pages);
    expect(pictures).toHaveLength(1 + 6);
    for (const p of pictures) expect(p.smallestPt).toBeGreaterThanOrEqual(8);
  });

  it("a page whose names make it too small is printed with numbered arrows and the legend of what passes", async () => {
    // The drawings with names are too wide for 8 pt either way; the numbered ones fit.
    const { xml, pictures } = await printed("", "process-map", (name) =>
      name === "process-map" ? 3000 : /--(n|tb-n)$/.test(name) ? 1300 : 2400,
    );
    expect(pictures).toHaveLength(1 + 6);
    for (const p of pictures) {
      expect(p.diagram).toMatch(/--n$/);
      expect(p.smallestPt).toBeGreaterThanOrEqual(8);
    }
    expect(xml.split("Flows on the diagram").length - 1).toBe(7);
    expect(xml).toContain("What passes");
  });

  it("a map that prints at 8 pt or more stays whole", async () => {
    const { pictures } = await printed("", "process-map", mapSizes(1200, 1300));
    expect(pictures.map((p) => p.diagram)).toEqual(["process-map"]);
    expect(pictures[0]?.smallestPt).toBeGreaterThanOrEqual(8);
  });

  it("on A3 (documents.paper) a map too small for A4 prints whole", async () => {
    expect((await printed("", "process-map", mapSizes(1800, 1300))).pictures).toHaveLength(7);
    const a3 = (await printed("  paper: A3\n", "process-map", mapSizes(1800, 1300))).pictures;
    expect(a3.map((p) => p.diagram)).toEqual(["process-map"]);
    expect(a3[0]?.smallestPt).toBeGreaterThanOrEqual(8);
  });
});

describe("the org chart on paper", () => {
  it("a chart that would print under 8 pt is split into the unit tree and a page per unit, none under 8 pt", async () => {
    const { names, xml, pictures } = await printed("", "org-chart", (name) => (name === "org-chart" ? 2400 : 900));
    const pages = names.filter((n) => n.startsWith("org-chart-") && !n.endsWith("--lr"));
    expect(pages.length).toBeGreaterThan(2);
    expect(pictures.map((p) => p.diagram)).toEqual(pages);
    for (const p of pictures) expect(p.smallestPt).toBeGreaterThanOrEqual(8);
    expect(xml).toContain("positions of each unit");
  });

  it("a chart that prints at 8 pt or more stays whole", async () => {
    const { pictures } = await printed("", "org-chart", () => 1200);
    expect(pictures.map((p) => p.diagram)).toEqual(["org-chart"]);
  });
});
