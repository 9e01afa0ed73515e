/**
 * Words of the HR uses of the profile: the vacancy text, the assessment questionnaire, the development plan and the
 * summary of assessments. Typed by one interface, so a key missing in a language is a compile error.
 */
import type { Lang } from "../lang.js";

export interface HrWords {
  titles: {
    vacancy: (position: string) => string;
    questionnaire: (position: string) => string;
    developmentPlan: (person: string) => string;
    summary: (position: string) => string;
    summaries: string;
  };
  personalData: string;
  vacancy: {
    company: string;
    unit: string;
    reportsTo: string;
    duties: string;
    requirements: string;
    education: string;
    experience: string;
    knowledge: string;
    skills: string;
    qualities: string;
    conditions: string;
    schedule: string;
    pay: string;
    place: string;
    conditionsNone: string;
    values: string;
  };
  questionnaire: {
    person: string;
    date: string;
    assessor: string;
    blank: string;
    scaleHeading: string;
    scale: string[];
    item: string;
    comment: string;
    groups: { knowledge: string; skills: string; qualities: string; standardSkills: (code: string) => string };
    signatures: string[];
  };
  plan: {
    person: string;
    position: string;
    date: string;
    assessor: string;
    required: string;
    intro: string;
    columns: string[];
    none: string;
    inProcess: (processes: string) => string;
    elsewhere: string;
    signatures: string[];
  };
  summary: {
    intro: (required: number) => string;
    item: string;
    average: string;
    notScored: string;
  };
}

const ru: HrWords = {
  titles: {
    vacancy: (position) => `Вакансия «${position}»`,
    questionnaire: (position) => `Анкета оценки по профилю должности «${position}»`,
    developmentPlan: (person) => `Индивидуальный план развития: ${person}`,
    summary: (position) => `Сводная оценка сотрудников по должности «${position}»`,
    summaries: "Сводные оценки сотрудников по должностям",
  },
  personalData:
    "Документ содержит персональные данные: хранится и передаётся в порядке, установленном для персональных данных работников.",
  vacancy: {
    company: "Компания",
    unit: "Подразделение",
    reportsTo: "Руководитель",
    duties: "Чем предстоит заниматься",
    requirements: "Что мы ждём от кандидата",
    education: "Образование",
    experience: "Опыт работы",
    knowledge: "Знания",
    skills: "Навыки",
    qualities: "Личные качества",
    conditions: "Условия работы",
    schedule: "График",
    pay: "Оплата",
    place: "Место работы",
    conditionsNone: "Обсуждаются на собеседовании.",
    values: "Наши ценности",
  },
  questionnaire: {
    person: "Сотрудник (кандидат)",
    date: "Дата оценки",
    assessor: "Оценивающий",
    blank: "________________________",
    scaleHeading: "Шкала оценки",
    scale: [
      "1 — не владеет",
      "2 — начальный уровень: применяет с помощью других",
      "3 — базовый уровень: справляется с типовыми задачами",
      "4 — уверенно применяет самостоятельно (уровень, которого требует профиль)",
      "5 — эксперт: решает сложные задачи, может обучать других",
    ],
    item: "Пункт профиля",
    comment: "Комментарий",
    groups: {
      knowledge: "Знания",
      skills: "Навыки",
      qualities: "Личные качества",
      standardSkills: (code) => `Умения по профессиональному стандарту ${code}`,
    },
    signatures: [
      "Оценивающий: ____________ / ____________",
      "С результатами оценки ознакомлен(а): ____________ / ____________",
    ],
  },
  plan: {
    person: "Сотрудник",
    position: "Должность",
    date: "Дата оценки",
    assessor: "Оценивающий",
    required: "Требуемый уровень",
    intro:
      "В план включены пункты профиля должности, оценённые ниже требуемого уровня. Способ развития предложен по процессам, в которых компетенция применяется; срок и отметку о выполнении заполняют руководитель и сотрудник.",
    columns: ["№", "Компетенция", "Оценка", "Требуется", "Разрыв", "Как развить", "Срок", "Отметка о выполнении"],
    none: "Все оценённые пункты профиля не ниже требуемого уровня: план развития не требуется.",
    inProcess: (processes) =>
      `Отработка на практике в процессе ${processes} под наставничеством опытного сотрудника; повторная оценка по итогам.`,
    elsewhere: "Обучение (курс, самостоятельное изучение) и наставничество; повторная оценка по итогам.",
    signatures: ["Руководитель: ____________ / ____________", "Сотрудник: ____________ / ____________"],
  },
  summary: {
    intro: (required) =>
      `Баллы сотрудников по пунктам профиля должности (по последней оценке каждого). Требуемый уровень — ${required}; баллы ниже него отмечены.`,
    item: "Пункт профиля",
    average: "Средний балл",
    notScored: "—",
  },
};

const en: HrWords = {
  titles: {
    vacancy: (position) => `Vacancy: ${position}`,
    questionnaire: (position) => `Assessment questionnaire for the position “${position}”`,
    developmentPlan: (person) => `Individual development plan: ${person}`,
    summary: (position) => `Summary of assessments for the position “${position}”`,
    summaries: "Summaries of assessments by position",
  },
  personalData: "This document holds an employee's personal data: keep and pass it on as personal data.",
  vacancy: {
    company: "Company",
    unit: "Unit",
    reportsTo: "Reports to",
    duties: "What you will do",
    requirements: "What we expect",
    education: "Education",
    experience: "Experience",
    knowledge: "Knowledge",
    skills: "Skills",
    qualities: "Personal qualities",
    conditions: "Working conditions",
    schedule: "Schedule",
    pay: "Pay",
    place: "Place of work",
    conditionsNone: "To be discussed at the interview.",
    values: "Our values",
  },
  questionnaire: {
    person: "Employee (candidate)",
    date: "Date",
    assessor: "Assessor",
    blank: "________________________",
    scaleHeading: "Scale",
    scale: [
      "1 — no command of it",
      "2 — beginner: applies it with others' help",
      "3 — basic: handles routine tasks",
      "4 — applies it confidently on their own (the level the profile asks for)",
      "5 — expert: solves hard cases, can teach others",
    ],
    item: "Profile item",
    comment: "Comment",
    groups: {
      knowledge: "Knowledge",
      skills: "Skills",
      qualities: "Personal qualities",
      standardSkills: (code) => `Skills of the professional standard ${code}`,
    },
    signatures: ["Assessor: ____________ / ____________", "Results read by the employee: ____________ / ____________"],
  },
  plan: {
    person: "Employee",
    position: "Position",
    date: "Date of assessment",
    assessor: "Assessor",
    required: "Required level",
    intro:
      "The plan lists the profile items scored below the required level. A way to close each gap is suggested from the processes where the competency is used; the manager and the employee fill in the deadline and the mark of completion.",
    columns: ["No.", "Competency", "Score", "Required", "Gap", "How to develop it", "Deadline", "Done"],
    none: "Every scored profile item is at the required level or above: no development plan is needed.",
    inProcess: (processes) =>
      `Practice in the process ${processes} with an experienced colleague as mentor; reassess afterwards.`,
    elsewhere: "Training (a course, self-study) and mentoring; reassess afterwards.",
    signatures: ["Manager: ____________ / ____________", "Employee: ____________ / ____________"],
  },
  summary: {
    intro: (required) =>
      `Employees' scores per profile item (each person's latest assessment). The required level is ${required}; scores below it are marked.`,
    item: "Profile item",
    average: "Average",
    notScored: "—",
  },
};

const tables: Record<Lang, HrWords> = { ru, en };

export function hrWords(lang: Lang): HrWords {
  return tables[lang];
}
