/**
 * How a KPI card pays (the formula the KPI card document explains to the employee and `procspec kpi` applies):
 * each KPI's achievement is 0 % below its threshold, 100 % at its target or better, and linear in between — from
 * the card's `atThreshold` (0 % unless the card says otherwise) at the threshold up to 100 % at the target. The
 * card's total is the weighted sum of achievements; the bonus earned is that share of the card's `bonusShare`.
 */

import { type KpiValue, parseKpiValue, parseNumber } from "./kpi-value.js";
import type { KpiCard, KpiItem } from "./types.js";

export interface KpiScale {
  target: KpiValue;
  threshold?: KpiValue;
  /** Achievement at exactly the threshold, in percent. */
  atThreshold: number;
}

/** The scale of one KPI, or undefined when its target holds no number (reported by `kpi-without-target`). */
export function kpiScale(
  item: Pick<KpiItem, "target" | "threshold">,
  card: Pick<KpiCard, "atThreshold">,
): KpiScale | undefined {
  const target = parseKpiValue(item.target);
  if (!target) return undefined;
  const threshold = parseKpiValue(item.threshold);
  return { target, ...(threshold ? { threshold } : {}), atThreshold: percentOfCard(card.atThreshold) ?? 0 };
}

/** Achievement of one KPI in percent (0…100) for an actual value. */
export function achievement(scale: KpiScale, value: number): number {
  // Flip the axis when lower is better, so "at least the target" reads the same both ways.
  const sign = scale.target.lowerIsBetter ? -1 : 1;
  const v = sign * value;
  const target = sign * scale.target.value;
  if (v >= target) return 100;
  const threshold = scale.threshold === undefined ? undefined : sign * scale.threshold.value;
  // No threshold (or one not below the target): the target is all or nothing.
  if (threshold === undefined || threshold >= target || v < threshold) return 0;
  return scale.atThreshold + ((100 - scale.atThreshold) * (v - threshold)) / (target - threshold);
}

/** `30 %` → 30; undefined for text without a number or beyond 0…100. */
export function percentOfCard(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = parseNumber(text) ?? parseKpiValue(text)?.value;
  return n !== undefined && n >= 0 && n <= 100 ? n : undefined;
}

export interface KpiOutcome {
  item: KpiItem;
  value: number;
  achievement: number;
  /** Weight × achievement / 100: the points this KPI adds to the card's total. */
  points: number;
}

export interface CardOutcome {
  outcomes: KpiOutcome[];
  /** Sum of points: the card's weighted achievement, in percent. */
  total: number;
  /** The card's `bonusShare` in percent, when it has a number. */
  bonusShare?: number;
  /** bonusShare × total / 100: the share of pay earned, in percent. */
  earned?: number;
}

/** The card's result for one period from the values of its KPIs (by item); KPIs without a value count as 0 %. */
export function cardOutcome(card: KpiCard, values: ReadonlyMap<KpiItem, number>): CardOutcome {
  const outcomes: KpiOutcome[] = [];
  for (const item of card.items) {
    const value = values.get(item);
    const scale = kpiScale(item, card);
    if (value === undefined || !scale) continue;
    const a = achievement(scale, value);
    outcomes.push({ item, value, achievement: a, points: ((item.weight ?? 0) * a) / 100 });
  }
  const total = outcomes.reduce((sum, o) => sum + o.points, 0);
  const bonusShare = percentOfCard(card.bonusShare);
  return {
    outcomes,
    total,
    ...(bonusShare !== undefined ? { bonusShare, earned: (bonusShare * total) / 100 } : {}),
  };
}
