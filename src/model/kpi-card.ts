import type { ModelIndex } from "./index-model.js";
import { sameText } from "./same-text.js";
import type { Indicator, KpiItem, Model, Process } from "./types.js";

/**
 * The indicator a card names in a process: by its `id`, else by its exact name (spacing and case aside).
 * Undefined when the process has no such indicator (reported by `kpi-unknown-indicator`).
 */
export function findIndicator(process: Process, written: string): Indicator | undefined {
  const byId = process.indicators.find((i) => i.id === written);
  if (byId) return byId;
  const key = sameText(written);
  return process.indicators.find((i) => sameText(i.name) === key);
}

const inherited = ["measure", "target", "threshold", "formula", "dataSource", "period"] as const;

/** Fills every process KPI of every card from the indicator it names; what the card itself writes wins. */
export function resolveKpiCards(model: Model, index: ModelIndex): void {
  for (const position of model.positions) {
    for (const item of position.kpis?.items ?? []) {
      resolveItem(item, index);
      resolveSystems(item, index);
    }
  }
}

function resolveItem(item: KpiItem, index: ModelIndex): void {
  if (!item.process || item.indicator === undefined) return;
  const process = item.process.found === "process" ? index.processes.get(item.process.id) : undefined;
  const indicator = process && findIndicator(process, item.indicator);
  if (!indicator) return;
  if (item.name === item.indicator) item.name = indicator.name;
  if (item.key === item.indicator && indicator.id !== undefined) item.key = indicator.id;
  for (const field of inherited) {
    const value = indicator[field];
    if (item[field] === undefined && value !== undefined) Object.assign(item, { [field]: value });
  }
  item.indicatorSource = indicator.source;
}

/** The process indicator a resolved item stands for, if any. */
export function indicatorOf(item: KpiItem, index: ModelIndex): { process: Process; indicator: Indicator } | undefined {
  if (!item.process || item.indicator === undefined) return undefined;
  const process = index.processes.get(item.process.id);
  const indicator = process && findIndicator(process, item.indicator);
  return process && indicator ? { process, indicator } : undefined;
}

/** `system: dms`, `source: dms` name a System of the project: show its name, keep its id. Other text stays as is. */
function resolveSystems(item: KpiItem, index: ModelIndex): void {
  const system = item.system === undefined ? undefined : index.systems.get(item.system);
  if (system) {
    item.systemId = system.id;
    item.system = system.name;
  }
  const source = item.dataSource === undefined ? undefined : index.systems.get(item.dataSource);
  if (source) {
    item.dataSourceId = source.id;
    item.dataSource = source.name;
  }
}
