import type { Rule } from "../rule.js";

/** An indicator is only useful with its way of measuring (docs/method.md, element 6). */
export const indicatorWithoutMeasure: Rule = {
  meta: {
    id: "indicator-without-measure",
    description: "Every indicator says how it is measured (`measure`).",
    rationale:
      "Indicators must be measurable, each with how it is measured: a survey, a count of complaints and thanks (docs/method.md, element 6). An indicator nobody knows how to measure cannot become a KPI.",
    defaultSeverity: "warn",
    examples: {
      wrong: "indicators:\n  - name: Удовлетворённость клиента приёмкой\n    type: quality",
      right:
        "indicators:\n  - name: Удовлетворённость клиента приёмкой\n    measure: Телефонный опрос; число жалоб и благодарностей\n    type: quality",
    },
  },
  check({ model, report }) {
    for (const process of model.processes) {
      for (const indicator of process.indicators) {
        if (indicator.measure !== undefined) continue;
        report({ at: indicator.source, message: "indicator-without-measure", data: { indicator: indicator.name } });
      }
    }
  },
};
