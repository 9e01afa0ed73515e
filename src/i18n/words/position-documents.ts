/**
 * Words of the three position documents added for signed documents: titles that name the position, the owner's
 * section, the areas of responsibility split by owned and contributed indicators, and the short name of the company
 * as a client.
 */

/** What a title needs of a position: its name and, when the consultant gave it, the genitive for Russian titles. */
export interface TitledPosition {
  name: string;
  genitive?: string;
}

export interface PositionDocumentWords {
  titles: {
    jobDuties: (position: TitledPosition) => string;
    competencies: (position: TitledPosition) => string;
    profile: (position: TitledPosition) => string;
  };
  /** The company as a conditional client, in rows of goals: «Компания», not its legal name on every row. */
  company: string;
  jobDuties: {
    owner: string;
    executor: string;
    ownerLead: string;
    /** In the executor's row of a process the position also owns: its goals and indicators are in the owner's section. */
    seeOwnerSection: string;
    /** What a process owner answers for, in the guide's words (docs/method.md, "Owners"). */
    ownerDuties: string[];
    ownerGoals: string;
    ownerIndicators: string;
  };
  profile: {
    owned: string;
    executed: string;
    /** Under the owned processes in the profile: what an owner does, in one sentence. */
    ownerDuties: string;
  };
  competencies: { functions: string };
}

/** Russian typography: a quoted name inside «…» gets „…“ for its own quotes. */
function quote(text: string): string {
  return `«${text.replace(/«/g, "„").replace(/»/g, "“")}»`;
}

export const ru: PositionDocumentWords = {
  titles: {
    jobDuties: (p) => `Должностные обязанности ${p.genitive ?? `по должности ${quote(p.name)}`}`,
    competencies: (p) => `Состав компетенций ${p.genitive ?? `по должности ${quote(p.name)}`}`,
    profile: (p) => `Профиль должности ${p.genitive ?? quote(p.name)}`,
  },
  company: "Компания",
  jobDuties: {
    owner: "Обязанности владельца процессов",
    executor: "Обязанности исполнителя процессов",
    ownerLead: "Владелец процесса:",
    seeOwnerSection: "см. раздел 1",
    ownerDuties: [
      "отвечает за достижение целей процесса для каждого его клиента;",
      "отслеживает показатели процесса и принимает меры, когда они отклоняются от целевых значений;",
      "изменяет и совершенствует процесс, распоряжается выделенными на него ресурсами.",
    ],
    ownerGoals: "Клиенты и цели процесса",
    ownerIndicators: "Показатели процесса и целевые значения",
  },
  profile: {
    owned: "Владелец процессов",
    executed: "Исполнитель процессов",
    ownerDuties:
      "Отвечает за достижение целей этих процессов, отслеживает их показатели и принимает меры при отклонениях, изменяет и совершенствует процессы.",
  },
  competencies: { functions: "Функции в процессе" },
};

export const en: PositionDocumentWords = {
  titles: {
    jobDuties: (p) => `Job duties: ${p.name}`,
    competencies: (p) => `Competencies: ${p.name}`,
    profile: (p) => `Position profile: ${p.name}`,
  },
  company: "The company",
  jobDuties: {
    owner: "Duties of the process owner",
    executor: "Duties as an executor of processes",
    ownerLead: "The process owner:",
    seeOwnerSection: "see section 1",
    ownerDuties: [
      "answers for the process reaching its goals for each of its clients;",
      "watches the process's indicators and acts when they stray from their targets;",
      "changes and improves the process and manages the resources given to it.",
    ],
    ownerGoals: "Clients and goals of the process",
    ownerIndicators: "Indicators of the process and targets",
  },
  profile: {
    owned: "Process owner",
    executed: "Executor of processes",
    ownerDuties:
      "Answers for these processes reaching their goals, watches their indicators and acts on deviations, changes and improves the processes.",
  },
  competencies: { functions: "Functions in the process" },
};

export const positionDocumentWords = { ru, en } as const;
