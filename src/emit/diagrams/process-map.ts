import { diagramWord } from "../../i18n/diagrams.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import { processTitle } from "../../model/process-title.js";
import type { Model, Party, Process } from "../../model/types.js";
import { idMaker } from "./ids.js";
import { label } from "./label.js";

/** How a process is named on diagrams: its display code, then its name. */
export { processTitle };

/**
 * The process map (DOMAIN.md, organizational concept): the tree of levels as nested groups, links between
 * processes, and outside clients on the right. To stay readable with 20+ processes only the client direction is
 * drawn, between level-1 groups when it crosses them: a process links to the processes its results go to (`results[].to`) — the same links read backwards from
 * `resources[].from` would double the arrows — and outside clients are drawn once each, linked to the level-1
 * process that serves them. Outside suppliers and the company as conditional client (every process serves it) are
 * left to the context diagrams.
 */
export function processMapMermaid(model: Model, index: ModelIndex, lang: Lang): string {
  const nextId = idMaker();
  const idOf = new Map<string, string>();
  for (const process of model.processes) if (!idOf.has(process.id)) idOf.set(process.id, nextId("p"));

  const lines = ["flowchart LR", `  accTitle: ${diagramWord(lang, "processMap")}`];
  const tops = model.processes.filter((p) => !p.parent || !index.processes.has(p.parent.id));
  const drawn = new Set<string>();
  const draw = (process: Process, indent: string): void => {
    if (drawn.has(process.id)) return; // a cycle in the tree is reported by `cycle`; draw each process once
    drawn.add(process.id);
    const id = idOf.get(process.id) as string;
    const children = process.children.flatMap((c) => index.processes.get(c) ?? []);
    if (children.length === 0) {
      lines.push(`${indent}${id}[${label(processTitle(process))}]`);
      return;
    }
    lines.push(`${indent}subgraph ${id} [${label(processTitle(process))}]`);
    for (const child of children) draw(child, `${indent}  `);
    lines.push(`${indent}end`);
  };
  for (const top of tops) draw(top, "  ");
  // Processes only reachable through a parent cycle still appear, at the top.
  for (const process of model.processes) draw(process, "  ");

  const topOf = (process: Process): Process => {
    let current = process;
    const seen = new Set<string>();
    while (current.parent && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = index.processes.get(current.parent.id);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const isAncestor = (a: Process, b: Process): boolean => {
    const seen = new Set<string>();
    for (let c: Process | undefined = b; c && !seen.has(c.id); c = c.parent && index.processes.get(c.parent.id)) {
      if (c.id === a.id) return true;
      seen.add(c.id);
    }
    return false;
  };

  const edges: string[] = [];
  const seenEdges = new Set<string>();
  const link = (from: string, to: string): void => {
    const key = `${from}>${to}`;
    if (from === to || seenEdges.has(key)) return;
    seenEdges.add(key);
    edges.push(`  ${from} --> ${to}`);
  };
  // Links inside one level-1 process are drawn between sub-processes; links across level-1 processes are drawn
  // once between the two groups, which keeps a map of 20+ processes legible.
  const processLink = (from: Process, to: Process): void => {
    const [fromTop, toTop] = [topOf(from), topOf(to)];
    if (fromTop.id !== toTop.id) [from, to] = [fromTop, toTop];
    if (isAncestor(from, to) || isAncestor(to, from)) return; // a group and its own member: no arrow needed
    link(idOf.get(from.id) as string, idOf.get(to.id) as string);
  };

  const outside = new Map<string, string>();
  const outsideLines: string[] = [];
  const outsideClient = (party: Party): string => {
    const known = outside.get(party.name);
    if (known) return known;
    const id = nextId("c");
    outside.set(party.name, id);
    outsideLines.push(`    ${id}([${label(party.name)}])`);
    return id;
  };

  for (const process of model.processes) {
    for (const result of process.results)
      for (const to of result.to) {
        const target = to.found === "process" ? index.processes.get(to.id) : undefined;
        if (target) processLink(process, target);
      }
    for (const client of process.clients) {
      const target = client.party.kind === "process" && client.party.ref && index.processes.get(client.party.ref.id);
      if (target) processLink(process, target);
    }
    for (const client of process.clients)
      if (client.party.kind === "external") link(idOf.get(topOf(process).id) as string, outsideClient(client.party));
  }

  if (outsideLines.length > 0)
    lines.push(`  subgraph ${nextId("g")} [${label(diagramWord(lang, "clients"))}]`, ...outsideLines, "  end");
  return `${[...lines, ...edges].join("\n")}\n`;
}
