import { posix } from "node:path";
import type { Lang } from "../../i18n/lang.js";
import { regulationWords } from "../../i18n/words/regulations.js";
import { siteWords } from "../../i18n/words/site.js";
import type { ModelIndex } from "../../model/index-model.js";
import { rootUnits, topProcesses } from "../../model/roots.js";
import type { Model, Position, Process, Unit } from "../../model/types.js";
import { orgChartMermaid, orgChartNodes } from "../diagrams/org-chart.js";
import {
  processMapMermaid,
  processMapNodes,
  processMapOverviewNodes,
  processMapPartNodes,
} from "../diagrams/process-map.js";
import { type NamedDiagram, processMapPages } from "../diagrams/sources.js";
import { swimlaneSvg } from "../diagrams/swimlane.js";
import type { SwimlaneDiagram, SwimlanePart } from "../diagrams/swimlanes.js";
import type { EmittedFile } from "../files.js";
import { outputPaths } from "../files.js";
import { renderMarkdownViews } from "../markdown/index.js";
import type { DocumentView, SourceHistory, SwimlaneParts } from "../views/index.js";
import { siteAssets } from "./assets.js";
import { escapeHtml, linkHtml, type NavSection, type Page, pageHtml } from "./layout.js";
import { markdownRenderer, plainText } from "./markdown.js";
import { hrefTo, SITE_ROOT, sitePaths } from "./paths.js";
import {
  type LinkGroup,
  positionLink,
  positionRelations,
  processAncestors,
  processLink,
  processRelations,
  type Relations,
  type SiteLink,
  unitAncestors,
  unitLink,
  unitRelations,
} from "./relations.js";
import { type SearchEntry, searchIndexScript } from "./search.js";
import { linkDiagramNodes } from "./svg-links.js";

export { SITE_ROOT } from "./paths.js";
export { type SearchEntry, searchEntries, stemTerm } from "./search.js";

export interface SiteOptions {
  lang: Lang;
  trace: boolean;
  templatesDir?: string;
  history?: SourceHistory;
  notes?: boolean;
  people?: boolean;
  /** SVG of the diagrams Mermaid drew, by name (`process-map`, `org-chart`); absent when no browser was found. */
  diagrams: ReadonlyMap<string, string>;
  swimlanes: readonly SwimlaneDiagram[];
  /** The parts each regulation's swimlane diagram is split into (as the Markdown set links them). */
  swimlaneParts?: SwimlaneParts;
  /** Other pictures the documents link, by output path (the ratings report's charts). */
  charts?: ReadonlyMap<string, string>;
}

/**
 * The document set as a static site under `site/`: every document the Markdown set holds, rendered from the same
 * Markdown, with navigation, breadcrumbs, a links panel, clickable diagrams and a prebuilt search index. A pure
 * function of the model and the drawn diagrams (apart from reading templates and the bundled scripts).
 */
export function emitSite(model: Model, index: ModelIndex, options: SiteOptions): EmittedFile[] {
  const { lang } = options;
  const w = siteWords(lang);
  const organization = model.organization?.name ?? w.home;
  const documents = renderMarkdownViews(model, index, {
    lang,
    trace: options.trace,
    // Diagrams stay Mermaid blocks, which the site replaces by the drawn SVG; a card's context diagram (not drawn for
    // the site) is then left out, as in a Markdown set without pictures.
    images: false,
    swimlanes: true,
    ...(options.swimlaneParts ? { swimlaneParts: options.swimlaneParts } : {}),
    people: options.people ?? true,
    ...(options.history ? { history: options.history } : {}),
    ...(options.notes ? { notes: true } : {}),
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
  });
  const diagrams = new SiteDiagrams(model, index, options);
  const render = markdownRenderer();
  const missingDiagram = (alt: string) =>
    `<span class="no-diagram">${escapeHtml(alt)}: ${escapeHtml(w.noDiagram)}</span>`;
  const pathsOf = new Map<string, SiteLink[]>();
  for (const { view } of documents) {
    const owner = ownerKey(view.path);
    if (owner) pathsOf.set(owner, [...(pathsOf.get(owner) ?? []), { text: view.title, to: view.path }]);
  }

  const pages: Page[] = [];
  const entries: SearchEntry[] = [];
  const base = { lang, organization };
  for (const { view, markdown } of documents) {
    const html = render(markdown, {
      path: view.path,
      picture: (path) => diagrams.picture(path, view.path),
      hasFile: (path) => options.charts?.has(path) ?? false,
      drawn: (mermaid) => diagrams.drawn(mermaid, view.path),
      missingDiagram,
    });
    const place = placeOf(view, index, lang, pathsOf);
    if (view.path === sitePaths.home) {
      const map = diagrams.processMap(view.path);
      const body = [
        `<h1>${escapeHtml(organization)}</h1>`,
        `<h2>${escapeHtml(w.nav.map)}</h2>`,
        map ?? missingDiagram(w.nav.map),
        html.replace(/<h1>([\s\S]*?)<\/h1>/, '<h2 id="documents">$1</h2>'),
        otherDocuments(html, documents, w.otherDocuments),
      ].join("\n");
      pages.push({ ...base, path: view.path, title: organization, crumbs: [], body, section: "documents" });
    } else {
      pages.push({ ...base, path: view.path, title: view.title, body: html, ...place });
    }
    entries.push({ path: view.path, title: view.title, kind: place.kind, text: plainText(html) });
  }
  for (const position of model.positions) {
    if (index.positions.get(position.id) !== position) continue;
    const page = positionPage(position, index, lang, pathsOf.get(`positions/${position.id}`) ?? []);
    pages.push({ ...base, ...page });
    entries.push({ path: page.path, title: position.name, kind: w.kinds.position, text: plainText(page.body) });
  }
  // What a process gives is searchable by its own name: «наряд» finds the process whose result the work order is.
  for (const process of model.processes) {
    if (index.processes.get(process.id) !== process) continue;
    const kind = w.kinds.result(processLink(process).text);
    for (const result of process.results)
      entries.push({ path: sitePaths.process(process.id), title: result.name, kind, text: "" });
  }
  pages.push({ ...base, ...processesPage(model, index, lang) });
  pages.push({ ...base, ...unitsPage(model, index, lang) });
  pages.push({ ...base, ...positionsPage(model, index, lang) });

  return [
    ...pages.map((page) => ({ path: `${SITE_ROOT}/${page.path}.html`, content: pageHtml(page) })),
    // Charts stay files of their own, shown as images: several on one page must not share their SVG ids.
    ...[...(options.charts ?? [])].map(([path, svg]) => ({ path: `${SITE_ROOT}/${path}`, content: svg })),
    { path: `${SITE_ROOT}/${sitePaths.asset("search-index.js")}`, content: searchIndexScript(entries) },
    ...siteAssets(),
  ];
}

/** The documents the list of documents leaves out, listed after it so that every page is a click from home. */
function otherDocuments(home: string, documents: readonly { view: DocumentView }[], heading: string): string {
  const linked = new Set([...home.matchAll(/href="([^"#]+)\.html"/g)].map((m) => posix.normalize(m[1] ?? "")));
  const rest = documents.filter(({ view }) => view.path !== sitePaths.home && !linked.has(view.path));
  if (rest.length === 0) return "";
  const items = rest.map(({ view }) => `<li>${linkHtml(sitePaths.home, { text: view.title, to: view.path })}</li>`);
  return `<h2>${escapeHtml(heading)}</h2>\n<ul>${items.join("")}</ul>`;
}

/** Mermaid refuses a diagram whose source is longer than this (its `maxTextSize`, which the renderer keeps). */
const MERMAID_MAX_TEXT = 50_000;

/**
 * The diagrams the site shows, of all the build's: the process map and the org chart, and — when the map is too
 * large for Mermaid — the overview of the map in its first (named, left-to-right) variant.
 */
export function siteDiagrams<T extends NamedDiagram>(diagrams: readonly T[]): T[] {
  const map = diagrams.find((d) => d.name === "process-map");
  const split = map !== undefined && map.source.trim().length > MERMAID_MAX_TEXT;
  return diagrams.filter(
    (d) => d.name === "process-map" || d.name === "org-chart" || (split && d.name === processMapPages.overview),
  );
}

const frame = (svg: string) => `<div class="diagram" role="group">${svg}</div>`;

/** Documents under `processes/<id>`, `regulations/<id>`, `positions/<id>/…` belong to that element. */
function ownerKey(path: string): string | undefined {
  const position = /^positions\/([^/]+)\//.exec(path);
  if (position) return `positions/${position[1]}`;
  const process = /^(?:processes|regulations)\/([^/]+)$/.exec(path);
  return process ? `processes/${process[1]}` : undefined;
}

interface Place {
  crumbs: SiteLink[];
  section: NavSection;
  related?: Relations;
  kind: string;
}

/** Where a document sits in the site: its breadcrumbs, its navigation section, its links panel. */
function placeOf(view: DocumentView, index: ModelIndex, lang: Lang, pathsOf: ReadonlyMap<string, SiteLink[]>): Place {
  const w = siteWords(lang);
  const home: SiteLink = { text: w.home, to: sitePaths.home };
  const processMatch = /^(processes|regulations)\/([^/]+)$/.exec(view.path);
  const process = processMatch?.[2] !== undefined ? index.processes.get(processMatch[2]) : undefined;
  if (process) {
    const trail = [
      home,
      { text: w.nav.processes, to: sitePaths.processes },
      ...processAncestors(process, index).map(processLink),
      ...(processMatch?.[1] === "regulations" ? [processLink(process)] : []),
    ];
    return {
      crumbs: trail,
      section: "processes",
      related: processRelations(process, index, lang, pathsOf.get(`processes/${process.id}`) ?? []),
      kind: processMatch?.[1] === "processes" ? w.kinds.process : w.kinds.document,
    };
  }
  const unitMatch = /^units\/([^/]+)$/.exec(view.path);
  const unit = unitMatch?.[1] !== undefined ? index.units.get(unitMatch[1]) : undefined;
  if (unit) {
    return {
      crumbs: [home, { text: w.nav.units, to: sitePaths.units }, ...unitAncestors(unit, index).map(unitLink)],
      section: "units",
      related: unitRelations(unit, index, lang),
      kind: w.kinds.unit,
    };
  }
  const positionMatch = /^positions\/([^/]+)\//.exec(view.path);
  const position = positionMatch?.[1] !== undefined ? index.positions.get(positionMatch[1]) : undefined;
  if (position) {
    return {
      crumbs: [home, { text: w.nav.positions, to: sitePaths.positions }, positionLink(position)],
      section: "positions",
      related: positionRelations(position, index, lang, pathsOf.get(`positions/${position.id}`) ?? []),
      kind: w.kinds.document,
    };
  }
  const section: NavSection =
    view.path === outputPaths.processMap ? "map" : view.path === outputPaths.orgChart ? "chart" : "documents";
  return { crumbs: [home], section, kind: w.kinds.document };
}

/** A position's own page: where it works, what it owns and executes, and its documents. */
function positionPage(
  position: Position,
  index: ModelIndex,
  lang: Lang,
  documents: SiteLink[],
): Omit<Page, "lang" | "organization"> {
  const w = siteWords(lang);
  const path = sitePaths.position(position.id);
  const relations = positionRelations(position, index, lang, documents);
  const body = [
    `<p class="kind">${escapeHtml(w.positionPage)}</p>`,
    `<h1>${escapeHtml(position.name)}</h1>`,
    ...relations.groups.map((g) => groupHtml(path, g)),
  ].join("\n");
  return {
    path,
    title: position.name,
    crumbs: [
      { text: w.home, to: sitePaths.home },
      { text: w.nav.positions, to: sitePaths.positions },
    ],
    body,
    section: "positions",
  };
}

function groupHtml(from: string, group: LinkGroup): string {
  return `<h2>${escapeHtml(group.heading)}</h2>\n<ul>${group.links.map((l) => `<li>${linkHtml(from, l)}</li>`).join("")}</ul>`;
}

/** A tree as nested lists; each item drawn once even when the data has a cycle. */
function treeHtml<T extends { id: string }>(
  from: string,
  roots: readonly T[],
  children: (item: T) => T[],
  link: (item: T) => SiteLink,
): string {
  const seen = new Set<string>();
  const list = (items: readonly T[]): string => {
    const shown = items.filter((i) => !seen.has(i.id));
    if (shown.length === 0) return "";
    for (const item of shown) seen.add(item.id);
    return `<ul>${shown.map((i) => `<li>${linkHtml(from, link(i))}${list(children(i))}</li>`).join("")}</ul>`;
  };
  return `<div class="tree">${list(roots)}</div>`;
}

/** The page of a tree (the processes or the units): the tree from its roots, each item linked to its own page. */
function treePage<T extends { id: string }>(
  lang: Lang,
  section: "processes" | "units",
  roots: readonly T[],
  children: (item: T) => T[],
  link: (item: T) => SiteLink,
): Omit<Page, "lang" | "organization"> {
  const w = siteWords(lang);
  const path = sitePaths[section];
  return {
    path,
    title: w.nav[section],
    crumbs: [{ text: w.home, to: sitePaths.home }],
    body: `<h1>${escapeHtml(w.nav[section])}</h1>\n${treeHtml(path, roots, children, link)}`,
    section,
  };
}

function processesPage(model: Model, index: ModelIndex, lang: Lang): Omit<Page, "lang" | "organization"> {
  const children = (p: Process) => p.children.flatMap((id) => index.processes.get(id) ?? []);
  return treePage(lang, "processes", topProcesses(model, index), children, processLink);
}

function unitsPage(model: Model, index: ModelIndex, lang: Lang): Omit<Page, "lang" | "organization"> {
  const children = (u: Unit) => u.children.flatMap((id) => index.units.get(id) ?? []);
  return treePage(lang, "units", rootUnits(model, index), children, unitLink);
}

/** Positions by unit, in the order of the unit tree; positions without a unit last. */
function positionsPage(model: Model, index: ModelIndex, lang: Lang): Omit<Page, "lang" | "organization"> {
  const w = siteWords(lang);
  const path = sitePaths.positions;
  const sections: string[] = [];
  const placed = new Set<string>();
  for (const unit of model.units) {
    if (index.units.get(unit.id) !== unit) continue;
    const positions = unit.positions.flatMap((id) => index.positions.get(id) ?? []);
    if (positions.length === 0) continue;
    for (const p of positions) placed.add(p.id);
    sections.push(
      `<h2>${linkHtml(path, unitLink(unit))}</h2>\n<ul>${positions.map((p) => `<li>${linkHtml(path, positionLink(p))}</li>`).join("")}</ul>`,
    );
  }
  const rest = model.positions.filter((p) => !placed.has(p.id) && index.positions.get(p.id) === p);
  if (rest.length > 0)
    sections.push(`<ul>${rest.map((p) => `<li>${linkHtml(path, positionLink(p))}</li>`).join("")}</ul>`);
  return {
    path,
    title: w.nav.positions,
    crumbs: [{ text: w.home, to: sitePaths.home }],
    body: `<h1>${escapeHtml(w.nav.positions)}</h1>\n${sections.join("\n")}`,
    section: "positions",
  };
}

/**
 * The diagrams as the site shows them: Mermaid's SVG with every process, unit and position box made a link, and
 * each regulation's swimlanes with its lanes linked to their executors. Links are relative, so each diagram is
 * linked for the page it is shown on.
 */
export class SiteDiagrams {
  private readonly orgNodes: ReturnType<typeof orgChartNodes>;
  private readonly swimlanes: Map<string, { part: SwimlanePart; process: string }>;
  private readonly mapSource: string;
  private readonly orgSource: string;
  /** Node → process of each process map drawn: the whole map, its overview and its pages; made when first used. */
  private readonly mapNodes = new Map<string, Map<string, string>>();

  constructor(
    private readonly model: Model,
    private readonly index: ModelIndex,
    private readonly options: SiteOptions,
  ) {
    this.orgNodes = orgChartNodes(model, index, options.lang);
    this.swimlanes = new Map(
      options.swimlanes.flatMap((d) =>
        d.parts.map((part) => [part.name, { part, process: index.processes.get(d.processId)?.name ?? d.name }]),
      ),
    );
    this.mapSource = processMapMermaid(model, index, options.lang).trim();
    this.orgSource = orgChartMermaid(model, index, options.lang).trim();
  }

  /** A diagram a document links (`diagrams/<name>.svg`), by its path from the site's root. */
  picture(path: string, page: string): string | undefined {
    const diagram = /^diagrams\/(.+)\.svg$/.exec(path)?.[1];
    return diagram === undefined ? undefined : this.svg(diagram, page);
  }

  /** The HTML for a Mermaid block that is one of the diagrams drawn for the site: the process map or the org chart. */
  drawn(mermaid: string, page: string): string | undefined {
    const source = mermaid.trim();
    if (source === this.mapSource) return this.processMap(page);
    const chart = source === this.orgSource ? this.svg("org-chart", page) : undefined;
    return chart === undefined ? undefined : frame(chart);
  }

  /**
   * The process map as the site shows it: whole, or — when Mermaid cannot draw it in one piece — the overview of the
   * level-1 processes, each a link to its card (whose links panel leads on to its sub-processes). The DOCX's pages
   * of a split map are not shown: at 2,000 processes they come to megabytes each.
   */
  processMap(page: string): string | undefined {
    if (this.mapSource.length <= MERMAID_MAX_TEXT) {
      const whole = this.svg("process-map", page);
      return whole === undefined ? undefined : frame(whole);
    }
    const overview = this.svg(processMapPages.overview, page);
    const words = regulationWords(this.options.lang).maps;
    return overview === undefined ? undefined : [`<h3>${escapeHtml(words.overview)}</h3>`, frame(overview)].join("\n");
  }

  private processNodes(name: string): Map<string, string> {
    let nodes = this.mapNodes.get(name);
    if (!nodes) {
      const { model, index } = this;
      const { lang } = this.options;
      const top = name.startsWith("process-map--")
        ? index.processes.get(name.slice("process-map--".length))
        : undefined;
      nodes =
        name === processMapPages.overview
          ? processMapOverviewNodes(model, index, lang)
          : top
            ? processMapPartNodes(top, model, index, lang)
            : processMapNodes(model, index, lang);
      this.mapNodes.set(name, nodes);
    }
    return nodes;
  }

  svg(name: string, page: string): string | undefined {
    const swimlane = this.swimlanes.get(name);
    if (swimlane) return this.swimlane(swimlane, page);
    const drawn = this.options.diagrams.get(name);
    if (drawn === undefined) return undefined;
    // Mermaid sizes its SVG to the page's width, which shrinks a large map's text to nothing: the site shows it at
    // its own size in a scrolling frame.
    const svg = drawn.replace(
      /^(<svg\b[^>]*?)\bwidth="100%"([^>]*?style="[^"]*?max-width:\s*)([\d.]+)px;?/,
      (_all, head: string, middle: string, width: string) => `${head}width="${width}"${middle}${width}px;`,
    );
    if (name === "process-map" || name.startsWith("process-map-")) {
      const nodes = this.processNodes(name);
      return linkDiagramNodes(svg, (node) => {
        const process = this.index.processes.get(nodes.get(node) ?? "");
        return process && { href: hrefTo(page, sitePaths.process(process.id)), title: processLink(process).text };
      });
    }
    if (name === "org-chart") {
      return linkDiagramNodes(svg, (node) => {
        const target = this.orgNodes.get(node);
        const unit = target?.kind === "unit" ? this.index.units.get(target.id) : undefined;
        if (unit) return { href: hrefTo(page, sitePaths.unit(unit.id)), title: unit.name };
        const position = target?.kind === "position" ? this.index.positions.get(target.id) : undefined;
        return position && { href: hrefTo(page, sitePaths.position(position.id)), title: position.name };
      });
    }
    return svg;
  }

  /** A part of a swimlane diagram, drawn again with its lanes' titles linked to the executors' pages. */
  private swimlane({ part, process }: { part: SwimlanePart; process: string }, page: string): string {
    const { layout } = part;
    const links = layout.lanes.map((_lane, i) => {
      const node = layout.flow.nodes.find((n) => n.lane === i && n.step?.executor?.position);
      const id = node?.step?.executor?.position?.id;
      return id !== undefined && this.index.positions.has(id) ? hrefTo(page, sitePaths.position(id)) : undefined;
    });
    return swimlaneSvg(layout, process, part.caption ? `${process}. ${part.caption}` : process, links);
  }
}
