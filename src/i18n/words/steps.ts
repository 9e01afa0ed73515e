import type { Lang } from "../lang.js";

/**
 * Fixed words of the part-two documents — the process regulation, the work instruction, the regulation of work in
 * a system — and of the swimlane diagram and the BPMN notes, in both languages.
 */
export interface StepWords {
  titles: {
    regulation: (process: string) => string;
    instruction: (name: string) => string;
    systemRegulation: (system: string) => string;
  };
  executor: string;
  term: string;
  system: string;
  instruction: string;
  step: string;
  number: string;
  inputs: string;
  outputs: string;
  none: string;
  regulation: {
    general: string;
    purpose: string;
    scope: (process: string, positions: string) => string;
    process: string;
    parent: string;
    owner: string;
    participants: string;
    participantColumns: { position: string; role: string; steps: string };
    roleOwner: string;
    roleExecutor: string;
    clients: string;
    clientColumns: { client: string; goals: string };
    inputs: string;
    inputColumns: { input: string; supplier: string };
    outputs: string;
    outputColumns: { output: string; clients: string };
    course: string;
    courseIntro: string;
    /** Where a step leads when that is not simply the next row. */
    goesTo: (numbers: string) => string;
    ends: string;
    decisions: string;
    decisionLine: (condition: string, step: string) => string;
    noCondition: string;
    noDecisions: string;
    diagram: string;
    diagramIntro: string;
    /** Caption of one part of a split diagram, with its first and last step. */
    diagramPart: (part: number, parts: number, first: number, last: number) => string;
    /** Said under the diagram when it is printed in parts. */
    diagramSplit: string;
    indicators: string;
    indicatorColumns: { indicator: string; target: string; measure: string };
    responsibility: string;
    ownerResponsibility: (owner: string) => string;
    executorResponsibility: (steps: string) => string;
    systemResponsibility: (systems: string) => string;
  };
  instructionDoc: {
    general: string;
    name: string;
    workers: string;
    steps: string;
    stepColumns: { process: string; step: string; executor: string };
    text: string;
    noText: string;
  };
  systemDoc: {
    general: string;
    name: string;
    owner: string;
    purpose: (system: string) => string;
    records: string;
    recordsIntro: string;
    recordColumns: { position: string; what: string; when: string; process: string };
    rules: string;
    control: string;
    controlBy: (owner: string) => string;
    controlNobody: string;
    /** Before the table of the system-use KPIs of the positions' cards. */
    controlKpis: string;
    kpiColumns: { position: string; kpi: string; target: string; schedule: string; checker: string };
    responsibility: string;
    responsibilityLine: (position: string) => string;
  };
  jobDuties: { instructions: string; systems: string };
  /** Continuation markers of a diagram printed in parts: where a flow goes on, where it comes from. */
  diagram: {
    start: string;
    end: string;
    toStep: (step: string, part: number) => string;
    fromSteps: (steps: string, part: number) => string;
  };
}

const ru: StepWords = {
  titles: {
    regulation: (process) => `Регламент процесса «${process}»`,
    instruction: (name) => `Инструкция «${name}»`,
    systemRegulation: (system) => `Регламент работы в системе «${system}»`,
  },
  executor: "Исполнитель",
  term: "Срок",
  system: "Система",
  instruction: "Инструкция",
  step: "Шаг",
  number: "№",
  inputs: "Вход",
  outputs: "Выход",
  none: "—",
  regulation: {
    general: "Общие положения",
    purpose: "Назначение процесса",
    scope: (process, positions) =>
      `Регламент устанавливает порядок выполнения процесса «${process}» и обязателен для исполнения работниками, занимающими должности: ${positions}.`,
    process: "Процесс",
    parent: "Входит в процесс",
    owner: "Владелец процесса",
    participants: "Владелец и участники процесса",
    participantColumns: { position: "Должность", role: "Роль в процессе", steps: "Шаги" },
    roleOwner: "владелец",
    roleExecutor: "исполнитель",
    clients: "Клиенты процесса и их цели",
    clientColumns: { client: "Клиент", goals: "Цели клиента" },
    inputs: "Входы и поставщики",
    inputColumns: { input: "Вход (ресурс)", supplier: "Поставщик" },
    outputs: "Выходы и клиенты",
    outputColumns: { output: "Выход (результат)", clients: "Получатели" },
    course: "Ход процесса",
    courseIntro: "Шаги выполняются в порядке нумерации, если в графе «Шаг» не указан иной переход.",
    goesTo: (numbers) => `далее — шаг ${numbers}`,
    ends: "процесс завершён",
    decisions: "Решения и условия переходов",
    decisionLine: (condition, step) => `${condition} — переход к шагу ${step}`,
    noCondition: "условие не указано",
    noDecisions: "В процессе нет точек принятия решений: шаги выполняются последовательно.",
    diagram: "Схема процесса",
    diagramIntro:
      "Схема показывает шаги процесса по исполнителям (дорожкам): задачи, решения с условиями переходов и документы на входе и выходе шагов.",
    diagramPart: (part, parts, first, last) =>
      `Часть ${part} из ${parts}: ${first === last ? `шаг ${first}` : `шаги ${first}–${last}`}`,
    diagramSplit:
      "Схема разделена на части, чтобы каждая читалась на листе А4; кружок со стрелкой показывает, в какой части и с какого шага продолжается ход процесса.",
    indicators: "Показатели процесса",
    indicatorColumns: { indicator: "Показатель", target: "Целевое значение", measure: "Способ измерения" },
    responsibility: "Ответственность участников",
    ownerResponsibility: (owner) =>
      `${owner} отвечает за достижение целей процесса и целевых значений показателей, за соблюдение настоящего регламента и за его изменение.`,
    executorResponsibility: (steps) => `отвечает за выполнение шагов ${steps} в установленные сроки`,
    systemResponsibility: (systems) =>
      `а также за своевременное и полное отражение их результатов в системе ${systems}`,
  },
  instructionDoc: {
    general: "Общие положения",
    name: "Инструкция",
    workers: "Кто работает по инструкции",
    steps: "Шаги процессов, которые выполняются по инструкции",
    stepColumns: { process: "Процесс", step: "Шаг", executor: "Исполнитель" },
    text: "Порядок выполнения работ",
    noText: "Текст инструкции не составлен.",
  },
  systemDoc: {
    general: "Общие положения",
    name: "Система",
    owner: "Ответственный за использование системы",
    purpose: (system) =>
      `Регламент устанавливает, какие сведения и в какие сроки работники вносят в систему «${system}», и порядок контроля работы в ней.`,
    records: "Что фиксируется в системе",
    recordsIntro: "Каждая должность вносит в систему результаты своих шагов процессов в указанные сроки.",
    recordColumns: { position: "Должность", what: "Что фиксируется", when: "Когда", process: "Процесс, шаг" },
    rules: "Правила работы в системе",
    control: "Контроль работы в системе",
    controlBy: (owner) =>
      `${owner} контролирует полноту и своевременность записей по данным системы, не реже одного раза в неделю, и принимает меры по выявленным нарушениям.`,
    controlNobody: "Ответственный за использование системы не назначен.",
    controlKpis:
      "Работа в системе входит в карты KPI должностей: руководитель проверяет показатель по данным системы по графику, указанному в карте.",
    kpiColumns: {
      position: "Должность",
      kpi: "Показатель работы в системе",
      target: "Цель (порог)",
      schedule: "Как часто проверяется",
      checker: "Кто проверяет",
    },
    responsibility: "Ответственность",
    responsibilityLine: (position) =>
      `${position} — за полноту, достоверность и своевременность своих записей в системе.`,
  },
  jobDuties: { instructions: "Инструкции, по которым работает должность", systems: "Информационные системы" },
  diagram: {
    start: "Начало",
    end: "Конец",
    // No-break spaces keep a number with its word when the label wraps under the marker.
    toStep: (step, part) => `Далее — шаг\u00a0${step} (часть\u00a0${part})`,
    fromSteps: (steps, part) =>
      `${steps.includes(",") ? "После шагов" : "После шага"}\u00a0${steps} (часть\u00a0${part})`,
  },
};

const en: StepWords = {
  titles: {
    regulation: (process) => `Process regulation: ${process}`,
    instruction: (name) => `Work instruction: ${name}`,
    systemRegulation: (system) => `Regulation of work in ${system}`,
  },
  executor: "Executor",
  term: "Term",
  system: "System",
  instruction: "Instruction",
  step: "Step",
  number: "No.",
  inputs: "Input",
  outputs: "Output",
  none: "—",
  regulation: {
    general: "General provisions",
    purpose: "Purpose of the process",
    scope: (process, positions) =>
      `This regulation sets out how the process "${process}" is carried out and is binding on the holders of these positions: ${positions}.`,
    process: "Process",
    parent: "Part of",
    owner: "Process owner",
    participants: "Owner and participants",
    participantColumns: { position: "Position", role: "Role in the process", steps: "Steps" },
    roleOwner: "owner",
    roleExecutor: "executor",
    clients: "Clients of the process and their goals",
    clientColumns: { client: "Client", goals: "Goals" },
    inputs: "Inputs and suppliers",
    inputColumns: { input: "Input (resource)", supplier: "Supplier" },
    outputs: "Outputs and clients",
    outputColumns: { output: "Output (result)", clients: "Receivers" },
    course: "Course of the process",
    courseIntro: "Steps are carried out in the order of their numbers unless the Step column names another way on.",
    goesTo: (numbers) => `then step ${numbers}`,
    ends: "the process ends",
    decisions: "Decisions and their conditions",
    decisionLine: (condition, step) => `${condition}: go to step ${step}`,
    noCondition: "no condition given",
    noDecisions: "The process has no decisions: the steps follow one another.",
    diagram: "Process diagram",
    diagramIntro:
      "The diagram shows the steps by executor (swimlanes): tasks, decisions with the conditions of each way out, and the documents the steps take and give.",
    diagramPart: (part, parts, first, last) =>
      `Part ${part} of ${parts}: ${first === last ? `step ${first}` : `steps ${first}–${last}`}`,
    diagramSplit:
      "The diagram is printed in parts so that each reads on an A4 page; a circle with an arrow shows in which part and at which step the course goes on.",
    indicators: "Indicators",
    indicatorColumns: { indicator: "Indicator", target: "Target", measure: "How it is measured" },
    responsibility: "Responsibility of the participants",
    ownerResponsibility: (owner) =>
      `The ${owner} answers for the goals of the process and the targets of its indicators, for keeping to this regulation and for changing it.`,
    executorResponsibility: (steps) => `answers for carrying out steps ${steps} on time`,
    systemResponsibility: (systems) => `and for recording their results in ${systems} fully and on time`,
  },
  instructionDoc: {
    general: "General provisions",
    name: "Instruction",
    workers: "Who works by this instruction",
    steps: "Process steps done by this instruction",
    stepColumns: { process: "Process", step: "Step", executor: "Executor" },
    text: "How the work is done",
    noText: "The text of the instruction has not been written yet.",
  },
  systemDoc: {
    general: "General provisions",
    name: "System",
    owner: "Answers for the use of the system",
    purpose: (system) =>
      `This regulation sets out what the staff record in ${system} and when, and how work in the system is controlled.`,
    records: "What is recorded in the system",
    recordsIntro: "Each position records the results of its process steps in the system within the terms given.",
    recordColumns: { position: "Position", what: "What is recorded", when: "When", process: "Process, step" },
    rules: "Rules of work in the system",
    control: "Control of work in the system",
    controlBy: (owner) =>
      `The ${owner} checks, from the system's own data and at least once a week, that records are complete and on time, and acts on any gaps found.`,
    controlNobody: "Nobody has been made responsible for the use of the system.",
    controlKpis:
      "Working in the system is part of the positions' KPI cards: the manager checks the indicator from the system's data on the schedule the card sets.",
    kpiColumns: {
      position: "Position",
      kpi: "Indicator of working in the system",
      target: "Target (threshold)",
      schedule: "Checked",
      checker: "Checked by",
    },
    responsibility: "Responsibility",
    responsibilityLine: (position) =>
      `${position}: for complete, accurate and timely records of their own in the system.`,
  },
  jobDuties: { instructions: "Instructions the position works by", systems: "Information systems" },
  diagram: {
    start: "Start",
    end: "End",
    toStep: (step, part) => `On to step\u00a0${step} (part\u00a0${part})`,
    fromSteps: (steps, part) =>
      `${steps.includes(",") ? "After steps" : "After step"}\u00a0${steps} (part\u00a0${part})`,
  },
};

const words: Record<Lang, StepWords> = { ru, en };

export function stepWords(lang: Lang): StepWords {
  return words[lang];
}
