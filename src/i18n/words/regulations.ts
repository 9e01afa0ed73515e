import type { Lang } from "../lang.js";

/** Words of the regulation on a unit and of the regulation on the org structure, in the «Положение» form. */
export interface RegulationWords {
  maps: {
    overview: string;
    split: string;
    /** The heading and columns of the legend under a map page whose arrows carry numbers. */
    legend: string;
    legendColumns: string[];
    chartSplit: string;
  };
  sections: {
    general: string;
    goals: string;
    functions: string;
    rights: string;
    responsibility: string;
    interaction: string;
    final: string;
  };
  unit: {
    place: (unit: string, organization: string | undefined, parent: string | undefined) => string;
    head: (head: string, reportsTo: string | undefined) => string;
    noHead: string;
    appointment: (appointer: string) => string;
    appointerDefault: string;
    staff: string;
    staffTotal: (n: number) => string;
    noStaff: string;
    guidedBy: string;
    goal: string;
    tasksOwn: string;
    tasksDerived: string;
    tasksNone: string;
    functionCarriedBy: string;
    functionNotCarried: string;
    processesClause: string;
    processOwner: string;
    processExecutors: string;
    noFunctions: string;
    rightsIntro: string;
    standardRights: string[];
    rightsByOrders: string;
    answersFor: string;
    indicator: string;
    target: string;
    owner: string;
    answersNone: string;
    staffAnswer: string;
    headAnswers: string;
    interactionIntro: string;
    receives: string;
    gives: string;
    through: (what: string, process: string) => string;
    interactionNone: string;
    finalClauses: string[];
  };
  structure: {
    purpose: (organization: string | undefined) => string;
    strategyIntro: string;
    chartClause: string;
    unitsClause: string;
    parent: string;
    head: string;
    headcount: string;
    functionsClause: string;
    flowsClause: string;
    supplier: string;
    client: string;
    passes: string;
    flowsNone: string;
    keyProcessesClause: string;
    purposeColumn: string;
    changeClauses: string[];
    change: string;
    appendix: string;
    appendixIntro: string;
    ownerless: (unit: string) => string;
    duplicate: (text: string, units: string) => string;
    appendixNone: string;
  };
}

const ru: RegulationWords = {
  maps: {
    overview: "Процессы верхнего уровня",
    split:
      "Карта не помещается на один лист без потери читаемости: первый лист показывает процессы верхнего уровня и потоки между ними, следующие — каждый процесс верхнего уровня с подпроцессами и его входящими и исходящими потоками. Процессы других групп показаны скруглёнными рамками, внешние клиенты — пунктирными. Где названия не помещаются на стрелках, стрелки пронумерованы, а что передаётся, указано в таблице под схемой.",
    legend: "Потоки на схеме",
    legendColumns: ["№", "Откуда", "Куда", "Что передаётся"],
    chartSplit:
      "Схема не помещается на один лист без потери читаемости: первый лист показывает подразделения и их руководителей, следующие — должности каждого подразделения и их подчинённость.",
  },
  sections: {
    general: "Общие положения",
    goals: "Цели и задачи",
    functions: "Функции",
    rights: "Права",
    responsibility: "Ответственность",
    interaction: "Взаимодействие",
    final: "Заключительные положения",
  },
  unit: {
    place: (unit, organization, parent) =>
      `${unit} является структурным подразделением${organization ? ` ${organization}` : " организации"}${
        parent ? ` и входит в состав подразделения «${parent}»` : ""
      }.`,
    head: (head, reportsTo) =>
      `Подразделение возглавляет ${head}${reportsTo ? `, который подчиняется непосредственно должности «${reportsTo}»` : ""}.`,
    noHead: "Руководитель подразделения не назначен.",
    appointment: (appointer) =>
      `Руководитель подразделения назначается на должность и освобождается от неё приказом ${appointer}.`,
    appointerDefault: "руководителя организации",
    staff: "В штат подразделения входят должности (первой указана должность руководителя):",
    staffTotal: (n) => `Штатная численность подразделения — ${n} ед.`,
    noStaff: "Должности подразделения не определены.",
    guidedBy:
      "В своей деятельности подразделение руководствуется законодательством, уставом и локальными нормативными актами организации, настоящим Положением, спецификациями процессов, в которых участвуют его работники, и должностными инструкциями.",
    goal: "Цель подразделения — достижение целей процессов, за которые оно отвечает, в интересах их клиентов.",
    tasksOwn: "Задачи подразделения:",
    tasksDerived: "Задачи подразделения (по целям клиентов процессов, которыми владеют его должности):",
    tasksNone: "Задачи подразделения определяются процессами, в которых участвуют его работники.",
    functionCarriedBy: "выполняется в процессах",
    functionNotCarried: "процесс, в котором выполняется функция, не указан",
    processesClause: "Подразделение участвует в процессах:",
    processOwner: "Владелец процесса",
    processExecutors: "Исполнители из подразделения",
    noFunctions: "Функции подразделения не определены.",
    rightsIntro: "Подразделение в лице его руководителя имеет право:",
    standardRights: [
      "получать от других подразделений результаты и ресурсы, необходимые для процессов, в которых оно участвует, в сроки и с качеством, установленными спецификациями процессов;",
      "запрашивать у подразделений организации сведения и документы, необходимые для выполнения своих функций;",
      "вносить руководству организации предложения по совершенствованию процессов, в которых участвует подразделение;",
      "участвовать в подборе, расстановке и оценке работников подразделения;",
      "представлять организацию по вопросам, относящимся к функциям подразделения, в пределах полномочий, предоставленных руководителем организации.",
    ],
    rightsByOrders: "Права подразделения устанавливаются распорядительными документами организации.",
    answersFor:
      "Подразделение отвечает за достижение целевых значений показателей процессов, владельцами которых являются его должности:",
    indicator: "Показатель",
    target: "Целевое значение",
    owner: "Владелец",
    answersNone: "Должности подразделения не являются владельцами процессов.",
    staffAnswer: "Ответственность работников подразделения устанавливается их должностными инструкциями.",
    headAnswers:
      "Руководитель подразделения несёт ответственность за выполнение функций, возложенных на подразделение настоящим Положением.",
    interactionIntro: "Подразделение взаимодействует с подразделениями организации:",
    receives: "Получает от подразделения",
    gives: "Передаёт подразделению",
    through: (what, process) => `${what} (процесс ${process})`,
    interactionNone: "Результаты и ресурсы процессов подразделения не передаются другим подразделениям.",
    finalClauses: [
      "Положение утверждается, изменяется и отменяется приказом руководителя организации.",
      "Положение пересматривается при изменении организационной структуры или процессов, в которых участвует подразделение.",
    ],
  },
  structure: {
    purpose: (organization) =>
      `Настоящее Положение определяет организационную структуру ${organization ?? "организации"}: состав подразделений и их подчинённость, распределение функций и процессов между подразделениями, их взаимодействие и порядок изменения структуры.`,
    strategyIntro: "Структура построена для реализации стратегии организации:",
    chartClause: "Схема организационной структуры:",
    unitsClause: "Подразделения, их руководители и подчинённость:",
    parent: "Входит в состав",
    head: "Руководитель",
    headcount: "Численность",
    functionsClause: "Функции подразделений:",
    flowsClause:
      "Подразделения являются друг для друга внутренними клиентами и поставщиками; между ними передаются результаты и ресурсы процессов:",
    supplier: "Поставщик",
    client: "Клиент",
    passes: "Что передаётся (процесс)",
    flowsNone: "Результаты и ресурсы процессов между подразделениями не передаются.",
    keyProcessesClause: "Процессы верхнего уровня, их владельцы и назначение:",
    purposeColumn: "Назначение",
    change: "Порядок изменения структуры",
    changeClauses: [
      "Изменение организационной структуры (создание, реорганизация, ликвидация подразделений, изменение подчинённости) утверждается приказом руководителя организации.",
      "Изменению структуры предшествует изменение процессов: подразделение создаётся или меняется, когда меняются процессы, за которые оно отвечает, их владельцы или исполнители.",
      "После изменения структуры пересматриваются положения о подразделениях и должностные инструкции затронутых должностей.",
    ],
    appendix: "Приложение. Замечания к структуре",
    appendixIntro: "Для разработчика структуры; в утверждаемый текст не включается.",
    ownerless: (unit) => `Функции подразделения «${unit}» не выполняются ни в одном процессе.`,
    duplicate: (text, units) => `Функция «${text}» указана у нескольких подразделений: ${units}.`,
    appendixNone: "Замечаний нет.",
  },
};

const en: RegulationWords = {
  maps: {
    overview: "Top-level processes",
    split:
      "The map does not fit one sheet legibly: the first sheet shows the top-level processes and the flows between them, the next ones each top-level process with its sub-processes and its flows in and out. Processes of other groups have rounded frames, outside clients dashed ones. Where the names do not fit on the arrows, the arrows are numbered and the table under the diagram says what passes.",
    legend: "Flows on the diagram",
    legendColumns: ["No.", "From", "To", "What passes"],
    chartSplit:
      "The chart does not fit one sheet legibly: the first sheet shows the units and their heads, the next ones the positions of each unit and who reports to whom.",
  },
  sections: {
    general: "General provisions",
    goals: "Goals and tasks",
    functions: "Functions",
    rights: "Rights",
    responsibility: "Responsibility",
    interaction: "Interaction",
    final: "Final provisions",
  },
  unit: {
    place: (unit, organization, parent) =>
      `${unit} is a unit of ${organization ?? "the organization"}${parent ? `, part of ${parent}` : ""}.`,
    head: (head, reportsTo) =>
      `The unit is headed by the ${head}${reportsTo ? `, who reports directly to the ${reportsTo}` : ""}.`,
    noHead: "No head of the unit is appointed.",
    appointment: (appointer) => `The head of the unit is appointed and dismissed by order of ${appointer}.`,
    appointerDefault: "the head of the organization",
    staff: "The unit's staff positions (the head first):",
    staffTotal: (n) => `The unit's headcount is ${n}.`,
    noStaff: "No positions of the unit are defined.",
    guidedBy:
      "The unit is guided by the law, the organization's charter and internal regulations, this regulation, the specifications of the processes its staff take part in, and the job descriptions.",
    goal: "The unit's goal is that the processes it answers for reach their goals for their clients.",
    tasksOwn: "Tasks of the unit:",
    tasksDerived: "Tasks of the unit (from the client goals of the processes its positions own):",
    tasksNone: "The unit's tasks follow from the processes its staff take part in.",
    functionCarriedBy: "carried by the processes",
    functionNotCarried: "no process carrying it is named",
    processesClause: "The unit takes part in the processes:",
    processOwner: "Process owner",
    processExecutors: "Executors from the unit",
    noFunctions: "No functions of the unit are defined.",
    rightsIntro: "The unit, represented by its head, has the right to:",
    standardRights: [
      "receive from other units the results and resources its processes need, on the terms and of the quality the process specifications set;",
      "request from the organization's units the information and documents it needs for its functions;",
      "propose improvements of the processes it takes part in to the management;",
      "take part in selecting, placing and assessing its staff;",
      "represent the organization on matters of its functions within the authority the head of the organization grants.",
    ],
    rightsByOrders: "The unit's rights are set by the organization's orders.",
    answersFor: "The unit answers for the targets of the indicators of the processes its positions own:",
    indicator: "Indicator",
    target: "Target",
    owner: "Owner",
    answersNone: "No position of the unit owns a process.",
    staffAnswer: "The responsibility of the unit's staff is set by their job descriptions.",
    headAnswers: "The head of the unit answers for the functions this regulation assigns to the unit.",
    interactionIntro: "The unit works with the organization's units:",
    receives: "Receives from the unit",
    gives: "Gives to the unit",
    through: (what, process) => `${what} (process ${process})`,
    interactionNone: "No results or resources of the unit's processes pass to other units.",
    finalClauses: [
      "This regulation is approved, changed and revoked by order of the head of the organization.",
      "It is revised when the org structure or the processes the unit takes part in change.",
    ],
  },
  structure: {
    purpose: (organization) =>
      `This regulation sets the org structure of ${organization ?? "the organization"}: its units and their subordination, how functions and processes are shared among them, how they work together and how the structure is changed.`,
    strategyIntro: "The structure serves the organization's strategy:",
    chartClause: "The org chart:",
    unitsClause: "Units, their heads and subordination:",
    parent: "Part of",
    head: "Head",
    headcount: "Headcount",
    functionsClause: "Functions of the units:",
    flowsClause:
      "Units are each other's internal clients and suppliers; the results and resources of processes pass between them:",
    supplier: "Supplier",
    client: "Client",
    passes: "What passes (process)",
    flowsNone: "No results or resources of processes pass between units.",
    keyProcessesClause: "Top-level processes, their owners and purpose:",
    purposeColumn: "Purpose",
    change: "Changing the structure",
    changeClauses: [
      "Changes of the org structure (creating, reorganizing or closing units, changing subordination) are approved by order of the head of the organization.",
      "Processes change first: a unit is created or changed when the processes it answers for, their owners or executors change.",
      "After a change of the structure, the regulations of the units and the job descriptions of the positions concerned are revised.",
    ],
    appendix: "Appendix. Notes on the structure",
    appendixIntro: "For the designer of the structure; not part of the approved text.",
    ownerless: (unit) => `The functions of ${unit} are carried by no process.`,
    duplicate: (text, units) => `The function «${text}» is listed by several units: ${units}.`,
    appendixNone: "No notes.",
  },
};

export function regulationWords(lang: Lang): RegulationWords {
  return lang === "ru" ? ru : en;
}
