import { processTitle } from "../../model/process-title.js";
/** Shared pieces of the views: party and indicator wording, merging of competency lists. */

import type { DocumentWords } from "../../i18n/documents.js";
import type { SourceRef } from "../../load/source.js";
import type { ModelIndex } from "../../model/index-model.js";
import { sameText } from "../../model/same-text.js";
import type { Indicator, Model, Party, Process, Ref } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Item, Link, ViewOptions } from "./blocks.js";

/** `file:line` when tracing, otherwise nothing (so untraced output has no trace of the option). */
export function traceOf(source: SourceRef, options: ViewOptions): { source?: string } {
  return options.trace ? { source: `${source.file}:${source.line}` } : {};
}

/** The strings of a list as items, each traced to the line it is written on (`fallback` for one without). */
export function textItems(
  texts: readonly string[],
  sources: readonly SourceRef[] | undefined,
  fallback: SourceRef | undefined,
  options: ViewOptions,
): Item[] {
  return texts.map((text, i) => {
    const source = sources?.[i] ?? fallback;
    return source ? { text, ...traceOf(source, options) } : { text };
  });
}

/** "3.2 Приём автомобиля от клиента": the code makes the place in the process tree visible. */
export { processTitle };

export function processLink(process: Process): Link {
  return { text: processTitle(process), to: outputPaths.process(process.id) };
}

/** A link to the document of a referenced element when it has one. */
export function refLink(ref: Ref | undefined, index: ModelIndex): Link | undefined {
  if (!ref) return undefined;
  if (ref.found === "process") {
    const process = index.processes.get(ref.id);
    return process ? processLink(process) : undefined;
  }
  if (ref.found === "unit") return { text: ref.name, to: outputPaths.unit(ref.id) };
  if (ref.found === "position") return { text: ref.name, to: outputPaths.profile(ref.id) };
  return undefined;
}

/** The kind of a party in words: "должность", "внешний", "компания (условный клиент)". */
export function partyKind(party: Party, w: DocumentWords): string {
  return w.process.partyKinds[party.kind];
}

/**
 * "Показатель (способ измерения: …; целевое значение: …)". A value that has a colon of its own is introduced by a
 * dash, so no line reads "способ измерения: управленческая отчётность: выручка".
 */
export function indicatorText(indicator: Indicator, w: DocumentWords): string {
  const details: string[] = [];
  if (indicator.measure) details.push(labelled(w.common.measure, indicator.measure));
  if (indicator.target) details.push(labelled(w.common.target, indicator.target));
  return details.length > 0 ? `${indicator.name} (${details.join("; ")})` : indicator.name;
}

/** "целевое значение: не менее 95 %" — the target alone, for the areas of responsibility. */
export function targetText(target: string, w: DocumentWords): string {
  return labelled(w.common.target, target);
}

function labelled(label: string, value: string): string {
  return `${label}${value.includes(":") ? " —" : ":"} ${lowerFirst(value)}`;
}

/** After a colon a sentence goes on in lower case, unless it starts with an abbreviation ("ИТ", "KPI"). */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  // toLowerCase, not toLocaleLowerCase(): the output must not depend on the machine's locale.
  if (first === undefined || (second !== undefined && second !== second.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/**
 * Goals of all clients; when a process has several clients each goal names its client, because the same words
 * mean different things for the car owner and for the mechanic (docs/method.md, element 4). After the client's name the
 * goal goes on in lower case, and a goal that starts with that name again drops it («Пациент: знает стоимость», not
 * «Пациент: Пациент знает стоимость»). The company as a client is named by `company` («Компания»), not by its legal
 * name on every row.
 */
export function goalsOf(process: Process, w: DocumentWords, company: string): string[] {
  const named = process.clients.length > 1;
  return process.clients.flatMap((client) => {
    const name = client.party.kind === "company" ? company : client.party.name;
    return client.goals.map((goal) => {
      if (!named) return goal;
      const rest = withoutLeadingName(withoutLeadingName(goal, client.party.name), name);
      return w.common.clientGoal(name, lowerFirst(rest));
    });
  });
}

/** "Пациент заранее знает стоимость" after "Пациент:" → "заранее знает стоимость". */
function withoutLeadingName(goal: string, name: string): string {
  const trimmed = name.trim();
  if (trimmed === "" || goal.length <= trimmed.length) return goal;
  const head = goal.slice(0, trimmed.length);
  const next = goal.charAt(trimmed.length);
  if (head.toLowerCase() !== trimmed.toLowerCase() || !/[\s,:—-]/.test(next)) return goal;
  const rest = goal.slice(trimmed.length).replace(/^[\s,:—-]+/, "");
  return rest === "" ? goal : rest;
}

/** Merges lists keeping the first spelling and the order of first appearance. */
export function mergeDistinct(lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const list of lists) {
    for (const text of list) {
      const key = sameText(text);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      merged.push(text);
    }
  }
  return merged;
}

const processOrders = new WeakMap<Model, Map<string, number>>();

/** The place of every process id in the model's document order; built once per model and shared by all views. */
export function processOrder(model: Model): Map<string, number> {
  let order = processOrders.get(model);
  if (!order) {
    order = new Map();
    for (const [i, p] of model.processes.entries()) if (!order.has(p.id)) order.set(p.id, i);
    processOrders.set(model, order);
  }
  return order;
}
