import { describe, expect, it } from "vitest";
import { compileModel } from "../src/model/compile.js";
import { validateProject } from "../src/validate/validate.js";
import { STEPS_SPEC, stepsProject } from "./helpers/steps-project.js";

const { model, index } = compileModel(stepsProject());
const process = index.processes.get("order-handling");

describe("the steps of a process in the model", () => {
  it("is a clean project: the fixture every steps test builds on has no diagnostics", () => {
    expect(validateProject(stepsProject()).diagnostics).toEqual([]);
  });

  it("keeps each step's executor, inputs, outputs, term, system, instruction and line", () => {
    const take = process?.steps[0];
    expect(take).toMatchObject({
      id: "take",
      number: 1,
      executor: { text: "sales-clerk", name: "Sales clerk", position: { id: "sales-clerk", found: "position" } },
      inputs: [{ name: "Customer order" }],
      outputs: [{ name: "Order entry" }],
      term: "10 minutes",
      system: { id: "erp", found: "system", name: "Inventory system" },
    });
    const line = STEPS_SPEC.split("\n").indexOf("  - id: take") + 1;
    expect(take?.source).toMatchObject({ file: "spec.yaml", line, pointer: "/steps/0" });
    expect(process?.steps[1]?.instruction).toMatchObject({ id: "credit-check", found: "instruction" });
  });

  it("resolves branches as written and the default move to the step below; the last step leads nowhere", () => {
    expect(process?.steps[0]?.next.map((t) => [t.step, t.when, t.written])).toEqual([
      ["invoice", "Within the credit limit", true],
      ["approve", "Over the credit limit", true],
    ]);
    expect(process?.steps[1]?.next.map((t) => [t.step, t.written])).toEqual([["invoice", false]]);
    expect(process?.steps[2]?.next).toEqual([]);
  });

  it("derives per position its steps, instructions and systems", () => {
    const clerk = index.positions.get("sales-clerk");
    const manager = index.positions.get("sales-manager");
    expect(clerk?.steps).toEqual([
      { process: "order-handling", step: "take" },
      { process: "order-handling", step: "invoice" },
    ]);
    expect(clerk?.systems).toEqual(["erp"]);
    expect(clerk?.instructions).toEqual([]);
    expect(manager?.instructions).toEqual(["credit-check"]);
    expect(manager?.systems).toEqual([]);
  });

  it("derives per system the steps that use it and the positions that record in it, per instruction its steps", () => {
    expect(model.systems[0]).toMatchObject({
      id: "erp",
      owner: { id: "sales-manager" },
      steps: [
        { process: "order-handling", step: "take" },
        { process: "order-handling", step: "invoice" },
      ],
      positions: ["sales-clerk"],
    });
    expect(model.instructions[0]).toMatchObject({
      id: "credit-check",
      steps: [{ process: "order-handling", step: "approve" }],
      workers: ["sales-manager"],
    });
  });
});
