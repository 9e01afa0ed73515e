import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Process } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Link, Table, ViewBase, ViewOptions } from "./blocks.js";
import { partyKind, processLink, refLink, traceOf } from "./common.js";
import { documentFrame, sourceFiles } from "./frame.js";

/** One of the eleven elements of a specification: a text, a table or links, or the `empty` mark. */
export interface SpecElement {
  /** 1–11, the method's numbering (docs/method.md, "The elements of a process specification"). */
  number: number;
  heading: string;
  text?: string;
  table?: Table;
  links?: Link[];
  /** Set when the element has no content, so the gap is visible in the card. */
  empty?: string;
}

export interface ProcessSpecView extends ViewBase {
  document: "process-spec";
  processId: string;
  /** Code, level, parent process. */
  fields: Field[];
  elements: SpecElement[];
  /** The process's context diagram, when images are drawn — the same picture the DOCX card embeds. */
  image?: { alt: string; path: string };
}

export function processSpecView(
  model: Model,
  index: ModelIndex,
  process: Process,
  lang: Lang,
  options: ViewOptions & { images?: boolean },
): ProcessSpecView {
  const w = documentWords(lang);
  const e = w.process.elements;
  const none = w.common.none;
  const table = (columns: string[], rows: Table["rows"]): Pick<SpecElement, "table" | "empty"> =>
    rows.length > 0 ? { table: { columns, rows } } : { empty: none };

  const fields: Field[] = [];
  if (process.code) fields.push({ label: w.process.code, value: process.code });
  fields.push({ label: w.process.level, value: String(process.level) });
  const parentLink = refLink(process.parent, index);
  if (process.parent)
    fields.push({ label: w.process.parent, value: process.parent.name, ...(parentLink ? { link: parentLink } : {}) });

  const owner = process.owner;
  const ownerLink = refLink(owner, index);
  const children = processesOf(process.children, index).map(processLink);

  const elements: SpecElement[] = [
    { number: 1, heading: e.name, text: process.name },
    { number: 2, heading: e.description, ...(process.description ? { text: process.description } : { empty: none }) },
    {
      number: 3,
      heading: e.clients,
      ...table(
        [w.process.client, w.process.clientKind],
        process.clients.map((c) => ({ cells: [c.party.name, partyKind(c.party, w)], ...traceOf(c.source, options) })),
      ),
    },
    {
      number: 4,
      heading: e.goals,
      ...table(
        [w.process.client, w.process.clientGoals],
        process.clients.map((c) => ({ cells: [c.party.name, c.goals], ...traceOf(c.source, options) })),
      ),
    },
    {
      number: 5,
      heading: e.results,
      ...table(
        [w.process.result, w.process.resultTo],
        process.results.map((r) => ({
          cells: [r.name, r.to.map((to) => to.name)],
          ...traceOf(r.source, options),
        })),
      ),
    },
    {
      number: 6,
      heading: e.indicators,
      ...table(
        [w.process.indicator, w.process.indicatorType, w.process.indicatorMeasure, w.process.indicatorTarget],
        process.indicators.map((i) => ({
          cells: [i.name, i.type ? w.process.indicatorTypes[i.type] : none, i.measure ?? none, i.target ?? none],
          ...traceOf(i.source, options),
        })),
      ),
    },
    {
      number: 7,
      heading: e.resources,
      ...table(
        [w.process.resource, w.process.resourceType, w.process.supplier],
        process.resources.map((r) => ({
          cells: [r.name, r.type ? w.process.resourceTypes[r.type] : none, r.from?.name ?? none],
          ...traceOf(r.source, options),
        })),
      ),
    },
    {
      number: 8,
      heading: e.suppliers,
      ...table(
        [w.process.supplier, w.process.supplierKind],
        process.suppliers.map((s) => ({ cells: [s.name, partyKind(s, w)], ...traceOf(s.source, options) })),
      ),
    },
    {
      number: 9,
      heading: e.executors,
      ...table(
        [w.process.executor, w.process.executorFunctions],
        process.executors.map((x) => ({
          cells: [x.position ? x.name : `${x.name} (${w.process.provisional})`, x.functions],
          ...traceOf(x.source, options),
        })),
      ),
    },
    {
      number: 10,
      heading: e.owner,
      // The owner is a position, so the card links to its profile when it resolves.
      ...(ownerLink ? { links: [ownerLink] } : owner ? { text: owner.name } : { empty: none }),
    },
    {
      number: 11,
      heading: e.structure,
      ...(children.length > 0 ? { links: children } : { text: w.process.noStructure }),
    },
  ];
  return {
    document: "process-spec",
    path: outputPaths.process(process.id),
    lang,
    title: w.titles.processSpec(process.name),
    meta: documentFrame(model, index, lang, options, { sources: sourceFiles([process]) }),
    processId: process.id,
    fields,
    elements,
    ...(options.images
      ? {
          image: { alt: w.titles.processSpec(process.name), path: outputPaths.diagram(`context-${process.id}`, "svg") },
        }
      : {}),
  };
}
