import { diagramWord } from "../../i18n/diagrams.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import { processTitle } from "../../model/process-title.js";
import type { Model, Party, Process } from "../../model/types.js";
import { idMaker } from "./ids.js";
import { label, shorten, wrap } from "./label.js";

/** How a process is named on diagrams: its display code, then its name. */
export { processTitle };

/** What passes from one process to another: the names of the results (or resources) on the arrow. */
interface Flow {
  from: Process;
  to: Process;
  what: string[];
}

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

function arrowLabel(what: readonly string[]): string {
  const shown = what.slice(0, ARROW_NAMES).flatMap((w) => wrap(shorten(w, ARROW_NAME_LENGTH), ARROW_LINE));
  if (what.length > ARROW_NAMES) shown.push(`+${what.length - ARROW_NAMES}`);
  return label(...shown);
}

const boxLabel = (text: string) => label(...wrap(text, BOX_LINE));

function topOf(process: Process, index: ModelIndex): Process {
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
  const add = (from: Process, to: Process, what: string) => {
    if (from === to || isAncestor(from, to, index) || isAncestor(to, from, index)) return;
    const key = `${from.id}>${to.id}`;
    const flow = flows.get(key);
    if (!flow) flows.set(key, { from, to, what: [what] });
    else if (!flow.what.includes(what)) flow.what.push(what);
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
      if (target)
        for (const name of untargeted.length > 0 ? untargeted : [client.party.name]) add(process, target, name);
    }
  }
  for (const process of model.processes) {
    for (const resource of process.resources) {
      const from = resource.from;
      const source = from?.kind === "process" && from.ref ? index.processes.get(from.ref.id) : undefined;
      if (source && !flows.has(`${source.id}>${process.id}`)) add(source, process, resource.name);
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

/** Draws nested groups of processes and collects the arrows; shared by the whole map and its parts. */
class MapWriter {
  readonly lines: string[];
  private readonly edges: string[] = [];
  private readonly nextId = idMaker();
  private readonly ids = new Map<string, string>();
  private readonly outside = new Map<string, string>();
  private readonly outsideLines: string[] = [];
  private readonly seenEdges = new Set<string>();

  constructor(
    private readonly index: ModelIndex,
    private readonly lang: Lang,
    title: string,
  ) {
    this.lines = [SPACING, "flowchart LR", `  accTitle: ${title}`];
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
      const text = boxLabel(processTitle(process));
      this.lines.push(shape === "stub" ? `${indent}${id}([${text}])` : `${indent}${id}[${text}]`);
      return;
    }
    this.lines.push(`${indent}subgraph ${id} [${boxLabel(processTitle(process))}]`);
    for (const child of children) this.draw(child, `${indent}  `);
    this.lines.push(`${indent}end`);
  }

  arrow(from: string | undefined, to: string | undefined, what: readonly string[]): void {
    if (!from || !to || from === to) return;
    const key = `${from}>${to}`;
    if (this.seenEdges.has(key)) return;
    this.seenEdges.add(key);
    this.edges.push(what.length > 0 ? `  ${from} -->|${arrowLabel(what)}| ${to}` : `  ${from} --> ${to}`);
  }

  /** An outside client, drawn once in the clients' group on the right. */
  client(party: Party): string {
    const known = this.outside.get(party.name);
    if (known) return known;
    const id = this.nextId("c");
    this.outside.set(party.name, id);
    this.outsideLines.push(`    ${id}([${boxLabel(party.name)}])`);
    return id;
  }

  source(): string {
    const lines = [...this.lines];
    if (this.outsideLines.length > 0)
      lines.push(
        `  subgraph ${this.nextId("g")} [${label(diagramWord(this.lang, "clients"))}]`,
        ...this.outsideLines,
        "  end",
      );
    return `${[...lines, ...this.edges].join("\n")}\n`;
  }
}

function tops(model: Model, index: ModelIndex): Process[] {
  return model.processes.filter((p) => !p.parent || !index.processes.has(p.parent.id));
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
  const map = new MapWriter(index, lang, diagramWord(lang, "processMap"));
  for (const top of tops(model, index)) map.draw(top);
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
export function processMapOverviewMermaid(model: Model, index: ModelIndex, lang: Lang): string {
  const map = new MapWriter(index, lang, diagramWord(lang, "processMap"));
  const levelOne = tops(model, index);
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
  for (const flow of between.values()) map.arrow(map.idOf(flow.from), map.idOf(flow.to), flow.what);
  for (const process of model.processes)
    for (const party of outsideClients(process)) map.arrow(map.idOf(topOf(process, index)), map.client(party), []);
  return map.source();
}

/**
 * A page of a split map: one level-1 process with its sub-processes, the processes of other groups it exchanges
 * with (as rounded stubs), the arrows in and out with what passes, and its outside clients.
 */
export function processMapPartMermaid(top: Process, model: Model, index: ModelIndex, lang: Lang): string {
  const map = new MapWriter(index, lang, `${diagramWord(lang, "processMap")}: ${processTitle(top)}`);
  map.draw(top);
  const inside = (p: Process) => topOf(p, index) === top;
  const flows = processFlows(model, index).filter((f) => inside(f.from) !== inside(f.to) || inside(f.from));
  for (const flow of flows) {
    for (const p of [flow.from, flow.to]) if (!inside(p)) map.draw(p, "  ", true, "stub");
    map.arrow(map.idOf(flow.from), map.idOf(flow.to), flow.what);
  }
  for (const process of model.processes) {
    if (!inside(process)) continue;
    for (const party of outsideClients(process)) map.arrow(map.idOf(top), map.client(party), []);
  }
  return map.source();
}

/** The level-1 processes a split map has a page for: those with sub-processes, when there are two or more. */
export function processMapParts(model: Model, index: ModelIndex): Process[] {
  const levelOne = tops(model, index);
  if (levelOne.length < 2 || levelOne.length === model.processes.length) return [];
  return levelOne;
}
