import { diagramWord } from "../../i18n/diagrams.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Party, Process } from "../../model/types.js";
import { idMaker } from "./ids.js";
import { label } from "./label.js";

/** How a process is named on diagrams: its display code, then its name. */
export function processTitle(process: Process): string {
  return process.code ? `${process.code} ${process.name}` : process.name;
}

/**
 * The process map (DOMAIN.md, organizational concept): the tree of levels as nested groups, links between
 * processes, and outside clients and suppliers. To stay readable with 20+ processes, outside parties are drawn once
 * each and linked to the level-1 process they deal with, not to every sub-process; the company as conditional
 * client is left out, since every process serves it.
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
  const processLink = (from: Process, to: Process): void => {
    if (isAncestor(from, to) || isAncestor(to, from)) return; // a group and its own member: no arrow needed
    link(idOf.get(from.id) as string, idOf.get(to.id) as string);
  };

  const outside = { clients: new Map<string, string>(), suppliers: new Map<string, string>() };
  const outsideLines = { clients: [] as string[], suppliers: [] as string[] };
  const outsideNode = (side: "clients" | "suppliers", party: Party): string => {
    const known = outside[side].get(party.name);
    if (known) return known;
    const id = nextId(side === "clients" ? "c" : "s");
    outside[side].set(party.name, id);
    outsideLines[side].push(`    ${id}([${label(party.name)}])`);
    return id;
  };

  for (const process of model.processes) {
    for (const result of process.results)
      for (const to of result.to) {
        const target = to.found === "process" ? index.processes.get(to.id) : undefined;
        if (target) processLink(process, target);
      }
    for (const resource of process.resources) {
      const from = resource.from;
      if (from?.kind === "process" && from.ref) {
        const supplier = index.processes.get(from.ref.id);
        if (supplier) processLink(supplier, process);
      } else if (from?.kind === "external") {
        link(outsideNode("suppliers", from), idOf.get(topOf(process).id) as string);
      }
    }
    for (const client of process.clients)
      if (client.party.kind === "external")
        link(idOf.get(topOf(process).id) as string, outsideNode("clients", client.party));
  }

  // Groups are emitted after the processes that link to them were seen, but Mermaid lays out by edges, not order.
  if (outsideLines.suppliers.length > 0)
    lines.push(
      `  subgraph ${nextId("g")} [${label(diagramWord(lang, "suppliers"))}]`,
      ...outsideLines.suppliers,
      "  end",
    );
  if (outsideLines.clients.length > 0)
    lines.push(`  subgraph ${nextId("g")} [${label(diagramWord(lang, "clients"))}]`, ...outsideLines.clients, "  end");
  return `${[...lines, ...edges].join("\n")}\n`;
}
