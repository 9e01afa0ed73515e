import type { Lang } from "./lang.js";

/**
 * Every fixed word of the generated documents (headings, labels, column names, markers), in both languages.
 * Markdown templates hold structure only and the DOCX emitter reads the same table, so a document says the same
 * thing in both formats. `DocumentWords` is the contract: a key missing in one language is a compile error.
 */
export interface DocumentWords {
  meta: { approved: string; version: string; date: string };
  titles: {
    jobDuties: string;
    competencies: string;
    profile: string;
    processSpec: (name: string) => string;
    unitRegulation: (name: string) => string;
    orgStructure: string;
    competencyMatrix: string;
    participationMatrix: string;
    processMap: string;
    orgChart: string;
    index: string;
  };
  common: {
    position: string;
    unit: string;
    reportsTo: string;
    headcount: string;
    process: string;
    none: string;
    source: string;
    organization: string;
    /** Goal of a process with several clients: `client: goal`. */
    clientGoal: (client: string, goal: string) => string;
    measure: string;
    target: string;
  };
  jobDuties: { intro: string; functions: string; goals: string; results: string; indicators: string; empty: string };
  competencies: { intro: string; knowledge: string; skills: string; qualities: string; empty: string };
  profile: {
    general: string;
    generalKnowledge: string;
    subjectKnowledge: string;
    skills: string;
    qualities: string;
    values: string;
    functionalDuties: string;
    responsibility: string;
    profstandard: string;
    profstandardCode: string;
    profstandardTitle: string;
    profstandardFunction: string;
    profstandardLevel: string;
  };
  process: {
    code: string;
    level: string;
    parent: string;
    elements: {
      name: string;
      description: string;
      clients: string;
      goals: string;
      results: string;
      indicators: string;
      resources: string;
      suppliers: string;
      executors: string;
      owner: string;
      structure: string;
    };
    client: string;
    clientKind: string;
    clientGoals: string;
    result: string;
    resultTo: string;
    indicator: string;
    indicatorType: string;
    indicatorMeasure: string;
    indicatorTarget: string;
    resource: string;
    resourceType: string;
    supplier: string;
    supplierKind: string;
    executor: string;
    executorFunctions: string;
    provisional: string;
    noStructure: string;
    indicatorTypes: { effectiveness: string; efficiency: string; quality: string; productivity: string };
    resourceTypes: { consumable: string; renewable: string };
    partyKinds: { position: string; unit: string; process: string; external: string; company: string };
  };
  unit: {
    general: string;
    name: string;
    parent: string;
    head: string;
    functions: string;
    positions: string;
    processes: string;
    role: string;
    roles: { owner: string; executor: string };
    participants: string;
    internalClients: string;
    internalSuppliers: string;
    responsibility: string;
    responsibilityIntro: string;
  };
  orgStructure: {
    strategy: string;
    strategyClients: string;
    clientValues: string;
    advantages: string;
    values: string;
    units: string;
    headOf: (head: string) => string;
    functions: string;
    responsibility: string;
    owner: string;
  };
  matrix: {
    legend: string;
    competency: string;
    knowledge: string;
    skills: string;
    qualities: string;
    columnsNote: string;
    has: string;
    markers: { owner: string; executor: string; client: string; supplier: string };
    markerNames: { owner: string; executor: string; client: string; supplier: string };
  };
  diagrams: { processMapIntro: string; orgChartIntro: string; image: string; processesByLevel: string };
  index: {
    organization: string;
    processes: string;
    units: string;
    positions: string;
    completeness: string;
    figure: string;
    value: string;
    processesComplete: string;
    positionsWithDuties: string;
    positionsWithCompetencies: string;
    positionsWithProfile: string;
    ofTotal: (done: number, total: number, percent: string) => string;
    completeNote: string;
  };
}

/** Russian titles follow the guide; nested quotes inside «…» become „…“, as Russian typography requires. */
function ruQuote(text: string): string {
  return `«${text.replace(/«/g, "„").replace(/»/g, "“")}»`;
}

const ru: DocumentWords = {
  meta: { approved: "УТВЕРЖДАЮ", version: "Версия", date: "Дата" },
  titles: {
    jobDuties: "Должностные обязанности",
    competencies: "Компетенции",
    profile: "Профиль должности",
    processSpec: (name) => `Спецификация процесса ${ruQuote(name)}`,
    unitRegulation: (name) => `Положение о подразделении ${ruQuote(name)}`,
    orgStructure: "Положение об организационной структуре",
    competencyMatrix: "Матрица компетенций",
    participationMatrix: "Матрица участия в процессах",
    processMap: "Карта процессов",
    orgChart: "Организационная структура",
    index: "Перечень документов",
  },
  common: {
    position: "Должность",
    unit: "Подразделение",
    reportsTo: "Непосредственный руководитель",
    headcount: "Штатная численность",
    process: "Процесс",
    none: "—",
    source: "Источник",
    organization: "Организация",
    clientGoal: (client, goal) => `${client}: ${goal}`,
    measure: "способ измерения",
    target: "целевое значение",
  },
  jobDuties: {
    intro:
      "Обязанности составлены по спецификациям процессов, в которых должность является исполнителем: одна строка — один процесс.",
    functions: "Функции в процессе",
    goals: "Цели процесса",
    results: "Результаты процесса",
    indicators: "Показатели процесса",
    empty: "Должность не является исполнителем ни одного процесса.",
  },
  competencies: {
    intro: "Знания, навыки и личные качества, необходимые для выполнения функций в каждом процессе.",
    knowledge: "Знания",
    skills: "Навыки",
    qualities: "Личные качества",
    empty: "Должность не является исполнителем ни одного процесса.",
  },
  profile: {
    general: "Общие сведения",
    generalKnowledge: "Общие знания",
    subjectKnowledge: "Предметные знания",
    skills: "Навыки",
    qualities: "Личные качества",
    values: "Ценности",
    functionalDuties: "Функциональные обязанности",
    responsibility: "Области ответственности",
    profstandard: "Профессиональный стандарт",
    profstandardCode: "Код",
    profstandardTitle: "Наименование",
    profstandardFunction: "Обобщённая трудовая функция",
    profstandardLevel: "Уровень квалификации",
  },
  process: {
    code: "Код",
    level: "Уровень",
    parent: "Входит в процесс",
    elements: {
      name: "Название",
      description: "Краткое описание",
      clients: "Клиенты",
      goals: "Цели",
      results: "Результаты",
      indicators: "Показатели",
      resources: "Ресурсы",
      suppliers: "Поставщики",
      executors: "Исполнители",
      owner: "Владелец",
      structure: "Структура",
    },
    client: "Клиент",
    clientKind: "Вид клиента",
    clientGoals: "Цели для клиента",
    result: "Результат",
    resultTo: "Получатели",
    indicator: "Показатель",
    indicatorType: "Тип",
    indicatorMeasure: "Способ измерения",
    indicatorTarget: "Целевое значение",
    resource: "Ресурс",
    resourceType: "Тип",
    supplier: "Поставщик",
    supplierKind: "Вид поставщика",
    executor: "Исполнитель",
    executorFunctions: "Функции",
    provisional: "временная роль",
    noStructure: "Процесс не делится на подпроцессы.",
    indicatorTypes: {
      effectiveness: "результативность",
      efficiency: "эффективность",
      quality: "качество",
      productivity: "производительность",
    },
    resourceTypes: { consumable: "расходуемый", renewable: "возобновляемый" },
    partyKinds: {
      position: "должность",
      unit: "подразделение",
      process: "процесс",
      external: "внешний",
      company: "компания (условный клиент)",
    },
  },
  unit: {
    general: "Общие положения",
    name: "Наименование подразделения",
    parent: "Вышестоящее подразделение",
    head: "Руководитель подразделения",
    functions: "Функции подразделения",
    positions: "Должности подразделения",
    processes: "Участие в процессах",
    role: "Роль подразделения",
    roles: { owner: "владелец", executor: "исполнитель" },
    participants: "Должности",
    internalClients: "Внутренние клиенты",
    internalSuppliers: "Внутренние поставщики",
    responsibility: "Ответственность",
    responsibilityIntro:
      "Подразделение отвечает за достижение целей процессов, владельцами которых являются его должности, и за их показатели:",
  },
  orgStructure: {
    strategy: "Стратегия",
    strategyClients: "Целевые клиенты",
    clientValues: "Ценности для клиентов",
    advantages: "Конкурентные преимущества",
    values: "Ценности компании",
    units: "Состав подразделений",
    headOf: (head) => `руководитель: ${head}`,
    functions: "Функции подразделений",
    responsibility: "Распределение ответственности за процессы",
    owner: "Владелец процесса",
  },
  matrix: {
    legend: "Условные обозначения",
    competency: "Компетенция",
    knowledge: "Знания",
    skills: "Навыки",
    qualities: "Личные качества",
    columnsNote: "Номера столбцов соответствуют должностям:",
    has: "●",
    markers: { owner: "В", executor: "И", client: "К", supplier: "П" },
    markerNames: { owner: "владелец", executor: "исполнитель", client: "клиент", supplier: "поставщик" },
  },
  diagrams: {
    processMapIntro: "Процессы верхнего уровня и их подпроцессы; стрелки показывают передачу результатов клиентам.",
    orgChartIntro: "Подразделения, их руководители и подчинённость.",
    image: "Схема",
    processesByLevel: "Перечень процессов",
  },
  index: {
    organization: "Документы организации",
    processes: "Спецификации процессов",
    units: "Положения о подразделениях",
    positions: "Документы по должностям",
    completeness: "Полнота описания",
    figure: "Показатель",
    value: "Значение",
    processesComplete: "Процессы, описанные по всем одиннадцати элементам",
    positionsWithDuties: "Должности с должностными обязанностями",
    positionsWithCompetencies: "Должности с компетенциями по всем процессам",
    positionsWithProfile: "Должности с полным профилем (все семь разделов)",
    ofTotal: (done, total, percent) => `${done} из ${total} (${percent})`,
    completeNote:
      "Структура (элемент 11) требуется только от процессов верхнего уровня; у процессов нижнего уровня её нет по определению.",
  },
};

const en: DocumentWords = {
  meta: { approved: "APPROVED BY", version: "Version", date: "Date" },
  titles: {
    jobDuties: "Job duties",
    competencies: "Competencies",
    profile: "Position profile",
    processSpec: (name) => `Process specification: ${name}`,
    unitRegulation: (name) => `Unit regulation: ${name}`,
    orgStructure: "Regulation on the organizational structure",
    competencyMatrix: "Competency matrix",
    participationMatrix: "Process participation matrix",
    processMap: "Process map",
    orgChart: "Organization chart",
    index: "List of documents",
  },
  common: {
    position: "Position",
    unit: "Unit",
    reportsTo: "Reports to",
    headcount: "Headcount",
    process: "Process",
    none: "—",
    source: "Source",
    organization: "Organization",
    clientGoal: (client, goal) => `${client}: ${goal}`,
    measure: "measurement",
    target: "target",
  },
  jobDuties: {
    intro: "Compiled from the specifications of the processes this position executes: one row per process.",
    functions: "Functions in the process",
    goals: "Process goals",
    results: "Process results",
    indicators: "Process indicators",
    empty: "This position executes no process.",
  },
  competencies: {
    intro: "The knowledge, skills and personal qualities needed to perform the functions in each process.",
    knowledge: "Knowledge",
    skills: "Skills",
    qualities: "Personal qualities",
    empty: "This position executes no process.",
  },
  profile: {
    general: "General information",
    generalKnowledge: "General knowledge",
    subjectKnowledge: "Subject knowledge",
    skills: "Skills",
    qualities: "Personal qualities",
    values: "Values",
    functionalDuties: "Functional duties",
    responsibility: "Areas of responsibility",
    profstandard: "Professional standard",
    profstandardCode: "Code",
    profstandardTitle: "Title",
    profstandardFunction: "Generalized labour function",
    profstandardLevel: "Qualification level",
  },
  process: {
    code: "Code",
    level: "Level",
    parent: "Part of",
    elements: {
      name: "Name",
      description: "Description",
      clients: "Clients",
      goals: "Goals",
      results: "Results",
      indicators: "Indicators",
      resources: "Resources",
      suppliers: "Suppliers",
      executors: "Executors",
      owner: "Owner",
      structure: "Structure",
    },
    client: "Client",
    clientKind: "Kind of client",
    clientGoals: "Goals for the client",
    result: "Result",
    resultTo: "Delivered to",
    indicator: "Indicator",
    indicatorType: "Type",
    indicatorMeasure: "How it is measured",
    indicatorTarget: "Target",
    resource: "Resource",
    resourceType: "Type",
    supplier: "Supplier",
    supplierKind: "Kind of supplier",
    executor: "Executor",
    executorFunctions: "Functions",
    provisional: "provisional role",
    noStructure: "The process has no sub-processes.",
    indicatorTypes: {
      effectiveness: "effectiveness",
      efficiency: "efficiency",
      quality: "quality",
      productivity: "productivity",
    },
    resourceTypes: { consumable: "consumable", renewable: "renewable" },
    partyKinds: {
      position: "position",
      unit: "unit",
      process: "process",
      external: "external",
      company: "the company (conditional client)",
    },
  },
  unit: {
    general: "General provisions",
    name: "Unit name",
    parent: "Parent unit",
    head: "Head of unit",
    functions: "Functions of the unit",
    positions: "Positions in the unit",
    processes: "Participation in processes",
    role: "Role of the unit",
    roles: { owner: "owner", executor: "executor" },
    participants: "Positions",
    internalClients: "Internal clients",
    internalSuppliers: "Internal suppliers",
    responsibility: "Responsibility",
    responsibilityIntro:
      "The unit is responsible for the goals of the processes owned by its positions, and for their indicators:",
  },
  orgStructure: {
    strategy: "Strategy",
    strategyClients: "Target clients",
    clientValues: "What clients value",
    advantages: "Competitive advantages",
    values: "Company values",
    units: "Units",
    headOf: (head) => `head: ${head}`,
    functions: "Functions of the units",
    responsibility: "Responsibility for processes",
    owner: "Process owner",
  },
  matrix: {
    legend: "Legend",
    competency: "Competency",
    knowledge: "Knowledge",
    skills: "Skills",
    qualities: "Personal qualities",
    columnsNote: "Column numbers stand for positions:",
    has: "●",
    markers: { owner: "O", executor: "E", client: "C", supplier: "S" },
    markerNames: { owner: "owner", executor: "executor", client: "client", supplier: "supplier" },
  },
  diagrams: {
    processMapIntro: "Top-level processes and their sub-processes; arrows show results passed to clients.",
    orgChartIntro: "Units, their heads and reporting lines.",
    image: "Diagram",
    processesByLevel: "List of processes",
  },
  index: {
    organization: "Organization documents",
    processes: "Process specifications",
    units: "Unit regulations",
    positions: "Position documents",
    completeness: "Completeness",
    figure: "Figure",
    value: "Value",
    processesComplete: "Processes described by all eleven elements",
    positionsWithDuties: "Positions with job duties",
    positionsWithCompetencies: "Positions with competencies in every process",
    positionsWithProfile: "Positions with a full profile (all seven sections)",
    ofTotal: (done, total, percent) => `${done} of ${total} (${percent})`,
    completeNote:
      "Structure (element 11) is required of top-level processes only; lower-level processes have none by definition.",
  },
};

const tables: Record<Lang, DocumentWords> = { ru, en };

export function documentWords(lang: Lang): DocumentWords {
  return tables[lang];
}

const enMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * `2026-12-01` → `01.12.2026` (ru) or `1 December 2026` (en). Computed from the string, never from the clock, so
 * builds stay reproducible; text that is not an ISO date is shown as written.
 */
export function formatDate(lang: Lang, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return value;
  const [, year, month, day] = m as unknown as [string, string, string, string];
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return value;
  if (lang === "ru") return `${day}.${month}.${year}`;
  return `${Number(day)} ${enMonths[monthIndex]} ${year}`;
}

/**
 * A percent as each language writes it: `87,5 %` / `87.5%`; a dash when there was nothing to count. No locale API,
 * so the text is the same on every machine. The value comes from `percentOf` (src/model/percent.ts).
 */
export function formatPercent(lang: Lang, percent: number | null): string {
  if (percent === null) return "—";
  const text = Number.isInteger(percent) ? String(percent) : percent.toFixed(1);
  return lang === "ru" ? `${text.replace(".", ",")} %` : `${text}%`;
}
