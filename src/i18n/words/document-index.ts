/** Words of the index's table of position documents beyond the three of the method. */
export interface DocumentIndexWords {
  /** Column of the position's other documents. */
  more: string;
  kpiCard: string;
  comparison: string;
  vacancy: string;
  questionnaire: string;
}

export const documentIndexWords: Record<"ru" | "en", DocumentIndexWords> = {
  ru: {
    more: "Другие документы",
    kpiCard: "Карта KPI",
    comparison: "Сравнение с профстандартом",
    vacancy: "Вакансия",
    questionnaire: "Анкета оценки",
  },
  en: {
    more: "Other documents",
    kpiCard: "KPI card",
    comparison: "Comparison with the professional standard",
    vacancy: "Vacancy",
    questionnaire: "Assessment questionnaire",
  },
};
