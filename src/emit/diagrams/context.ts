import { diagramWord } from "../../i18n/diagrams.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Party, Process } from "../../model/types.js";
import { idMaker } from "./ids.js";
import { label } from "./label.js";
import { processTitle } from "./process-map.js";

/** Parties are the same supplier or client when they name the same element, or the same outside text. */
function partyKey(party: Party): string {
  return party.ref ? `${party.kind}:${party.ref.id}` : `${party.kind}:${party.name}`;
}

/**
 * The context of one process, read left to right as the specification is identified backwards: suppliers →
 * resources → the process → results → clients. A result with `to` points at those clients; results without it
 * go to the clients as a group.
 */
export function contextMermaid(process: Process, _index: ModelIndex, lang: Lang): string {
  const nextId = idMaker();
  const lines = ["flowchart LR", `  accTitle: ${diagramWord(lang, "resources")} → ${diagramWord(lang, "results")}`];
  const edges: string[] = [];
  const group = (title: string, body: string[]): string => {
    const id = nextId("g");
    lines.push(`  subgraph ${id} [${label(title)}]`, ...body, "  end");
    return id;
  };

  const supplierIds = new Map<string, string>();
  const supplierLines: string[] = [];
  for (const supplier of process.suppliers) {
    const id = nextId("s");
    supplierIds.set(partyKey(supplier), id);
    supplierLines.push(`    ${id}([${label(supplier.name)}])`);
  }
  if (supplierLines.length > 0) group(diagramWord(lang, "suppliers"), supplierLines);

  const resourceLines: string[] = [];
  for (const resource of process.resources) {
    const id = nextId("r");
    resourceLines.push(`    ${id}[${label(resource.name)}]`);
    const from = resource.from && supplierIds.get(partyKey(resource.from));
    if (from) edges.push(`  ${from} --> ${id}`);
  }
  const resources = resourceLines.length > 0 ? group(diagramWord(lang, "resources"), resourceLines) : undefined;

  const self = nextId("p");
  lines.push(`  ${self}[[${label(processTitle(process))}]]`);
  if (resources) edges.push(`  ${resources} --> ${self}`);

  const clientIds = new Map<string, string>();
  const clientLines: string[] = [];
  for (const client of process.clients) {
    const key = partyKey(client.party);
    if (clientIds.has(key)) continue;
    const id = nextId("c");
    clientIds.set(key, id);
    clientLines.push(`    ${id}([${label(client.party.name)}])`);
  }

  const resultLines: string[] = [];
  let untargeted = false;
  for (const result of process.results) {
    const id = nextId("y");
    resultLines.push(`    ${id}[/${label(result.name)}/]`);
    if (result.to.length === 0) untargeted = true;
    for (const to of result.to) {
      const key = `${to.found ?? to.expected[0] ?? "position"}:${to.id}`;
      let client = clientIds.get(key);
      if (!client) {
        // A receiver named only in `to` is still a client of this result: draw it with the others.
        client = nextId("c");
        clientIds.set(key, client);
        clientLines.push(`    ${client}([${label(to.name)}])`);
      }
      edges.push(`  ${id} --> ${client}`);
    }
  }
  const results = resultLines.length > 0 ? group(diagramWord(lang, "results"), resultLines) : undefined;
  const clients = clientLines.length > 0 ? group(diagramWord(lang, "clients"), clientLines) : undefined;
  if (results) edges.unshift(`  ${self} --> ${results}`);
  else if (clients) edges.push(`  ${self} --> ${clients}`);
  if (results && clients && untargeted) edges.push(`  ${results} --> ${clients}`);
  return `${[...lines, ...edges].join("\n")}\n`;
}
