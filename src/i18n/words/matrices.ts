import type { Lang } from "../lang.js";

/** Words of the matrices and their spreadsheets. */
export interface MatrixWords {
  /** Heading of a part that holds positions `from`–`to` when a matrix is split by groups of positions. */
  positionsRange: (from: number, to: number) => string;
  /** Column of the competency kind in the spreadsheet. */
  kind: string;
  sheets: { participation: string; competency: string; jobDuties: string };
  jobDuties: { position: string; unit: string; process: string; role: string; functions: string };
  roles: { owner: string; executor: string };
}

const ru: MatrixWords = {
  positionsRange: (from, to) => `Должности ${from}–${to}`,
  kind: "Вид",
  sheets: { participation: "Участие в процессах", competency: "Компетенции", jobDuties: "Реестр обязанностей" },
  jobDuties: {
    position: "Должность",
    unit: "Подразделение",
    process: "Процесс",
    role: "Роль",
    functions: "Функции",
  },
  roles: { owner: "владелец", executor: "исполнитель" },
};

const en: MatrixWords = {
  positionsRange: (from, to) => `Positions ${from}–${to}`,
  kind: "Kind",
  sheets: { participation: "Participation", competency: "Competencies", jobDuties: "Job duties register" },
  jobDuties: { position: "Position", unit: "Unit", process: "Process", role: "Role", functions: "Functions" },
  roles: { owner: "owner", executor: "executor" },
};

export function matrixWords(lang: Lang): MatrixWords {
  return lang === "ru" ? ru : en;
}
