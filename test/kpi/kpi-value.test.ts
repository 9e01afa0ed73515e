import { describe, expect, it } from "vitest";
import { parseKpiValue, parseNumber } from "../../src/model/kpi-value.js";

describe("the number in a KPI's target or threshold", () => {
  it.each([
    ["не ниже 4,5 из 5, не более одной жалобы в месяц", 4.5, false],
    ["не менее 95 % наряд-заказов без замечаний", 95, false],
    ["не менее 9 000 руб.", 9000, false],
    ["≥ 4,5 из 5", 4.5, false],
    ["не более 2 %", 2, true],
    ["менее 3 жалоб", 3, true],
    ["≤ 1,5 дня", 1.5, true],
    ["at most 2 days", 2, true],
    ["at least 98%", 98, false],
    ["100 %", 100, false],
    ["4.5", 4.5, false],
  ])("%s → %d (lower is better: %s)", (text, value, lower) => {
    expect(parseKpiValue(text)).toEqual({ value, lowerIsBetter: lower });
  });

  it("is absent when the text has no number", () => {
    expect(parseKpiValue("высокая")).toBeUndefined();
    expect(parseKpiValue(undefined)).toBeUndefined();
  });
});

describe("a fact value as people type it", () => {
  it.each([
    ["4,7", 4.7],
    ["4.7", 4.7],
    ["9 000", 9000],
    ["95 %", 95],
    ["−3", -3],
    [" 12 ", 12],
  ])("%s → %d", (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(["abc", "", "4,7,1", "12abc", "1e5"])("%s is not a number", (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});
