import type { Rule } from "../rule.js";

/** An instruction serves steps; one that no step names is not part of any regulation. */
export const unusedInstruction: Rule = {
  meta: {
    id: "unused-instruction",
    description: "Every instruction is named by at least one step (`instruction`).",
    rationale:
      "An instruction says how to do a step; the regulation's table and the job duties list it through the steps that name it. One that no step names is either left over or forgotten in the steps it serves.",
    defaultSeverity: "warn",
    examples: {
      wrong:
        "kind: Instruction\nid: vehicle-inspection\nname: Осмотр автомобиля\n# ... and no step has `instruction: vehicle-inspection`",
      right:
        "steps:\n  - id: inspect\n    name: Осмотреть автомобиль\n    executor: service-advisor\n    instruction: vehicle-inspection",
    },
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.steps.length > 0) continue;
      report({ at: instruction.source, path: "/id", message: "unused-instruction", data: { name: instruction.name } });
    }
  },
};
