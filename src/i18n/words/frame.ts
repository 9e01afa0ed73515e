/**
 * Words of the document frame: the approval block, the agreement and acknowledgement sheets, the passport and the
 * change log. Their own file so that documents added later (regulations, KPI cards, vacancies) reuse them without
 * touching the per-document word tables.
 */
export interface FrameWords {
  approved: string;
  /** The line under the signature: «__» ______ 20__ г. */
  dateLine: string;
  signatureLine: string;
  agreed: string;
  agreement: { party: string; position: string; signature: string; date: string };
  parties: { manager: string; owner: (processes: readonly string[]) => string; employee: string };
  acknowledged: string;
  acknowledgement: { number: string; person: string; signature: string; date: string };
  passport: string;
  passportFields: { developer: string; version: string; date: string; sources: string };
  /** When a document is compiled from every file of the project, the passport says so instead of listing them. */
  allSources: (count: number) => string;
  changeLog: string;
  changeLogColumns: { number: string; date: string; description: string; author: string };
  /** Below a change log cut to its newest entries. */
  olderChanges: (shown: number, total: number) => string;
}

export const ru: FrameWords = {
  approved: "УТВЕРЖДАЮ",
  dateLine: "«___» ____________ 20___ г.",
  signatureLine: "______________",
  agreed: "СОГЛАСОВАНО",
  agreement: { party: "Сторона", position: "Должность", signature: "Подпись, инициалы, фамилия", date: "Дата" },
  parties: {
    manager: "Непосредственный руководитель",
    owner: (processes) =>
      `${processes.length === 1 ? "Владелец процесса" : "Владелец процессов"} ${processes.map((p) => `«${p}»`).join(", ")}`,
    employee: "Работник",
  },
  acknowledged: "С документом ознакомлен(а)",
  acknowledgement: { number: "№", person: "Ф. И. О.", signature: "Подпись", date: "Дата" },
  passport: "Паспорт документа",
  passportFields: { developer: "Разработчик", version: "Версия", date: "Дата", sources: "Составлен по файлам" },
  allSources: (count) => `все файлы описания организации (${count})`,
  changeLog: "Лист регистрации изменений",
  changeLogColumns: { number: "№", date: "Дата", description: "Содержание изменения", author: "Автор" },
  olderChanges: (shown, total) => `Показаны последние изменения: ${shown} из ${total}.`,
};

export const en: FrameWords = {
  approved: "APPROVED",
  dateLine: "Date: ____________",
  signatureLine: "______________",
  agreed: "AGREED",
  agreement: { party: "Party", position: "Position", signature: "Signature, name", date: "Date" },
  parties: {
    manager: "Line manager",
    owner: (processes) =>
      `Owner of the ${processes.length === 1 ? "process" : "processes"} ${processes.map((p) => `“${p}”`).join(", ")}`,
    employee: "Employee",
  },
  acknowledged: "I have read this document",
  acknowledgement: { number: "No.", person: "Full name", signature: "Signature", date: "Date" },
  passport: "Document passport",
  passportFields: { developer: "Developed by", version: "Version", date: "Date", sources: "Compiled from" },
  allSources: (count) => `all files describing the organization (${count})`,
  changeLog: "Change log",
  changeLogColumns: { number: "No.", date: "Date", description: "Change", author: "Author" },
  olderChanges: (shown, total) => `The newest ${shown} of ${total} changes are shown.`,
};

export const frameWords = { ru, en } as const;
