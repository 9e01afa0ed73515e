import { describe, expect, it } from "vitest";
import { allRules } from "../src/validate/rules/index.js";
import { runMain } from "./helpers/in-process.js";

describe("procspec rules: the checks of the method, listed and explained", () => {
  it("lists every rule with its default level and description", async () => {
    const { code, out } = await runMain("rules", "--lang", "en");
    expect(code).toBe(0);
    for (const rule of allRules) {
      const line = out.split("\n").find((l) => l.startsWith(`${rule.meta.id} `));
      expect(line, rule.meta.id).toBeDefined();
      const level = { error: "error", warn: "warning", info: "info", off: "off" }[rule.meta.defaultSeverity];
      expect(line).toMatch(new RegExp(`^${rule.meta.id}\\s+${level}\\s+`));
      expect(line).toContain(rule.meta.description);
    }
    expect(out).toContain(`${allRules.length} rules`);
  });

  it("the list is in Russian for a Russian team", async () => {
    const { out } = await runMain("rules", "--lang", "ru");
    expect(out).toMatch(/^unique-id\s+ошибка\s+/m);
    expect(out).toContain(`проверок: ${allRules.length}`);
  });

  it("explains one rule: description, why, the default level, a wrong and a right example", async () => {
    for (const rule of allRules) {
      const { code, out } = await runMain("rules", rule.meta.id, "--lang", "en");
      expect(code).toBe(0);
      expect(out).toContain(rule.meta.description);
      expect(out).toContain(`Why: ${rule.meta.rationale}`);
      expect(out.split("\n")[0]).toContain(
        `(default: ${{ error: "error", warn: "warning", info: "info", off: "off" }[rule.meta.defaultSeverity]})`,
      );
      const wrongAt = out.indexOf("Wrong:");
      const rightAt = out.indexOf("Right:");
      expect(wrongAt).toBeGreaterThan(0);
      expect(rightAt).toBeGreaterThan(wrongAt);
      const firstWrongLine = rule.meta.examples.wrong.split("\n").find((l) => l.trim()) ?? "";
      expect(out.slice(wrongAt, rightAt)).toContain(firstWrongLine);
      const firstRightLine = rule.meta.examples.right.split("\n").find((l) => l.trim()) ?? "";
      expect(out.slice(rightAt)).toContain(firstRightLine);
      expect(out).toContain(`rules:\n      ${rule.meta.id}: `);
    }
  });

  it("a misspelt rule id is a usage error with a did-you-mean", async () => {
    const { code, err, out } = await runMain("rules", "proces-without-client", "--lang", "en");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("unknown rule `proces-without-client`");
    expect(err).toContain("did you mean `process-without-client`?");
  });

  it("an id nothing resembles is still refused, without a wild guess", async () => {
    const { code, err } = await runMain("rules", "zzzzzzzzzzzz", "--lang", "en");
    expect(code).toBe(2);
    expect(err).not.toContain("did you mean");
  });
});
