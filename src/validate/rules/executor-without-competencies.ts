import type { Rule } from "../rule.js";

/** Competencies are stated per process for each executor (docs/method.md, Competencies). */
export const executorWithoutCompetencies: Rule = {
  meta: {
    id: "executor-without-competencies",
    description: "Every executor of a process lists competencies: knowledge, skills or personal qualities.",
    rationale:
      "The competencies document and the position profile are compiled from what each executor needs to know, be able to do and be like in each process (docs/method.md, Competencies and Position profile); an executor without them leaves gaps in both.",
    defaultSeverity: "warn",
    examples: {
      wrong: "executors:\n  - position: service-advisor\n    functions: [Оформляет наряд-заказ]",
      right:
        "executors:\n  - position: service-advisor\n    functions: [Оформляет наряд-заказ]\n    competencies:\n      knowledge: [Устройство автомобиля]\n      skills: [Работа в учётной программе]\n      qualities: [Доброжелательность]",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      process.executors.forEach((executor, i) => {
        if (executor.competencies) return;
        // Neither a known position nor a role (the schema reports that): name the entry by its place instead.
        const unnamed = executor.name === "";
        report({
          at: executor.source,
          message: unnamed ? "executor-without-competencies.unnamed" : "executor-without-competencies",
          data: { executor: unnamed ? `executors[${i}]` : executor.name, name: process.name },
        });
      });
    }
  },
};
