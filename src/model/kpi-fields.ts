import type { SourceRef } from "../load/source.js";
import { rec, str } from "./read.js";
import type { ControlPeriod, ControlStage, Indicator, KpiItem, KpiPeriod, Ref } from "./types.js";

const kpiPeriods = new Set<string>(["month", "quarter", "year"]);
const controlPeriods = new Set<string>(["day", "week", "month"]);

type KpiFields = Pick<Indicator, "measure" | "target" | "threshold" | "formula" | "dataSource" | "period">;

/** The fields an indicator of a process and a KPI of a position's own share (docs/format.md). */
export function readKpiFields(x: Record<string, unknown>): KpiFields {
  const fields: KpiFields = {};
  const text = (value: unknown) => {
    const s = str(value);
    return s !== undefined && s.trim() !== "" ? s.trim() : undefined;
  };
  const measure = text(x.measure);
  if (measure !== undefined) fields.measure = measure;
  const target = text(x.target);
  if (target !== undefined) fields.target = target;
  const threshold = text(x.threshold);
  if (threshold !== undefined) fields.threshold = threshold;
  const formula = text(x.formula);
  if (formula !== undefined) fields.formula = formula;
  const dataSource = text(x.source);
  if (dataSource !== undefined) fields.dataSource = dataSource;
  const period = str(x.period);
  if (period !== undefined && kpiPeriods.has(period)) fields.period = period as KpiPeriod;
  return fields;
}

/**
 * One item of a card as written. A process KPI takes the fields it does not write from its indicator when the card
 * is resolved against the processes (`resolveKpiCards`); until then its name is the indicator as written.
 */
export function readKpiItem(x: Record<string, unknown>, source: SourceRef, process: Ref | undefined): KpiItem {
  const indicator = str(x.indicator);
  const name = str(x.name) ?? (process ? (indicator ?? "") : "");
  const item: KpiItem = {
    key: str(x.id) ?? (process ? (indicator ?? "") : name),
    name,
    control: controlOf(x.control),
    source,
  };
  if (typeof x.weight === "number" && Number.isFinite(x.weight)) item.weight = x.weight;
  if (process) item.process = process;
  if (process && indicator !== undefined) item.indicator = indicator;
  // On a process KPI these override the indicator's own values for this position (its threshold, say).
  Object.assign(item, readKpiFields(x));
  const system = str(x.system);
  if (system !== undefined && system.trim() !== "") item.system = system.trim();
  return item;
}

function controlOf(value: unknown): ControlStage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v): ControlStage[] => {
    const stage = rec(v);
    const period = stage ? str(stage.period) : undefined;
    const length = stage ? str(stage.for) : undefined;
    if (period === undefined || !controlPeriods.has(period) || length === undefined) return [];
    return [{ period: period as ControlPeriod, for: length }];
  });
}
