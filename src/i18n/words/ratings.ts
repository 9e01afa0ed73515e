import type { Lang } from "../lang.js";
import { EN_MONTHS } from "../months.js";

/** The fixed words of the ratings report, its charts and the rating forms, in both languages. */
export interface RatingsWords {
  /** «ноябрь 2026 г.» / "November 2026", for a YYYY-MM. */
  month: (month: string) => string;
  /** «сентябрь — ноябрь 2026 г.» / "September to November 2026". */
  monthRange: (from: string, to: string) => string;
  /** «нояб. 2026» / "Nov 2026": chart axes and narrow columns. */
  shortMonth: (month: string) => string;
  /** A number with one decimal, the way the language writes it. */
  number: (value: number) => string;
  titles: { report: (month: string) => string; form: (unit: string) => string };
  /** What `procspec ratings` says when done or when there is nothing to report. */
  noRatings: (month: string | undefined) => string;
  formsDone: string;
  files: (count: number) => string;
  intro: string;
  anonymous: string;
  named: string;
  /** A position's heading: its name and unit. */
  positionHeading: (position: string, unit: string | undefined) => string;
  average: (month: string) => string;
  averageValue: (average: string, count: number) => string;
  trend: string;
  trendValue: (delta: number, text: string) => string;
  noTrend: string;
  monthly: { month: string; average: string; count: string; none: string };
  distribution: { heading: (month: string) => string; score: string; count: string };
  comments: {
    heading: string;
    process: string;
    score: string;
    comment: string;
    from: string;
    date: string;
    noProcess: string;
    none: string;
  };
  colleagues: string;
  chart: { alt: (name: string) => string; trend: string; distribution: (month: string) => string };
  heat: { heading: (month: string) => string; intro: (threshold: string) => string; corner: string };
  bonus: {
    heading: string;
    intro: (months: string, threshold: string) => string;
    high: (threshold: string) => string;
    low: string;
    side: string;
    average: string;
    count: string;
    none: string;
  };
  form: {
    unit: string;
    month: string;
    blank: string;
    intro: string;
    scale: string[];
    rated: string;
    process: string;
    score: string;
    comment: string;
    none: string;
    signatures: string[];
  };
}

const MONTHS_RU = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
const SHORT_RU = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];

const parts = (month: string): [string, number] => [month.slice(0, 4), Number(month.slice(5, 7)) - 1];

const ru: RatingsWords = {
  month: (m) => {
    const [y, i] = parts(m);
    return `${MONTHS_RU[i] ?? m} ${y} г.`;
  },
  monthRange: (from, to) => {
    const [y1, i1] = parts(from);
    const [y2, i2] = parts(to);
    return y1 === y2
      ? `${MONTHS_RU[i1] ?? from} — ${MONTHS_RU[i2] ?? to} ${y2} г.`
      : `${ru.month(from)} — ${ru.month(to)}`;
  },
  shortMonth: (m) => {
    const [y, i] = parts(m);
    return `${SHORT_RU[i] ?? m} ${y}`;
  },
  number: (v) => v.toFixed(1).replace(".", ","),
  titles: {
    report: (month) => `Оценка постановки задач между подразделениями за ${month}`,
    form: (unit) => `Бланк оценки постановки задач: ${unit}`,
  },
  noRatings: (month) =>
    month ? `нет оценок за ${month} и раньше в файлах ratings/**/*.csv` : "нет оценок в файлах ratings/**/*.csv",
  formsDone: "Бланки оценки постановки задач",
  files: (count) => `файлов: ${count}`,
  intro:
    "Оценку ставит сторона, которой поставили задачу: по шкале от 1 до 5, к оценке ниже 5 — комментарий о том, что изменить. Руководители двух подразделений обсуждают оценки и комментарии и договариваются, как ставить задачи лучше.",
  anonymous:
    "Оценки анонимны: у комментария указано подразделение оценивших, если за месяц оценку поставили не меньше трёх его сотрудников, иначе — «коллеги».",
  named: "У каждого комментария указано, кто поставил оценку.",
  positionHeading: (position, unit) => (unit ? `${position} (${unit})` : position),
  average: (month) => `Средняя оценка за ${month}`,
  averageValue: (average, count) => `${average} (оценок: ${count})`,
  trend: "Изменение к предыдущему месяцу",
  trendValue: (delta, text) => (delta > 0 ? `рост на ${text}` : delta < 0 ? `снижение на ${text}` : "без изменений"),
  noTrend: "нет оценок за один из двух месяцев",
  monthly: { month: "Месяц", average: "Средняя оценка", count: "Оценок", none: "—" },
  distribution: { heading: (month) => `Распределение оценок за ${month}`, score: "Оценка", count: "Количество" },
  comments: {
    heading: "Комментарии к оценкам ниже 5",
    process: "Процесс",
    score: "Оценка",
    comment: "Комментарий",
    from: "Кто оценил",
    date: "Дата",
    noProcess: "Без указания процесса",
    none: "Оценок ниже 5 за месяц нет.",
  },
  colleagues: "коллеги",
  chart: {
    alt: (name) => `Динамика и распределение оценок: ${name}`,
    trend: "Средняя оценка по месяцам",
    distribution: (month) => `Оценки за ${month}`,
  },
  heat: {
    heading: (month) => `Средние оценки между подразделениями за ${month}`,
    intro: (threshold) =>
      `В строках — кто оценивал, в столбцах — кого оценивали. Средняя ниже 3 выделена красным, не ниже ${threshold} — зелёным: красная клетка — пара подразделений, руководителям которых стоит встретиться.`,
    corner: "Кто оценивает / кого оценивают",
  },
  bonus: {
    heading: "К пересмотру премий",
    intro: (months, threshold) =>
      `Средняя оценка за три месяца (${months}). Не ниже ${threshold} — основание повысить премию, ниже 3 — разобрать с руководителем и при необходимости снизить.`,
    high: (threshold) => `Средняя не ниже ${threshold}`,
    low: "Средняя ниже 3",
    side: "Подразделение или должность",
    average: "Средняя за 3 месяца",
    count: "Оценок",
    none: "Нет.",
  },
  form: {
    unit: "Подразделение",
    month: "Месяц",
    blank: "________________",
    intro:
      "Оцените, как вам ставили задачи в каждом процессе ниже. Если оценка ниже 5, напишите, что изменить в постановке задачи.",
    scale: [
      "5 — задача поставлена полно и вовремя, уточнять ничего не пришлось",
      "4 — пришлось уточнить мелочи",
      "3 — не хватало существенных сведений, работа задержалась",
      "2 — задачу пришлось переделывать или выяснять заново",
      "1 — задача поставлена так, что выполнить её было нельзя",
    ],
    rated: "Кого оцениваем",
    process: "Процесс",
    score: "Оценка (1–5)",
    comment: "Комментарий (обязателен при оценке ниже 5)",
    none: "Процессы не связывают это подразделение с другими: оценивать некого.",
    signatures: ["Заполнил: ____________________ / ____________________ /", "Дата: «____» ______________ 20____ г."],
  },
};

const en: RatingsWords = {
  month: (m) => {
    const [y, i] = parts(m);
    return `${EN_MONTHS[i] ?? m} ${y}`;
  },
  monthRange: (from, to) => {
    const [y1, i1] = parts(from);
    const [y2, i2] = parts(to);
    return y1 === y2
      ? `${EN_MONTHS[i1] ?? from} to ${EN_MONTHS[i2] ?? to} ${y2}`
      : `${en.month(from)} to ${en.month(to)}`;
  },
  shortMonth: (m) => {
    const [y, i] = parts(m);
    return `${(EN_MONTHS[i] ?? m).slice(0, 3)} ${y}`;
  },
  number: (v) => v.toFixed(1),
  titles: {
    report: (month) => `Ratings between units, ${month}`,
    form: (unit) => `Rating form: ${unit}`,
  },
  noRatings: (month) =>
    month ? `no ratings in ${month} or before in ratings/**/*.csv` : "no ratings in ratings/**/*.csv",
  formsDone: "Rating forms",
  files: (count) => `${count} files`,
  intro:
    "The side that was given a task rates how it was set: from 1 to 5, with a comment on what to change for anything below 5. The heads of the two units discuss the ratings and comments and agree how to set tasks better.",
  anonymous:
    "Ratings are anonymous: a comment shows the raters' unit when at least three of its people rated that month, otherwise “colleagues”.",
  named: "Each comment shows who gave the rating.",
  positionHeading: (position, unit) => (unit ? `${position} (${unit})` : position),
  average: (month) => `Average score, ${month}`,
  averageValue: (average, count) => `${average} (${count} ratings)`,
  trend: "Change against the previous month",
  trendValue: (delta, text) => (delta > 0 ? `up ${text}` : delta < 0 ? `down ${text}` : "no change"),
  noTrend: "no ratings in one of the two months",
  monthly: { month: "Month", average: "Average score", count: "Ratings", none: "—" },
  distribution: { heading: (month) => `Distribution of scores, ${month}`, score: "Score", count: "Count" },
  comments: {
    heading: "Comments on scores below 5",
    process: "Process",
    score: "Score",
    comment: "Comment",
    from: "Rated by",
    date: "Date",
    noProcess: "No process named",
    none: "No score below 5 this month.",
  },
  colleagues: "colleagues",
  chart: {
    alt: (name) => `Trend and distribution of scores: ${name}`,
    trend: "Average score by month",
    distribution: (month) => `Scores, ${month}`,
  },
  heat: {
    heading: (month) => `Average scores between units, ${month}`,
    intro: (threshold) =>
      `Rows: who rated; columns: who was rated. An average below 3 is shaded red, at or above ${threshold} green: a red cell is a pair of units whose heads should sit down together.`,
    corner: "Who rates / who is rated",
  },
  bonus: {
    heading: "For the pay review",
    intro: (months, threshold) =>
      `Average score over three months (${months}). At or above ${threshold}: grounds for a higher bonus; below 3: to be discussed with the head and, if need be, a lower one.`,
    high: (threshold) => `Average at or above ${threshold}`,
    low: "Average below 3",
    side: "Unit or position",
    average: "3-month average",
    count: "Ratings",
    none: "None.",
  },
  form: {
    unit: "Unit",
    month: "Month",
    blank: "________________",
    intro:
      "Rate how tasks were set for you in each process below. For a score below 5, write what should change in how the task is set.",
    scale: [
      "5 — the task was complete and on time, nothing had to be asked",
      "4 — small details had to be asked",
      "3 — important information was missing, the work was delayed",
      "2 — the task had to be redone or found out again",
      "1 — the task was set so that it could not be done",
    ],
    rated: "Who is rated",
    process: "Process",
    score: "Score (1–5)",
    comment: "Comment (required below 5)",
    none: "No process links this unit to another: there is nobody to rate.",
    signatures: ["Filled in by: ____________________", "Date: ______________"],
  },
};

export function ratingsWords(lang: Lang): RatingsWords {
  return lang === "ru" ? ru : en;
}
