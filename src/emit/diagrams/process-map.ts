import { diagramWord } from "../../i18n/diagrams.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import { BoundedMemo, kept } from "../../model/memo.js";
import { processTitle } from "../../model/process-title.js";
import { topProcesses } from "../../model/roots.js";
import type { Model, Party, Process } from "../../model/types.js";
import { idMaker } from "./ids.js";
import { label, shorten, wrap } from "./label.js";

/** How a process is named on diagrams: its display code, then its name. */
export { processTitle };

/** What passes from one process to another: the names of the results (or resources) on the arrow. */
export interface MapFlow {
  from: Process;
  to: Process;
  what: string[];
}
type Flow = MapFlow;

/**
 * How a page of a split map is drawn: which way it runs, and whether its arrows carry the names of what passes or
 * numbers keyed to a legend under the picture (for a page whose names would make the text too small to print).
 */
export interface MapStyle {
  direction: MapDirection;
  numbered: boolean;
}
const NAMED: MapStyle = { direction: "LR", numbered: false };

/**
 * An arrow's label: at most two names, each cut short and wrapped, and how many more there are. Labels sit between
 * the ranks of the layout, so their width adds to the width of the whole map.
 */
const ARROW_NAMES = 2;
const ARROW_NAME_LENGTH = 40;
const ARROW_LINE = 18;
/** Process boxes wrap at this many characters: a map's width is the sum of its columns. */
const BOX_LINE = 18;
/**
 * Tighter spacing than Mermaid's default (50 px between nodes and ranks): a printed map is scaled to the sheet, and
 * every pixel of air shrinks its text.
 */
const SPACING = '%%{init: {"flowchart": {"nodeSpacing": 24, "rankSpacing": 32, "padding": 6}}}%%';
/** A numbered page has only short numbers between its ranks: closer ranks, narrower boxes (it is drawn to be printed). */
const NUMBERED_SPACING = '%%{init: {"flowchart": {"nodeSpacing": 20, "rankSpacing": 24, "padding": 6}}}%%';
const NUMBERED_BOX_LINE = 14;

function arrowLabel(what: readonly string[]): string {
  const shown = what.slice(0, ARROW_NAMES).flatMap((w) => wrap(shorten(w, ARROW_NAME_LENGTH), ARROW_LINE));
  if (what.length > ARROW_NAMES) shown.push(`+${what.length - ARROW_NAMES}`);
  return label(...shown);
}

/**
 * Box labels already made: every page of a split map is drawn in four ways, and the map and its pages name the
 * same processes again and again. Bounded, so a long-running language server does not grow it without end.
 */
const boxLabels = new BoundedMemo<string, string>(50_000);

function boxLabel(text: string, width = BOX_LINE): string {
  return boxLabels.get(`${width}\0${text}`, () => label(...wrap(text, width)));
}

function walkToTop(process: Process, index: ModelIndex): Process {
  let current = process;
  const seen = new Set<string>();
  while (current.parent && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = index.processes.get(current.parent.id);
    if (!parent) break;
    current = parent;
  }
  return current;
}

/** Every page of a split map asks for the top of every process and flow end: each is walked up once per index. */
const topCache = new WeakMap<ModelIndex, Map<Process, Process>>();

function topOf(process: Process, index: ModelIndex): Process {
  const tops = kept(topCache, index, () => new Map<Process, Process>());
  return kept(tops, process, () => walkToTop(process, index));
}

function isAncestor(a: Process, b: Process, index: ModelIndex): boolean {
  const seen = new Set<string>();
  for (let c: Process | undefined = b; c && !seen.has(c.id); c = c.parent && index.processes.get(c.parent.id)) {
    if (c.id === a.id) return true;
    seen.add(c.id);
  }
  return false;
}

/**
 * The flows between processes, each pair once with every name that passes: a result goes to the processes named in
 * its `to`; a process named as a client receives the results that name no receiver; a resource supplied by a
 * process is drawn only when no result already links the two (the same thing read from the other side). A flow
 * between a group and its own member is not drawn: the nesting says it.
 */
const flowCache = new WeakMap<Model, Flow[]>();

function processFlows(model: Model, index: ModelIndex): Flow[] {
  const known = flowCache.get(model);
  if (known) return known;
  const flows = new Map<string, Flow>();
  const add = (from: Process, to: Process, what?: string) => {
    if (from === to || isAncestor(from, to, index) || isAncestor(to, from, index)) return;
    const key = `${from.id}>${to.id}`;
    const flow = flows.get(key) ?? { from, to, what: [] };
    flows.set(key, flow);
    if (what !== undefined && !flow.what.includes(what)) flow.what.push(what);
  };
  for (const process of model.processes) {
    if (index.processes.get(process.id) !== process) continue;
    const untargeted = process.results.filter((r) => r.to.length === 0).map((r) => r.name);
    for (const result of process.results)
      for (const to of result.to) {
        const target = to.found === "process" ? index.processes.get(to.id) : undefined;
        if (target) add(process, target, result.name);
      }
    for (const client of process.clients) {
      const target = client.party.kind === "process" && client.party.ref && index.processes.get(client.party.ref.id);
      if (!target) continue;
      for (const name of untargeted) add(process, target, name);
      // A client served by results that all name other receivers still gets an arrow, without a label: the
      // client's own name on it would read as something that passes.
      if (untargeted.length === 0) add(process, target);
    }
  }
  for (const process of model.processes) {
    for (const resource of process.resources) {
      const from = resource.from;
      const source = from?.kind === "process" && from.ref ? index.processes.get(from.ref.id) : undefined;
      if (source && !flows.get(`${source.id}>${process.id}`)?.what.length) add(source, process, resource.name);
    }
  }
  const list = [...flows.values()];
  flowCache.set(model, list);
  return list;
}

/** Outside clients (an `external` party) of a process. */
function outsideClients(process: Process): Party[] {
  return process.clients.filter((c) => c.party.kind === "external").map((c) => c.party);
}

/**
 * Which way a map runs. Left to right reads as a chain of work; top to bottom suits a tall page. A printed page
 * takes whichever keeps its text larger (the DOCX measures both drawings).
 */
export type MapDirection = "LR" | "TB";

/** Draws nested groups of processes and collects the arrows; shared by the whole map and its parts. */
class MapWriter {
  readonly lines: string[];
  private readonly edges: string[] = [];
  private readonly nextId = idMaker();
  private readonly ids = new Map<string, string>();
  private readonly outside = new Map<string, string>();
  private readonly outsideLines: string[] = [];
  private readonly seenEdges = new Set<string>();
  private readonly boxLine: number;
  private readonly sources = new Map<boolean, string>();
  /** The numbered arrows in order: arrow `n` is `legend[n - 1]`. */
  readonly legend: MapFlow[] = [];

  constructor(
    private readonly index: ModelIndex,
    private readonly lang: Lang,
    title: string,
    direction: MapDirection = "LR",
    private readonly numbered = false,
    /** The level-1 process of a page of a split map (what its cached drawing is for). */
    readonly top?: Process,
  ) {
    this.lines = [numbered ? NUMBERED_SPACING : SPACING, `flowchart ${direction}`, `  accTitle: ${title}`];
    this.boxLine = numbered ? NUMBERED_BOX_LINE : BOX_LINE;
  }

  idOf(process: Process): string | undefined {
    return this.ids.get(process.id);
  }

  /** Diagram node id → process id, for what links the drawn boxes to their pages (the HTML site). */
  nodes(): Map<string, string> {
    return new Map([...this.ids].map(([process, node]) => [node, process]));
  }

  /** The process and, unless `flat`, its sub-processes as a nested group. */
  draw(process: Process, indent = "  ", flat = false, shape: "box" | "stub" = "box"): void {
    if (this.ids.has(process.id)) return; // a cycle in the tree is reported by `cycle`; draw each process once
    const id = this.nextId("p");
    this.ids.set(process.id, id);
    const children = flat ? [] : process.children.flatMap((c) => this.index.processes.get(c) ?? []);
    if (children.length === 0) {
      const text = boxLabel(processTitle(process), this.boxLine);
      this.lines.push(shape === "stub" ? `${indent}${id}([${text}])` : `${indent}${id}[${text}]`);
      return;
    }
    this.lines.push(`${indent}subgraph ${id} [${boxLabel(processTitle(process), this.boxLine)}]`);
    for (const child of children) this.draw(child, `${indent}  `);
    this.lines.push(`${indent}end`);
  }

  /**
   * An arrow with what passes on it; in a numbered map the arrow carries a number and the names go to the legend
   * printed under the picture (`ends` names the two processes there).
   */
  arrow(
    from: string | undefined,
    to: string | undefined,
    what: readonly string[],
    ends?: { from: Process; to: Process },
  ): void {
    if (!from || !to || from === to) return;
    const key = `${from}>${to}`;
    if (this.seenEdges.has(key)) return;
    this.seenEdges.add(key);
    if (what.length === 0) {
      this.edges.push(`  ${from} --> ${to}`);
      return;
    }
    if (this.numbered && ends) {
      this.legend.push({ from: ends.from, to: ends.to, what: [...what] });
      this.edges.push(`  ${from} -->|${label(String(this.legend.length))}| ${to}`);
      return;
    }
    this.edges.push(`  ${from} -->|${arrowLabel(what)}| ${to}`);
  }

  /** An outside client, drawn once in the clients' group on the right. */
  client(party: Party): string {
    const known = this.outside.get(party.name);
    if (known) return known;
    const id = this.nextId("c");
    this.outside.set(party.name, id);
    this.outsideLines.push(`    ${id}([${boxLabel(party.name, this.boxLine)}])`);
    return id;
  }

  /**
   * The source. Outside clients stand in a group of their own on the whole map; on a page of a split map they stand
   * free, next to the process that serves them, with a dashed frame: a group would gather them in one tall column.
   */
  source(groupClients = true): string {
    // A drawing is shared (drawnOnce) and the clients' group takes the next id: the text is made once, so a second
    // caller reads the same source, not one with the group numbered anew.
    return kept(this.sources, groupClients, () => this.write(groupClients));
  }

  private write(groupClients: boolean): string {
    const lines = [...this.lines];
    if (this.outsideLines.length > 0 && !groupClients)
      lines.push(
        ...this.outsideLines.map((line) => line.slice(2)),
        "  classDef outside stroke-dasharray:5 4",
        `  class ${[...this.outside.values()].join(",")} outside`,
      );
    else if (this.outsideLines.length > 0)
      lines.push(
        `  subgraph ${this.nextId("g")} [${label(diagramWord(this.lang, "clients"))}]`,
        ...this.outsideLines,
        "  end",
      );
    return `${[...lines, ...this.edges].join("\n")}\n`;
  }
}

/**
 * The views (the map's page and its legends), the diagram sources and the site each ask for the same drawings:
 * each is drawn once per model, index and language, and only read after.
 */
const drawings = new WeakMap<Model, WeakMap<ModelIndex, Map<string, MapWriter>>>();

function drawnOnce(model: Model, index: ModelIndex, key: string, top: Process | undefined, draw: () => MapWriter) {
  const byIndex = kept(drawings, model, () => new WeakMap<ModelIndex, Map<string, MapWriter>>());
  const drawn = kept(byIndex, index, () => new Map<string, MapWriter>());
  let map = drawn.get(key);
  if (!map || map.top !== top) {
    map = draw();
    drawn.set(key, map);
  }
  return map;
}

/**
 * The process map (docs/method.md, organizational concept): the tree of levels as nested groups; arrows between the
 * processes that pass results (or resources) to each other, labelled with what passes — between the sub-processes
 * themselves, also across level-1 groups; outside clients on the right, linked to the level-1 process that serves
 * them. The company as conditional client (every process serves it) and outside suppliers are left to the context
 * diagrams.
 */
export function processMapMermaid(model: Model, index: ModelIndex, lang: Lang): string {
  return processMapWriter(model, index, lang).source();
}

/** The process map's node ids, each with the process it draws (`p3` → `vehicle-intake`). */
export function processMapNodes(model: Model, index: ModelIndex, lang: Lang): Map<string, string> {
  return processMapWriter(model, index, lang).nodes();
}

function processMapWriter(model: Model, index: ModelIndex, lang: Lang): MapWriter {
  return drawnOnce(model, index, `map\0${lang}`, undefined, () => drawMap(model, index, lang));
}

function drawMap(model: Model, index: ModelIndex, lang: Lang): MapWriter {
  const map = new MapWriter(index, lang, diagramWord(lang, "processMap"));
  for (const top of topProcesses(model, index)) map.draw(top);
  // Processes only reachable through a parent cycle still appear, at the top.
  for (const process of model.processes) map.draw(process);
  for (const flow of processFlows(model, index)) map.arrow(map.idOf(flow.from), map.idOf(flow.to), flow.what);
  for (const process of model.processes)
    for (const party of outsideClients(process)) {
      const top = topOf(process, index);
      map.arrow(map.idOf(top), map.client(party), []);
    }
  return map;
}

/**
 * The first page of a split map: the level-1 processes only, an arrow between two of them for everything that
 * passes between their sub-processes, and the outside clients.
 */
export function processMapOverviewMermaid(model: Model, index: ModelIndex, lang: Lang, style = NAMED): string {
  return overviewWriter(model, index, lang, style).source();
}

/** The overview's node ids, each with the level-1 process it draws (for the site's links). */
export function processMapOverviewNodes(model: Model, index: ModelIndex, lang: Lang): Map<string, string> {
  return overviewWriter(model, index, lang, NAMED).nodes();
}

/** The numbered arrows of the overview, as its legend lists them. */
export function processMapOverviewLegend(model: Model, index: ModelIndex, lang: Lang): MapFlow[] {
  return overviewWriter(model, index, lang, { direction: "LR", numbered: true }).legend;
}

function overviewWriter(model: Model, index: ModelIndex, lang: Lang, style: MapStyle): MapWriter {
  return drawnOnce(model, index, `overview\0${lang}\0${style.direction}\0${style.numbered}`, undefined, () =>
    drawOverview(model, index, lang, style),
  );
}

function drawOverview(model: Model, index: ModelIndex, lang: Lang, style: MapStyle): MapWriter {
  const map = new MapWriter(index, lang, diagramWord(lang, "processMap"), style.direction, style.numbered);
  const levelOne = topProcesses(model, index);
  for (const top of levelOne) map.draw(top, "  ", true);
  const between = new Map<string, { from: Process; to: Process; what: string[] }>();
  for (const flow of processFlows(model, index)) {
    const [from, to] = [topOf(flow.from, index), topOf(flow.to, index)];
    if (from === to) continue;
    const key = `${from.id}>${to.id}`;
    const entry = between.get(key) ?? { from, to, what: [] };
    for (const w of flow.what) if (!entry.what.includes(w)) entry.what.push(w);
    between.set(key, entry);
  }
  for (const flow of between.values()) map.arrow(map.idOf(flow.from), map.idOf(flow.to), flow.what, flow);
  for (const process of model.processes)
    for (const party of outsideClients(process)) map.arrow(map.idOf(topOf(process, index)), map.client(party), []);
  return map;
}

/**
 * A page of a split map: the sub-processes of one level-1 process (the page's heading names it, so it is not drawn
 * as a frame around them: arrows into a frame are what tangles Mermaid's layout), the level-1 process itself as a
 * box only when something passes to or from it directly, the processes of other groups it exchanges with (as
 * rounded stubs), the arrows in and out with what passes, and the outside clients of the processes on the page.
 */
export function processMapPartMermaid(
  top: Process,
  model: Model,
  index: ModelIndex,
  lang: Lang,
  style = NAMED,
): string {
  return partWriter(top, model, index, lang, style).source(false);
}

/** A map page's node ids, each with the process it draws: its own and the stubs of other groups. */
export function processMapPartNodes(top: Process, model: Model, index: ModelIndex, lang: Lang): Map<string, string> {
  return partWriter(top, model, index, lang, NAMED).nodes();
}

/** The numbered arrows of a page of a split map, as its legend lists them. */
export function processMapPartLegend(top: Process, model: Model, index: ModelIndex, lang: Lang): MapFlow[] {
  return partWriter(top, model, index, lang, { direction: "LR", numbered: true }).legend;
}

/** What one page of a split map draws from: the flows with an end under its level-1 process, and those processes. */
interface PageContent {
  flows: Flow[];
  processes: Process[];
}

/**
 * Each page's flows and processes, in the model's order, gathered in one pass: filtering every flow and process
 * for every page made a split map quadratic in the number of processes.
 */
const pageCache = new WeakMap<Model, Map<Process, PageContent>>();

function pageContent(top: Process, model: Model, index: ModelIndex): PageContent {
  return kept(pageCache, model, () => gatherPages(model, index)).get(top) ?? { flows: [], processes: [] };
}

function gatherPages(model: Model, index: ModelIndex): Map<Process, PageContent> {
  const pages = new Map<Process, PageContent>();
  const page = (top: Process) => kept(pages, top, (): PageContent => ({ flows: [], processes: [] }));
  for (const flow of processFlows(model, index)) {
    const [from, to] = [topOf(flow.from, index), topOf(flow.to, index)];
    page(from).flows.push(flow);
    if (to !== from) page(to).flows.push(flow);
  }
  for (const process of model.processes) page(topOf(process, index)).processes.push(process);
  return pages;
}

function partWriter(top: Process, model: Model, index: ModelIndex, lang: Lang, style: MapStyle): MapWriter {
  return drawnOnce(model, index, `part\0${lang}\0${style.direction}\0${style.numbered}\0${top.id}`, top, () =>
    drawPart(top, model, index, lang, style),
  );
}

function drawPart(top: Process, model: Model, index: ModelIndex, lang: Lang, style: MapStyle): MapWriter {
  const title = `${diagramWord(lang, "processMap")}: ${processTitle(top)}`;
  const map = new MapWriter(index, lang, title, style.direction, style.numbered, top);
  const children = top.children.flatMap((c) => index.processes.get(c) ?? []);
  if (children.length === 0) map.draw(top);
  for (const child of children) map.draw(child);
  const inside = (p: Process) => topOf(p, index) === top;
  const content = pageContent(top, model, index);
  for (const flow of content.flows) {
    for (const p of [flow.from, flow.to]) map.draw(p, "  ", true, inside(p) ? "box" : "stub");
    map.arrow(map.idOf(flow.from), map.idOf(flow.to), flow.what, flow);
  }
  // A client is linked from the deepest processes that name it: a group whose sub-process already serves the same
  // client would only add a second arrow saying the same.
  const servedBelow = new Set<string>();
  for (const process of content.processes) {
    for (const party of outsideClients(process))
      for (
        let p = process.parent && index.processes.get(process.parent.id);
        p;
        p = p.parent && index.processes.get(p.parent.id)
      ) {
        const key = `${p.id}>${party.name}`;
        if (servedBelow.has(key)) break;
        servedBelow.add(key);
      }
  }
  for (const process of content.processes) {
    for (const party of outsideClients(process)) {
      if (servedBelow.has(`${process.id}>${party.name}`)) continue;
      map.draw(process, "  ", true);
      map.arrow(map.idOf(process), map.client(party), []);
    }
  }
  return map;
}

/** The level-1 processes a split map has a page for: those with sub-processes, when there are two or more. */
export function processMapParts(model: Model, index: ModelIndex): Process[] {
  const levelOne = topProcesses(model, index);
  if (levelOne.length < 2 || levelOne.length === model.processes.length) return [];
  return levelOne;
}
