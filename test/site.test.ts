import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MiniSearch, { type AsPlainObject } from "minisearch";
import { describe, expect, it } from "vitest";
import { generateOrganization } from "../bench/generate.js";
import {
  processMapMermaid,
  processMapOverviewNodes,
  processMapPartNodes,
  processMapParts,
} from "../src/emit/diagrams/process-map.js";
import { processMapPages } from "../src/emit/diagrams/sources.js";
import type { EmittedFile } from "../src/emit/files.js";
import { emitDocuments } from "../src/emit/index.js";
import { SiteDiagrams, searchEntries, siteDiagrams, stemTerm } from "../src/emit/site/index.js";
import type { SEARCH_OPTIONS } from "../src/emit/site/search.js";
import { linkDiagramNodes } from "../src/emit/site/svg-links.js";
import { loadProject, loadProjectFromFiles } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";
import { specFiles } from "./helpers/project-files.js";

const example = join(REPO, "examples", "car-service-ru");

/** A Mermaid-like picture of the map: one box per node id, as Mermaid writes them. */
function fakeMap(nodes: string[]): string {
  const boxes = nodes.map(
    (n, i) => `<g class="node default" id="m1-flowchart-${n}-${i}"><rect/><g class="label"><text>${n}</text></g></g>`,
  );
  return `<svg id="m1" width="100%" style="max-width: 900px;" viewBox="0 0 900 600">${boxes.join("")}</svg>`;
}

async function emitSite(files = specFiles(example)): Promise<Map<string, string>> {
  const project = loadProjectFromFiles(example, readFileSync(join(example, "procspec.yaml")), files);
  const { compiled } = validateProject(project);
  const nodes = compiled.model.processes.map((_p, i) => `p${i}`);
  const emitted: EmittedFile[] = await emitDocuments(compiled.model, compiled.index, {
    formats: new Set(["html"]),
    lang: project.config.lang,
    trace: false,
    images: new Map([["process-map", { svg: fakeMap(nodes) }]]),
  });
  return new Map(emitted.map((f) => [f.path, typeof f.content === "string" ? f.content : ""]));
}

let shared: Promise<Map<string, string>> | undefined;
/** The example's site, emitted once for the tests that only read it. */
const exampleSite = () => {
  shared ??= emitSite();
  return shared;
};

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "");

describe("build --format html: the site", () => {
  it("has a page for every document of the Markdown set, under site/", async () => {
    const project = loadProjectFromFiles(example, readFileSync(join(example, "procspec.yaml")), specFiles(example));
    const { compiled } = validateProject(project);
    const md = await emitDocuments(compiled.model, compiled.index, {
      formats: new Set(["md"]),
      lang: "ru",
      trace: false,
    });
    const site = await exampleSite();
    const documents = md.filter((f) => f.path.endsWith(".md")).map((f) => `site/${f.path.replace(/\.md$/, ".html")}`);
    expect(documents.length).toBeGreaterThan(50);
    for (const path of documents) expect(site.has(path), path).toBe(true);
    // The card carries the same text as its Markdown twin.
    const card = site.get("site/processes/vehicle-intake.html") ?? "";
    expect(card).toContain("Мастер-приёмщик выслушивает клиента, определяет необходимый состав работ");
    expect(card).toContain("<th>Показатель</th>");
  });

  it("links a process to its owner, executors, clients, suppliers, parent and sub-processes", async () => {
    const site = await exampleSite();
    const card = site.get("site/processes/vehicle-intake.html") ?? "";
    const aside = card.slice(card.indexOf('<aside class="related"'));
    expect(hrefs(aside)).toEqual(
      expect.arrayContaining([
        "../positions/service-manager/index.html", // owner
        "../positions/service-advisor/index.html", // executor
        "../positions/mechanic/index.html", // a client that is a position
        "../units/procurement.html", // a supplier that is a unit
        "car-service-delivery.html", // parent
        "../regulations/vehicle-intake.html", // its regulation
      ]),
    );
    const parent = site.get("site/processes/car-service-delivery.html") ?? "";
    expect(hrefs(parent)).toContain("vehicle-intake.html");
    // The document's own link to its parent leads to the parent's page, not to Markdown.
    expect(card).toContain('<a href="./car-service-delivery.html">');
    expect(card).not.toMatch(/href="[^"]+\.md"/);
  });

  it("gives a position a page with every process it owns or executes, and a unit its positions and processes", async () => {
    const site = await exampleSite();
    const advisor = site.get("site/positions/service-advisor/index.html") ?? "";
    expect(advisor).toContain("<h1>Мастер-приёмщик</h1>");
    expect(hrefs(advisor)).toEqual(
      expect.arrayContaining([
        "../../processes/vehicle-intake.html",
        "../../units/car-service.html",
        "job-duties.html",
        "profile.html",
      ]),
    );
    const unit = site.get("site/units/car-service.html") ?? "";
    expect(hrefs(unit)).toEqual(
      expect.arrayContaining(["../positions/service-advisor/index.html", "../processes/vehicle-intake.html"]),
    );
  });

  it("makes every box of the process map a link to its process's card, relative to the page showing it", async () => {
    const site = await exampleSite();
    const home = site.get("site/index.html") ?? "";
    const map = site.get("site/org/process-map.html") ?? "";
    expect(home).toMatch(/<a href="processes\/vehicle-intake\.html"><title>3\.2 Приём автомобиля от клиента<\/title>/);
    expect(map).toMatch(/<a href="\.\.\/processes\/vehicle-intake\.html"><title>/);
    // Shown at its own size, not squeezed to the page's width.
    expect(map).toContain('width="900"');
    // In one frame (the zoom buttons work on a frame holding the picture itself).
    expect(map.split('<div class="diagram"').length - 1).toBe(1);
    expect(map).toMatch(/<div class="diagram" role="group"><svg/);
  });

  it("links the swimlanes of a regulation to the executors' pages", async () => {
    const site = await exampleSite();
    const regulation = site.get("site/regulations/vehicle-intake.html") ?? "";
    expect(regulation).toMatch(/<svg[\s\S]*<a href="\.\.\/positions\/service-advisor\/index\.html"><text/);
  });

  it("writes user text as text: markup in a name cannot become HTML", async () => {
    const files = specFiles(example, (path, text) =>
      path.endsWith("vehicle-intake.yaml")
        ? text.replace("name: Приём автомобиля от клиента", "name: Приём <script>alert(1)</script> & «сдача»")
        : text,
    );
    const site = await emitSite(files);
    const all = [...site.entries()].filter(([p]) => p.endsWith(".html"));
    for (const [path, html] of all) expect(html, path).not.toContain("<script>alert(1)");
    const card = site.get("site/processes/vehicle-intake.html") ?? "";
    expect(card).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «сдача»");
  });

  it("is byte-identical whatever order the spec files are read in", async () => {
    const files = specFiles(example);
    const a = await emitSite(files);
    const b = await emitSite([...files].reverse());
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, content] of a) expect(b.get(path), path).toBe(content);
  });

  it("asks for nothing outside its own folder", async () => {
    const site = await exampleSite();
    for (const [path, html] of site) {
      if (!path.endsWith(".html")) continue;
      for (const m of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) expect(m[1], path).not.toMatch(/^(?:https?:)?\/\//);
    }
    expect(site.get("site/assets/minisearch.js")).toContain("MiniSearch");
    expect(site.get("site/assets/stemmers.js")).toContain("russianStemmer");
  });
});

describe("a process map too large for Mermaid", () => {
  it("is shown as the overview of the level-1 processes, each box a link to its card", async () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-site-large-"));
    generateOrganization(dir, 800);
    const project = loadProject(dir);
    const { compiled } = validateProject(project);
    const { model, index } = compiled;
    expect(processMapMermaid(model, index, "en").length).toBeGreaterThan(50_000);
    // Every map page "drawn", as Mermaid names its boxes; the whole map is what Mermaid would refuse.
    const images = new Map<string, { svg: string }>();
    const nodesOf = (nodes: Map<string, string>) => fakeMap([...nodes.keys()]);
    images.set("process-map", { svg: "<svg>Maximum text size in diagram exceeded</svg>" });
    images.set(processMapPages.overview, { svg: nodesOf(processMapOverviewNodes(model, index, "en")) });
    const tops = processMapParts(model, index);
    for (const top of tops)
      images.set(processMapPages.part(top.id), { svg: nodesOf(processMapPartNodes(top, model, index, "en")) });
    const diagrams = new Map([...images].map(([name, image]) => [name, image.svg]));
    const site = new SiteDiagrams(model, index, { lang: "en", trace: false, diagrams, swimlanes: [] });
    const home = site.processMap("index") ?? "";
    expect(home).not.toContain("Maximum text size");
    expect(home).toContain("<h3>Top-level processes</h3>");
    for (const top of tops) expect(home).toContain(`<a href="processes/${top.id}.html"><title>`);
    expect(home.split('<div class="diagram"').length - 1).toBe(1);
    const names = [...images.keys()].map((name) => ({
      name,
      source: name === "process-map" ? "x".repeat(60_000) : "",
    }));
    expect(siteDiagrams(names).map((d) => d.name)).toEqual(["process-map", processMapPages.overview]);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe("the site's search", () => {
  it("finds Russian word forms by their stem", () => {
    expect(stemTerm("бухгалтера")).toBe(stemTerm("бухгалтер"));
    expect(stemTerm("Мастеру")).toBe(stemTerm("мастер"));
    expect(stemTerm("ёлка")).toBe(stemTerm("елка"));
    const entries = [
      { path: "a", title: "Главный бухгалтер", kind: "", text: "" },
      { path: "b", title: "Кассир", kind: "", text: "" },
    ];
    expect(searchEntries(entries, "бухгалтера").map((r) => r.path)).toEqual(["a"]);
  });

  it("puts the vehicle-intake process first for «наряд» and the service advisor first for «мастер»", async () => {
    const site = await exampleSite();
    const script = site.get("site/assets/search-index.js") ?? "";
    const window: { PROCSPEC_SEARCH?: { index: AsPlainObject; options: typeof SEARCH_OPTIONS } } = {};
    new Function("window", script)(window);
    const data = window.PROCSPEC_SEARCH;
    if (!data) throw new Error("the index script sets no PROCSPEC_SEARCH");
    const search = MiniSearch.loadJS(data.index, {
      fields: [...data.options.fields],
      storeFields: [...data.options.storeFields],
      processTerm: stemTerm,
    });
    const first = (query: string) => search.search(query, { ...data.options.searchOptions })[0];
    expect(first("наряд")?.path).toBe("processes/vehicle-intake");
    expect(first("мастер")?.path).toBe("positions/service-advisor/index");
    expect(first("мастера")?.path).toBe("positions/service-advisor/index");
  });
});

describe("linkDiagramNodes", () => {
  it("wraps the content of each known box and group in a link, leaving the rest", () => {
    const svg =
      '<svg><g class="cluster" id="x-p0"><rect/><g class="cluster-label"><text>A</text></g></g>' +
      '<g class="node default" id="x-flowchart-p1-3"><rect/><g><text>B</text></g></g>' +
      '<g class="node default" id="x-flowchart-c0-4"><rect/></g></svg>';
    const linked = linkDiagramNodes(svg, (id) =>
      id === "c0" ? undefined : { href: `${id}.html`, title: id === "p0" ? "A & <b>" : "B" },
    );
    expect(linked).toBe(
      '<svg><g class="cluster" id="x-p0"><a href="p0.html"><title>A &amp; &lt;b&gt;</title><rect/><g class="cluster-label"><text>A</text></g></a></g>' +
        '<g class="node default" id="x-flowchart-p1-3"><a href="p1.html"><title>B</title><rect/><g><text>B</text></g></a></g>' +
        '<g class="node default" id="x-flowchart-c0-4"><rect/></g></svg>',
    );
  });
});
