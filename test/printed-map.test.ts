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

/** Builds the process map's DOCX with pictures of the given drawn (CSS) widths, and measures what is printed. */
async function printed(paper: string, whole: number, page: number) {
  const { model, index } = organization(paper);
  const names = diagramSources(model, index, "en").map((d) => d.name);
  const images = new Map<string, DocxImage>();
  const diagrams = new Map<string, { png: Uint8Array; svg: string }>();
  for (const [i, name] of names.entries()) {
    if (!name.startsWith("process-map")) continue;
    // Twice the CSS size, as the renderer draws; each picture a little different so they can be told apart.
    const width = (name === "process-map" ? whole : page) * 2 + i * 2;
    const png = pngOfSize(width, Math.round(width / 2));
    images.set(name, { png });
    diagrams.set(name, { png, svg: "" });
  }
  const files = await emitDocx(model, index, { lang: "en", trace: false, images, only: new Set(["process-map"]) });
  const docx = files.find((f) => f.path === outputPaths.docx(outputPaths.processMap))?.content as Uint8Array;
  return { names, pictures: printedPictures("process-map", docx, diagrams) };
}

describe("a 60-process organization's process map on paper", () => {
  it("a map that would print under 8 pt is split into the overview and a page per level-1 process, none under 8 pt", async () => {
    const { names, pictures } = await printed("", 3000, 1300);
    expect(pictures.map((p) => p.diagram)).toEqual(names.filter((n) => n.startsWith("process-map-")));
    expect(pictures).toHaveLength(1 + 6);
    for (const p of pictures) expect(p.smallestPt).toBeGreaterThanOrEqual(8);
  });

  it("a map that prints at 8 pt or more stays whole", async () => {
    const { pictures } = await printed("", 1200, 1300);
    expect(pictures.map((p) => p.diagram)).toEqual(["process-map"]);
    expect(pictures[0]?.smallestPt).toBeGreaterThanOrEqual(8);
  });

  it("on A3 (documents.paper) a map too small for A4 prints whole", async () => {
    expect((await printed("", 1800, 1300)).pictures).toHaveLength(7);
    const a3 = (await printed("  paper: A3\n", 1800, 1300)).pictures;
    expect(a3.map((p) => p.diagram)).toEqual(["process-map"]);
    expect(a3[0]?.smallestPt).toBeGreaterThanOrEqual(8);
  });
});
