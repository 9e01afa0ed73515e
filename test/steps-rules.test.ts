import { describe, expect, it } from "vitest";
import { validateProject } from "../src/validate/validate.js";
import { STEPS_SPEC, stepsProject } from "./helpers/steps-project.js";

const lineOf = (spec: string, text: string) => spec.split("\n").findIndex((l) => l.includes(text)) + 1;

describe("diagnostics on steps, as a user reads them", () => {
  it("a step naming a misspelt system or instruction gets unknown-reference with the nearest id of that kind", () => {
    const spec = STEPS_SPEC.replace("    system: erp\n    next:", "    system: epr\n    next:").replace(
      "instruction: credit-check",
      "instruction: credit-chek",
    );
    const found = validateProject(stepsProject(spec)).diagnostics.filter((d) => d.code === "unknown-reference");
    expect(found.map((d) => [d.line, d.suggestion])).toEqual([
      [lineOf(spec, "system: epr"), "did you mean `erp`?"],
      [lineOf(spec, "instruction: credit-chek"), "did you mean `credit-check`?"],
    ]);
  });

  it("a step given to a position outside the process's executors is an error at the executor, in Russian too", () => {
    const spec = STEPS_SPEC.replace(
      "    executor: sales-manager\n    inputs: [Order entry]",
      "    executor: sales-clrk\n    inputs: [Order entry]",
    );
    const [diagnostic] = validateProject(stepsProject(spec, "ru")).diagnostics;
    expect(diagnostic).toMatchObject({
      code: "step-executor",
      severity: "error",
      line: lineOf(spec, "executor: sales-clrk"),
      column: 15,
      suggestion: "возможно, имелось в виду `sales-clerk`?",
    });
    expect(diagnostic?.message).toBe(
      "исполнитель `sales-clrk` шага «Approve the order» не входит в число исполнителей процесса «Order handling»; добавьте его в `executors` или укажите одного из них — возможно, имелось в виду `sales-clerk`?",
    );
  });

  it("a system named where a position is expected is a wrong-kind reference", () => {
    const spec = STEPS_SPEC.replace("owner: sales-manager\nrules:", "owner: erp\nrules:");
    const codes = validateProject(stepsProject(spec)).diagnostics.map((d) => d.code);
    expect(codes).toEqual(["wrong-kind-reference"]);
  });

  it("a loop with a way out is no endless loop; a `next` without `step` is a schema error, not a crash", () => {
    const loop = STEPS_SPEC.replace(
      "    outputs: [Credit decision]\n",
      "    outputs: [Credit decision]\n    next:\n      - { step: take, when: Needs a new order }\n      - { step: invoice, when: Approved }\n",
    );
    expect(validateProject(stepsProject(loop)).diagnostics).toEqual([]);
    const broken = STEPS_SPEC.replace(
      "{ step: approve, when: Over the credit limit }",
      "{ when: Over the credit limit }",
    );
    expect(validateProject(stepsProject(broken)).diagnostics.map((d) => d.code)).toContain("schema");
  });
});
