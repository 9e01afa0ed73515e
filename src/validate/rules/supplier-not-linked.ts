import type { Rule } from "../rule.js";

/** Resources reveal suppliers and adjacent processes; the link is written from both sides (docs/method.md, elements 5, 7, 8). */
export const supplierNotLinked: Rule = {
  meta: {
    id: "supplier-not-linked",
    description:
      "When process B supplies a resource to process A (`from: {process: B}`), some result of B lists A in `to`.",
    rationale:
      "A resource of one process is a result of its supplier; writing the link on both sides keeps the process map and the internal clients and suppliers of units consistent (docs/method.md, elements 5, 7 and 8). Reported at the resource of A.",
    defaultSeverity: "warn",
    examples: {
      wrong:
        "kind: Process\nid: appointment-booking\nresults:\n  - name: Запись клиента на ремонт\n---\nkind: Process\nid: vehicle-intake\nresources:\n  - name: Запись клиента на ремонт\n    from: { process: appointment-booking }",
      right:
        "kind: Process\nid: appointment-booking\nresults:\n  - name: Запись клиента на ремонт\n    to: [vehicle-intake]\n---\nkind: Process\nid: vehicle-intake\nresources:\n  - name: Запись клиента на ремонт\n    from: { process: appointment-booking }",
    },
  },
  check({ model, index, report }) {
    /** For each supplying process, the ids its results go to; built only for processes named as suppliers. */
    const receivers = new Map<string, Set<string>>();
    const receiversOf = (id: string): Set<string> => {
      let set = receivers.get(id);
      if (!set) {
        set = new Set((index.processes.get(id)?.results ?? []).flatMap((r) => r.to.map((to) => to.id)));
        receivers.set(id, set);
      }
      return set;
    };
    for (const process of model.processes) {
      for (const resource of process.resources) {
        const ref = resource.from?.kind === "process" ? resource.from.ref : undefined;
        if (ref?.found !== "process" || ref.id === process.id) continue;
        const supplier = index.processes.get(ref.id);
        if (!supplier || receiversOf(ref.id).has(process.id)) continue;
        report({
          at: resource.source,
          message: "supplier-not-linked",
          data: { supplier: supplier.name, resource: resource.name, name: process.name },
        });
      }
    }
  },
};
