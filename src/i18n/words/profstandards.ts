/**
 * Words of the documents about professional standards: the comparison of a position with its standard, the list of
 * positions and standards, the plan of introducing them. Typed by one interface, so a key missing in a language is
 * a compile error.
 */
import type { Lang } from "../lang.js";

export interface ProfstandardWords {
  titles: { comparison: (position: string) => string; list: string; plan: string };
  fields: {
    position: string;
    unit: string;
    standard: string;
    registration: string;
    generalized: string;
    level: string;
    coverage: string;
  };
  coverageFigure: (confirmed: number, total: number, suggested: number) => string;
  purpose: { heading: string; standard: string; position: string; intro: string };
  title: {
    heading: string;
    current: string;
    possible: string;
    matches: string;
    yes: string;
    no: string;
    law: string;
  };
  actions: {
    heading: string;
    intro: (threshold: string) => string;
    number: string;
    action: string;
    function: string;
    status: string;
    confirmed: string;
    suggested: (ref: string, process: string) => string;
    uncovered: string;
    inProcess: (fn: string, process: string) => string;
    noFunctions: string;
  };
  skills: { heading: string; standard: string; profile: string; absent: string };
  knowledge: { heading: string; standard: string; profile: string };
  qualification: {
    heading: string;
    requirement: string;
    standard: string;
    position: string;
    education: string;
    experience: string;
    conditions: string;
    notStated: string;
  };
  noStandard: (code: string) => string;
  stats: { heading: string; line: (confirmed: number, total: number, suggested: number) => string };
  list: {
    intro: string;
    columns: string[];
    unlinked: string;
    allLinked: string;
    noXml: string;
  };
  plan: {
    intro: string;
    columns: string[];
    stages: Array<{ name: string; what: string }>;
    linked: (count: number, total: number) => string;
    unlinked: (names: string) => string;
    purposes: (position: string, standard: string, goal: string) => string;
    titlesOk: string;
    titleChange: (position: string, titles: string, standard: string) => string;
    dutiesOk: string;
    duties: (position: string, uncovered: number, suggested: number, total: number) => string;
    qualificationOk: string;
    qualificationMissing: (position: string, what: string) => string;
    assessments: (count: number, gaps: number) => string;
    noAssessments: string;
    documents: (positions: string) => string;
    attestation: (positions: string, headcount: number) => string;
  };
}

const ru: ProfstandardWords = {
  titles: {
    comparison: (position) => `Сравнение должности «${position}» с профессиональным стандартом`,
    list: "Перечень должностей и применяемых профессиональных стандартов",
    plan: "План мероприятий по внедрению профессиональных стандартов",
  },
  fields: {
    position: "Должность",
    unit: "Подразделение",
    standard: "Профессиональный стандарт",
    registration: "Регистрационный номер",
    generalized: "Обобщённая трудовая функция",
    level: "Уровень квалификации",
    coverage: "Покрытие трудовых действий",
  },
  coverageFigure: (confirmed, total, suggested) =>
    `подтверждено ${confirmed} из ${total}${total > 0 ? ` (${Math.round((confirmed / total) * 100)} %)` : ""}` +
    (suggested > 0 ? `, ещё ${suggested} предложено к подтверждению` : ""),
  purpose: {
    heading: "Цель вида профессиональной деятельности и назначение должности",
    intro:
      "Стандарт применяется к должности, если цель вида профессиональной деятельности совпадает с тем, ради чего должность создана в компании. Назначение должности — цели клиентов процессов, за которые она отвечает и в которых участвует.",
    standard: "Цель по профессиональному стандарту",
    position: "Цели процессов должности",
  },
  title: {
    heading: "Наименование должности",
    current: "Наименование в организации",
    possible: "Возможные наименования должностей по стандарту",
    matches: "Совпадает со стандартом",
    yes: "да",
    no: "нет",
    law: "Наименование должно совпадать со стандартом, если с работой по должности закон связывает компенсации, льготы или ограничения (ч. 2 ст. 57 ТК РФ); в остальных случаях оно может отличаться.",
  },
  actions: {
    heading: "Трудовые действия и функции должности",
    intro: (threshold) =>
      `Для каждого трудового действия указана функция должности, которая его выполняет. «Подтверждено» — соответствие записано консультантом в спецификации (ключ covers у исполнителя процесса). «Предложено» — procspec нашёл функцию с близкой формулировкой (сходство слов не ниже ${threshold}); это подсказка, а не вывод: проверьте её и подтвердите в спецификации. «Не покрыто» — обязанность, которую стоит добавить в процессы должности.`,
    number: "№",
    action: "Трудовое действие по стандарту",
    function: "Функция должности (процесс)",
    status: "Соответствие",
    confirmed: "подтверждено",
    suggested: (ref, process) =>
      `предложено: проверьте и подтвердите, добавив ${ref} в covers исполнителя процесса «${process}»`,
    uncovered: "не покрыто",
    inProcess: (fn, process) => `${fn} (${process})`,
    noFunctions: "В связанной обобщённой трудовой функции нет трудовых функций для сравнения.",
  },
  skills: {
    heading: "Необходимые умения",
    standard: "Умение по стандарту",
    profile: "Навык профиля должности",
    absent: "нет в профиле",
  },
  knowledge: { heading: "Необходимые знания", standard: "Знание по стандарту", profile: "Знание профиля должности" },
  qualification: {
    heading: "Квалификационные требования",
    requirement: "Требование",
    standard: "По профессиональному стандарту",
    position: "В должности",
    education: "Образование и обучение",
    experience: "Опыт практической работы",
    conditions: "Особые условия допуска к работе",
    notStated: "не указано",
  },
  noStandard: (code) =>
    `XML профессионального стандарта ${code} нет в папке standards/ проекта: скачайте его из реестра профессиональных стандартов, чтобы сравнить с ним должность.`,
  stats: {
    heading: "Покрытие трудовых действий профессиональных стандартов (подтверждённые соответствия)",
    line: (confirmed, total, suggested) =>
      `подтверждено ${confirmed} из ${total}${suggested > 0 ? `, предложено ${suggested}` : ""}`,
  },
  list: {
    intro:
      "Перечень составлен по связям должностей с профессиональными стандартами в спецификации; покрытие — доля трудовых действий связанных трудовых функций, выполнение которых подтверждено функциями должности.",
    columns: [
      "№",
      "Должность",
      "Подразделение",
      "Профессиональный стандарт",
      "Обобщённая трудовая функция, уровень",
      "Трудовые функции",
      "Наименование совпадает",
      "Покрытие трудовых действий",
    ],
    unlinked: "Должности, для которых профессиональный стандарт не определён",
    allLinked: "Профессиональный стандарт определён для всех должностей.",
    noXml: "нет XML стандарта",
  },
  plan: {
    intro:
      "План следует этапам внедрения профессиональных стандартов; графа «Что сделать в организации» заполнена по спецификации, графы «Ответственный» и «Срок» заполняет рабочая группа.",
    columns: ["№", "Мероприятие", "Что сделать в организации", "Ответственный", "Срок"],
    stages: [
      {
        name: "Создать рабочую группу по внедрению профессиональных стандартов",
        what: "Приказом руководителя определить состав рабочей группы и полномочия её участников; заседания оформлять протоколом.",
      },
      {
        name: "Изучить нормативные правовые документы о профессиональных стандартах",
        what: "Трудовой кодекс РФ (ст. 57, 195.1–195.3), постановление Правительства РФ от 27.06.2016 № 584, разъяснения Минтруда России.",
      },
      {
        name: "Определить, для каких должностей применение стандартов обязательно",
        what: "Установить, связаны ли с работой по должностям компенсации, льготы или ограничения (ст. 57 ТК РФ) и установлены ли требования к квалификации законом (ст. 195.3 ТК РФ).",
      },
      { name: "Составить перечень должностей и применяемых профессиональных стандартов", what: "" },
      { name: "Соотнести цели видов профессиональной деятельности с назначением должностей", what: "" },
      { name: "Привести наименования должностей в соответствие со стандартами", what: "" },
      { name: "Сопоставить обязанности по должностям с трудовыми действиями стандартов", what: "" },
      { name: "Сверить квалификационные требования с требованиями стандартов", what: "" },
      { name: "Определить потребность в обучении работников", what: "" },
      {
        name: "Внести изменения в документы организации, издать приказ о внедрении стандартов и уведомить работников",
        what: "",
      },
      { name: "Провести аттестацию работников на соответствие требованиям стандартов", what: "" },
    ],
    linked: (count, total) => `Связаны со стандартами ${count} из ${total} должностей (см. перечень).`,
    unlinked: (names) => `Стандарт не определён: ${names}. Подбирать стандарт по цели должности, а не по её названию.`,
    purposes: (position, standard, goal) =>
      `«${position}» — ${standard}: сравнить цель «${goal}» с целями процессов должности (см. сравнение должности со стандартом).`,
    titlesOk: "Наименования всех связанных должностей совпадают с возможными наименованиями по стандартам.",
    titleChange: (position, titles, standard) =>
      `«${position}»: нет среди наименований по стандарту ${standard} (${titles}); привести в соответствие, если с работой связаны компенсации, льготы или ограничения.`,
    dutiesOk: "Все трудовые действия связанных трудовых функций покрыты подтверждёнными функциями должностей.",
    duties: (position, uncovered, suggested, total) =>
      `«${position}»: из ${total} трудовых действий не покрыто ${uncovered}` +
      (suggested > 0 ? `, проверить и подтвердить предложенные соответствия: ${suggested}` : "") +
      "; дополнить функции в процессах должности.",
    qualificationOk: "Требования к образованию и опыту указаны для всех связанных должностей.",
    qualificationMissing: (position, what) => `«${position}»: указать ${what} в соответствии со стандартом.`,
    assessments: (count, gaps) =>
      `Проведено оценок работников: ${count}; пунктов профиля ниже требуемого уровня: ${gaps}. Планы развития — в папке people/ (персональные данные).`,
    noAssessments:
      "Оценить работников по анкетам оценки профилей должностей и составить планы развития по выявленным разрывам.",
    documents: (positions) =>
      `Штатное расписание, трудовые договоры, должностные инструкции и положение об аттестации — по должностям: ${positions}.`,
    attestation: (positions, headcount) =>
      `Создать аттестационную комиссию приказом руководителя; аттестовать работников должностей ${positions} (штатная численность: ${headcount}) по анкетам оценки.`,
  },
};

const en: ProfstandardWords = {
  titles: {
    comparison: (position) => `The position “${position}” compared with its professional standard`,
    list: "Positions and the professional standards applied to them",
    plan: "Plan of introducing professional standards",
  },
  fields: {
    position: "Position",
    unit: "Unit",
    standard: "Professional standard",
    registration: "Registration number",
    generalized: "Generalized labour function",
    level: "Qualification level",
    coverage: "Labour actions covered",
  },
  coverageFigure: (confirmed, total, suggested) =>
    `${confirmed} of ${total} confirmed${total > 0 ? ` (${Math.round((confirmed / total) * 100)} %)` : ""}` +
    (suggested > 0 ? `, ${suggested} more suggested for confirmation` : ""),
  purpose: {
    heading: "Goal of the kind of activity and purpose of the position",
    intro:
      "A standard applies to a position when the goal of its kind of professional activity matches what the position exists for. The position's purpose is the goals of the clients of the processes it owns and performs.",
    standard: "Goal in the professional standard",
    position: "Goals of the position's processes",
  },
  title: {
    heading: "Job title",
    current: "Title in the organization",
    possible: "Possible job titles in the standard",
    matches: "Matches the standard",
    yes: "yes",
    no: "no",
    law: "The title must match the standard when the law ties compensations, benefits or restrictions to the work (Labour Code of the Russian Federation, art. 57, part 2); otherwise it may differ.",
  },
  actions: {
    heading: "Labour actions and the position's functions",
    intro: (threshold) =>
      `Each labour action is shown with the position's function that performs it. “Confirmed”: the consultant wrote the match in the spec (the executor's covers key). “Suggested”: procspec found a function worded alike (word similarity at least ${threshold}); a hint, not a finding: check it and confirm it in the spec. “Not covered”: a duty worth adding to the position's processes.`,
    number: "No.",
    action: "Labour action in the standard",
    function: "The position's function (process)",
    status: "Match",
    confirmed: "confirmed",
    suggested: (ref, process) =>
      `suggested: check it and confirm by adding ${ref} to covers of the executor of “${process}”`,
    uncovered: "not covered",
    inProcess: (fn, process) => `${fn} (${process})`,
    noFunctions: "The linked generalized labour function has no labour functions to compare.",
  },
  skills: {
    heading: "Required skills",
    standard: "Skill in the standard",
    profile: "Skill of the profile",
    absent: "not in the profile",
  },
  knowledge: {
    heading: "Required knowledge",
    standard: "Knowledge in the standard",
    profile: "Knowledge of the profile",
  },
  qualification: {
    heading: "Qualification requirements",
    requirement: "Requirement",
    standard: "In the professional standard",
    position: "In the position",
    education: "Education and training",
    experience: "Work experience",
    conditions: "Special conditions for admission to work",
    notStated: "not stated",
  },
  noStandard: (code) =>
    `The XML of the professional standard ${code} is not in the project's standards/ folder: download it from the registry of professional standards to compare the position with it.`,
  stats: {
    heading: "Labour actions of professional standards covered (confirmed matches)",
    line: (confirmed, total, suggested) =>
      `${confirmed} of ${total} confirmed${suggested > 0 ? `, ${suggested} suggested` : ""}`,
  },
  list: {
    intro:
      "Compiled from the positions' links to professional standards in the spec; coverage is the share of the labour actions of the linked labour functions that the position's functions are confirmed to perform.",
    columns: [
      "No.",
      "Position",
      "Unit",
      "Professional standard",
      "Generalized function, level",
      "Labour functions",
      "Title matches",
      "Labour actions covered",
    ],
    unlinked: "Positions with no professional standard determined",
    allLinked: "Every position has a professional standard.",
    noXml: "no XML of the standard",
  },
  plan: {
    intro:
      "The plan follows the stages of introducing professional standards; the column “What to do here” is filled from the spec, “Responsible” and “Deadline” by the working group.",
    columns: ["No.", "Measure", "What to do here", "Responsible", "Deadline"],
    stages: [
      {
        name: "Set up a working group for introducing professional standards",
        what: "An order of the head sets up the group and its members' powers; meetings are minuted.",
      },
      {
        name: "Study the legal acts on professional standards",
        what: "Labour Code of the Russian Federation (art. 57, 195.1–195.3), Government Decree No. 584 of 27.06.2016, the Ministry of Labour's explanations.",
      },
      {
        name: "Determine for which positions applying the standards is mandatory",
        what: "Establish whether the law ties compensations, benefits or restrictions to the work (art. 57) or sets qualification requirements (art. 195.3).",
      },
      { name: "Compile the list of positions and the professional standards applied", what: "" },
      { name: "Compare the goals of the kinds of activity with the positions' purposes", what: "" },
      { name: "Bring job titles in line with the standards", what: "" },
      { name: "Compare the positions' duties with the standards' labour actions", what: "" },
      { name: "Compare qualification requirements with the standards'", what: "" },
      { name: "Determine the employees' training needs", what: "" },
      {
        name: "Amend the organization's documents, issue the order introducing the standards, notify employees",
        what: "",
      },
      { name: "Attest employees against the standards' requirements", what: "" },
    ],
    linked: (count, total) => `${count} of ${total} positions are linked to standards (see the list).`,
    unlinked: (names) =>
      `No standard determined: ${names}. Choose a standard by the position's goal, not by its title.`,
    purposes: (position, standard, goal) =>
      `“${position}” — ${standard}: compare the goal “${goal}” with the goals of the position's processes (see the position's comparison with the standard).`,
    titlesOk: "Every linked position's title is among the standards' possible job titles.",
    titleChange: (position, titles, standard) =>
      `“${position}”: not among the titles of the standard ${standard} (${titles}); align it where compensations, benefits or restrictions apply.`,
    dutiesOk: "Every labour action of the linked labour functions is covered by a confirmed function.",
    duties: (position, uncovered, suggested, total) =>
      `“${position}”: ${uncovered} of ${total} labour actions not covered` +
      (suggested > 0 ? `, ${suggested} suggested matches to check and confirm` : "") +
      "; add functions to the position's processes.",
    qualificationOk: "Education and experience are stated for every linked position.",
    qualificationMissing: (position, what) => `“${position}”: state ${what} as the standard requires.`,
    assessments: (count, gaps) =>
      `Assessments of employees: ${count}; profile items below the required level: ${gaps}. Development plans are in people/ (personal data).`,
    noAssessments:
      "Assess employees with the positions' assessment questionnaires and draw up development plans for the gaps found.",
    documents: (positions) =>
      `Staff schedule, employment contracts, job descriptions and the attestation regulation — for the positions: ${positions}.`,
    attestation: (positions, headcount) =>
      `An order of the head sets up the attestation commission; attest the employees of ${positions} (headcount: ${headcount}) with the assessment questionnaires.`,
  },
};

const tables: Record<Lang, ProfstandardWords> = { ru, en };

export function profstandardWords(lang: Lang): ProfstandardWords {
  return tables[lang];
}
