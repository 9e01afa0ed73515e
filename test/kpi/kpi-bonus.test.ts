import { describe, expect, it } from "vitest";
import { achievement, cardOutcome, kpiScale } from "../../src/model/kpi-bonus.js";
import type { KpiCard, KpiItem } from "../../src/model/types.js";

const at = { file: "p.yaml", line: 1, doc: 0, pointer: "" };
const item = (name: string, weight: number, target: string, threshold?: string): KpiItem => ({
  key: name,
  name,
  weight,
  target,
  ...(threshold !== undefined ? { threshold } : {}),
  control: [],
  source: at,
});

describe("the achievement of one KPI", () => {
  const bill = kpiScale(item("bill", 20, "не менее 9 000 руб.", "8 000 руб."), {});
  it("is 0 % below the threshold, 100 % at the target or above, linear in between", () => {
    if (!bill) throw new Error("no scale");
    expect(achievement(bill, 7999)).toBe(0);
    expect(achievement(bill, 8000)).toBe(0);
    expect(achievement(bill, 8500)).toBe(50);
    expect(achievement(bill, 9000)).toBe(100);
    expect(achievement(bill, 12000)).toBe(100);
  });

  it("runs the other way when lower is better (rework: target at most 2 %, threshold 4 %)", () => {
    const rework = kpiScale(item("rework", 40, "не более 2 %", "4 %"), {});
    if (!rework) throw new Error("no scale");
    expect(achievement(rework, 1)).toBe(100);
    expect(achievement(rework, 3)).toBe(50);
    expect(achievement(rework, 5)).toBe(0);
  });

  it("starts from the card's atThreshold when the card says so", () => {
    const scale = kpiScale(item("bill", 20, "9000", "8000"), { atThreshold: "50 %" });
    if (!scale) throw new Error("no scale");
    expect(achievement(scale, 8000)).toBe(50);
    expect(achievement(scale, 8500)).toBe(75);
  });

  it("is all or nothing without a threshold", () => {
    const scale = kpiScale(item("crm", 10, "100 %"), {});
    if (!scale) throw new Error("no scale");
    expect(achievement(scale, 99)).toBe(0);
    expect(achievement(scale, 100)).toBe(100);
  });
});

describe("the card's total and the bonus earned", () => {
  it("weights each achievement and takes that share of the bonus share", () => {
    const a = item("a", 60, "≥ 100", "80");
    const b = item("b", 40, "≥ 10", "5");
    const card: KpiCard = { bonusShare: "30 %", items: [a, b], source: at };
    const outcome = cardOutcome(
      card,
      new Map([
        [a, 90],
        [b, 10],
      ]),
    );
    expect(outcome.outcomes.map((o) => o.achievement)).toEqual([50, 100]);
    expect(outcome.total).toBe(70);
    expect(outcome.bonusShare).toBe(30);
    expect(outcome.earned).toBeCloseTo(21);
  });
});
