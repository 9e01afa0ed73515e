import type { Lang } from "../lang.js";

/** The fixed words of the KPI card, the KPI register and `procspec kpi`, in both languages. */
export interface KpiWords {
  titles: { card: string; register: string; results: string };
  bonusShare: string;
  columns: {
    number: string;
    kpi: string;
    weight: string;
    threshold: string;
    target: string;
    formula: string;
    source: string;
    period: string;
  };
  total: string;
  /** The process a KPI comes from, after its name. */
  fromProcess: (process: string) => string;
  systemUse: (system: string) => string;
  periods: Record<"month" | "quarter" | "year", string>;
  bonus: {
    heading: string;
    scale: (atThreshold: string) => string;
    lowerIsBetter: string;
    total: string;
    pay: (share: string | undefined) => string;
    example: (e: {
      name: string;
      threshold: string;
      target: string;
      value: string;
      achievement: string;
      weight: string;
      points: string;
    }) => string;
  };
  control: {
    heading: string;
    intro: (kpi: string) => string;
    stage: string;
    frequency: string;
    duration: string;
    frequencies: Record<"day" | "week" | "month", string>;
    /** The first stage starts with the card; each next one follows it. */
    from: (stage: number) => string;
    after: string;
    afterFrequency: (period: string) => string;
    afterDuration: string;
  };
  reference: { text: string; link: string };
  register: {
    cards: string;
    position: string;
    bonusShare: string;
    kpi: string;
    process: string;
    weight: string;
    ownKpi: string;
    unused: string;
    unusedIntro: string;
    indicator: string;
    withoutCard: string;
    allUsed: string;
    allHaveCards: string;
    /** Tab names of the xlsx register: at most 31 characters. */
    sheetCards: string;
    sheetUnused: string;
  };
  results: {
    period: string;
    value: string;
    achievement: string;
    points: string;
    total: string;
    earned: string;
    noValue: string;
    notComputed: string;
  };
}

const ru: KpiWords = {
  titles: {
    card: "Карта ключевых показателей деятельности (KPI)",
    register: "Реестр KPI",
    results: "Расчёт премии по картам KPI",
  },
  bonusShare: "Переменная часть дохода",
  columns: {
    number: "№",
    kpi: "Показатель",
    weight: "Вес, %",
    threshold: "Порог",
    target: "Цель",
    formula: "Формула / способ измерения",
    source: "Источник данных",
    period: "Период",
  },
  total: "Итого",
  fromProcess: (process) => `процесс ${process}`,
  systemUse: (system) => `работа в системе «${system}»`,
  periods: { month: "месяц", quarter: "квартал", year: "год" },
  bonus: {
    heading: "Как рассчитывается премия",
    scale: (atThreshold) =>
      `Выполнение каждого показателя за период: хуже порога — 0 %; цель достигнута или превышена — 100 %; между порогом и целью — пропорционально, от ${atThreshold} на пороге до 100 % у цели.`,
    lowerIsBetter:
      "Для показателей, где лучше меньшее значение (цель записана как «не более»), порог больше цели, и шкала идёт в обратную сторону: чем меньше значение, тем выше процент выполнения.",
    total: "Итоговое выполнение карты — сумма выполнений показателей, умноженных на их веса.",
    pay: (share) =>
      `Премия за период = переменная часть дохода${share ? ` (${share})` : ""} × итоговое выполнение карты.`,
    example: (e) =>
      `Пример: «${e.name}» — порог ${e.threshold}, цель ${e.target}. При значении ${e.value} показатель выполнен на ${e.achievement} и с весом ${e.weight} даёт ${e.points} итогового выполнения карты.`,
  },
  control: {
    heading: "График контроля работы в системе",
    intro: (kpi) =>
      `Что не отмечено в системе, то не сделано: «${kpi}» — условие остальных показателей. Руководитель проверяет его по графику:`,
    stage: "Этап",
    frequency: "Как часто проверяется",
    duration: "Продолжительность",
    frequencies: { day: "ежедневно", week: "еженедельно", month: "ежемесячно" },
    from: (stage) => (stage === 1 ? "С начала работы по карте" : "Затем"),
    after: "Далее",
    afterFrequency: (period) => `по итогам периода (${period})`,
    afterDuration: "постоянно",
  },
  reference: {
    text: "Показатели, по которым оценивается работа в должности, их веса, пороги и цели — в карте KPI должности:",
    link: "Карта KPI",
  },
  register: {
    cards: "Карты KPI должностей",
    position: "Должность",
    bonusShare: "Переменная часть",
    kpi: "Показатель",
    process: "Процесс",
    weight: "Вес, %",
    ownKpi: "собственный показатель должности",
    unused: "Показатели процессов, не вошедшие ни в одну карту",
    unusedIntro: "Эти показатели измеряются, но ни одна должность не получает за них премию:",
    indicator: "Показатель",
    withoutCard: "Должности без карты KPI",
    allUsed: "Все показатели процессов вошли в карты KPI.",
    allHaveCards: "У всех должностей есть карта KPI.",
    sheetCards: "Карты KPI",
    sheetUnused: "Показатели вне карт",
  },
  results: {
    period: "Период",
    value: "Факт",
    achievement: "Выполнение",
    points: "Вклад в итог",
    total: "Итоговое выполнение карты",
    earned: "Заработанная доля дохода",
    noValue: "нет значения — 0 %",
    notComputed: "не рассчитана: в карте есть ошибки",
  },
};

const en: KpiWords = {
  titles: {
    card: "Key performance indicators (KPI) card",
    register: "KPI register",
    results: "Bonus calculation by KPI cards",
  },
  bonusShare: "Variable pay",
  columns: {
    number: "No.",
    kpi: "Indicator",
    weight: "Weight, %",
    threshold: "Threshold",
    target: "Target",
    formula: "Formula / how measured",
    source: "Data source",
    period: "Period",
  },
  total: "Total",
  fromProcess: (process) => `process ${process}`,
  systemUse: (system) => `working in “${system}”`,
  periods: { month: "month", quarter: "quarter", year: "year" },
  bonus: {
    heading: "How the bonus is computed",
    scale: (atThreshold) =>
      `Achievement of each indicator over the period: below the threshold 0%; at the target or better 100%; between the threshold and the target in proportion, from ${atThreshold} at the threshold to 100% at the target.`,
    lowerIsBetter:
      "For indicators where less is better (the target reads “at most”), the threshold is above the target and the scale runs the other way: the lower the value, the higher the achievement.",
    total: "The card's total achievement is the sum of the achievements multiplied by the weights.",
    pay: (share) => `Bonus for the period = variable pay${share ? ` (${share})` : ""} × the card's total achievement.`,
    example: (e) =>
      `Example: “${e.name}”, threshold ${e.threshold}, target ${e.target}. At a value of ${e.value} it is ${e.achievement} achieved and, weighing ${e.weight}, adds ${e.points} to the card's total.`,
  },
  control: {
    heading: "Control schedule of working in the system",
    intro: (kpi) =>
      `What is not recorded in the system was not done: “${kpi}” is the condition of the other indicators. The manager checks it on this schedule:`,
    stage: "Stage",
    frequency: "Checked",
    duration: "For",
    frequencies: { day: "daily", week: "weekly", month: "monthly" },
    from: (stage) => (stage === 1 ? "From the start of the card" : "Then"),
    after: "After that",
    afterFrequency: (period) => `at the end of each period (${period})`,
    afterDuration: "ongoing",
  },
  reference: {
    text: "The indicators the work in this position is assessed by, with their weights, thresholds and targets, are in the position's KPI card:",
    link: "KPI card",
  },
  register: {
    cards: "KPI cards of positions",
    position: "Position",
    bonusShare: "Variable pay",
    kpi: "Indicator",
    process: "Process",
    weight: "Weight, %",
    ownKpi: "the position's own indicator",
    unused: "Process indicators on no card",
    unusedIntro: "These indicators are measured, but no position is paid by them:",
    indicator: "Indicator",
    withoutCard: "Positions without a KPI card",
    allUsed: "Every process indicator is on a KPI card.",
    allHaveCards: "Every position has a KPI card.",
    sheetCards: "KPI cards",
    sheetUnused: "Indicators on no card",
  },
  results: {
    period: "Period",
    value: "Actual",
    achievement: "Achievement",
    points: "Adds to total",
    total: "Card total",
    earned: "Share of pay earned",
    noValue: "no value — 0%",
    notComputed: "not computed: the card has errors",
  },
};

const tables: Record<Lang, KpiWords> = { ru, en };

export function kpiWords(lang: Lang): KpiWords {
  return tables[lang];
}

/**
 * A number as each language writes it: `8 500,5` / `8,500.5`, at most two decimals. No locale API, so the text
 * is the same on every machine.
 */
export function formatNumber(lang: Lang, n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "ru" ? "\u00a0" : ",");
  const sign = rounded < 0 ? "−" : "";
  if (fraction === undefined) return `${sign}${grouped}`;
  return `${sign}${grouped}${lang === "ru" ? "," : "."}${fraction}`;
}
