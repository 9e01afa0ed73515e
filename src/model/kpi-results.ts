/**
 * `procspec kpi`: the facts of a period matched to the cards they belong to, and each card's result. A fact that
 * names no position, no card or no KPI of the card, a value that is not a number, a second value for the same
 * KPI and period — each is a diagnostic at its CSV line, and the row is left out.
 */

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { suggest } from "../i18n/suggest.js";
import type { KpiFact } from "../load/kpi-facts.js";
import type { ModelIndex } from "./index-model.js";
import { type CardOutcome, cardOutcome } from "./kpi-bonus.js";
import { parseNumber } from "./kpi-value.js";
import { sameText } from "./same-text.js";
import type { KpiItem, Model, Position } from "./types.js";

export interface PositionResult {
  position: Position;
  period: string;
  /** Undefined when the card has errors: nothing is computed from it. */
  outcome?: CardOutcome;
  /** The values given, by card item. */
  values: Map<KpiItem, number>;
}

export interface KpiResults {
  results: PositionResult[];
  diagnostics: Diagnostic[];
}

/** The card item a fact's `kpi` names: an id or key, else the KPI's name (spacing and case aside). */
function itemOf(items: readonly KpiItem[], kpi: string): KpiItem | undefined {
  return (
    items.find((i) => i.key === kpi || i.indicator === kpi) ?? items.find((i) => sameText(i.name) === sameText(kpi))
  );
}

export function kpiResults(
  model: Model,
  index: ModelIndex,
  facts: readonly KpiFact[],
  options: { file: string; lang: Lang; period?: string; blocked: ReadonlySet<string> },
): KpiResults {
  const { file, lang } = options;
  const diagnostics: Diagnostic[] = [];
  const report = (fact: KpiFact, column: number, msg: string, suggestion?: string) => {
    const d: Diagnostic = {
      code: "kpi-facts",
      severity: "error",
      message: suggestion ? `${msg} — ${suggestion}` : msg,
      file,
      line: fact.line,
      column,
      pointer: "",
    };
    if (suggestion) d.suggestion = suggestion;
    diagnostics.push(d);
  };
  const byKey = new Map<string, PositionResult>();
  const firstLine = new Map<string, number>();
  for (const fact of facts) {
    if (options.period !== undefined && fact.period !== options.period) continue;
    const empty = (["position", "kpi", "period", "value"] as const).find((c) => fact[c] === "");
    if (empty) {
      report(fact, 1, message(lang, "facts.empty", { column: empty }));
      continue;
    }
    const position = index.positions.get(fact.position);
    if (!position) {
      report(
        fact,
        1,
        message(lang, "facts.unknown-position", { id: fact.position }),
        suggest(fact.position, [...index.positions.keys()], lang),
      );
      continue;
    }
    const card = position.kpis;
    if (!card) {
      report(fact, 1, message(lang, "facts.no-card", { position: position.name }));
      continue;
    }
    const item = itemOf(card.items, fact.kpi);
    if (!item) {
      const names = card.items.flatMap((i) => [i.key, i.name]);
      report(
        fact,
        1,
        message(lang, "facts.unknown-kpi", { position: position.name, kpi: fact.kpi }),
        suggest(fact.kpi, names, lang),
      );
      continue;
    }
    const value = parseNumber(fact.value);
    if (value === undefined) {
      report(fact, 1, message(lang, "facts.not-a-number", { value: fact.value }));
      continue;
    }
    const key = `${position.id}\u0000${fact.period}`;
    const itemKey = `${key}\u0000${card.items.indexOf(item)}`;
    const earlier = firstLine.get(itemKey);
    if (earlier !== undefined) {
      report(
        fact,
        1,
        message(lang, "facts.duplicate", {
          kpi: fact.kpi,
          position: position.name,
          period: fact.period,
          line: earlier,
        }),
      );
      continue;
    }
    firstLine.set(itemKey, fact.line);
    const result = byKey.get(key) ?? { position, period: fact.period, values: new Map<KpiItem, number>() };
    result.values.set(item, value);
    byKey.set(key, result);
  }
  // Positions in document order, periods in the order they sort (2026-10 before 2026-11).
  const order = new Map(model.positions.map((p, i) => [p.id, i]));
  const results = [...byKey.values()].sort(
    (a, b) =>
      (order.get(a.position.id) ?? 0) - (order.get(b.position.id) ?? 0) ||
      (a.period < b.period ? -1 : a.period > b.period ? 1 : 0),
  );
  for (const result of results) {
    const card = result.position.kpis;
    if (card && !options.blocked.has(result.position.id)) result.outcome = cardOutcome(card, result.values);
  }
  return { results, diagnostics };
}
