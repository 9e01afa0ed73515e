import type { Lang } from "../lang.js";

/** The messages of `procspec import` (reading a staff list), in both languages. */
export interface StaffImportWords {
  /** The names of the columns, as the messages call them. */
  fields: Record<"unit" | "parent" | "position" | "reportsTo" | "headcount", string>;
  notWorkbook: (detail: string) => string;
  otherFormat: (extension: string) => string;
  empty: string;
  noHeader: (e: { unit: string; position: string; rows: number; seen: string }) => string;
  noSheet: (e: { sheet: string; sheets: string }) => string;
  mappedMissing: (e: { field: string; header: string }) => string;
  noUnitNoPosition: string;
  noUnit: (position: string) => string;
  badHeadcount: (value: string) => string;
  decimalMark: string;
  fractionalHeadcount: (e: { position: string; value: string; written: number }) => string;
  zeroHeadcount: (position: string) => string;
  parentConflict: (e: { unit: string; parent: string; other: string; line: number }) => string;
  parentCycle: (e: { unit: string; parent: string }) => string;
  reportsToConflict: (e: { position: string; reportsTo: string; other: string; line: number }) => string;
  reportsToUnknown: (name: string) => string;
  reportsToAmbiguous: (e: { name: string; units: string }) => string;
  reportsToSelf: (position: string) => string;
  reportsToCycle: (e: { position: string; reportsTo: string }) => string;
  emptyUnit: (unit: string) => string;
  reportsToFromTree: string;
  ambiguousHint: string;
  // The command's own output
  exists: (files: string) => string;
  noRows: string;
  done: (e: { file: string; units: number; positions: number }) => string;
  skipped: (rows: number) => string;
  stale: (files: string) => string;
  next: (dir: string) => string;
  badMapping: (e: { file: string; detail: string }) => string;
}

const en: StaffImportWords = {
  fields: {
    unit: "unit",
    parent: "parent unit",
    position: "position",
    reportsTo: "reports to",
    headcount: "headcount",
  },
  otherFormat: (extension) =>
    `procspec reads .xlsx and .csv, not .${extension}: open the file in Excel or LibreOffice and save it as .xlsx`,
  notWorkbook: (detail) => `cannot read the file as an Excel workbook (.xlsx): ${detail}`,
  empty: "the staff list is empty",
  noHeader: (e) =>
    `no header row with the columns «${e.unit}» and «${e.position}» in the first ${e.rows} rows${e.seen ? `; the first row reads: ${e.seen}` : ""}. Name the columns with --unit and --position (or a --map file)`,
  noSheet: (e) => `the workbook has no sheet «${e.sheet}»; its sheets: ${e.sheets}`,
  mappedMissing: (e) => `the header row has no column «${e.header}» (given for ${e.field})`,
  noUnitNoPosition: "the row names neither a unit nor a position; it is skipped",
  noUnit: (position) => `position «${position}» has no unit: the row names none and no unit comes before it; skipped`,
  badHeadcount: (value) => `the headcount «${value}» is not a number; the position is imported without it`,
  decimalMark: ".",
  fractionalHeadcount: (e) =>
    `the headcount of «${e.position}» adds up to ${e.value}, not a whole number; written as ${e.written}`,
  zeroHeadcount: (position) => `the headcount of «${position}» is 0; the position is imported without it`,
  parentConflict: (e) =>
    `unit «${e.unit}» is under «${e.other}» on row ${e.line}; this row puts it under «${e.parent}», which is ignored`,
  parentCycle: (e) =>
    `«${e.parent}» cannot be the parent unit of «${e.unit}»: it is already below it; the parent is ignored`,
  reportsToConflict: (e) =>
    `«${e.position}» reports to «${e.other}» on row ${e.line}; this row says «${e.reportsTo}», which is ignored`,
  reportsToUnknown: (name) => `«${name}» (reports to) is no position of the staff list; the line is left out`,
  reportsToAmbiguous: (e) =>
    `there are several positions «${e.name}» (in ${e.units}) and none in this unit or above it; the line is left out`,
  reportsToSelf: (position) => `«${position}» cannot report to itself; the line is left out`,
  reportsToCycle: (e) =>
    `«${e.position}» reporting to «${e.reportsTo}» would close a loop of reporting lines; the line is left out`,
  emptyUnit: (unit) => `«${unit}» has no positions and no units under it; it is not imported as a unit`,
  reportsToFromTree:
    "the staff list has no «reports to» column: every position is written as reporting to its unit's head, and a head to the head of the unit above",
  ambiguousHint: "write the manager as «Position (Unit)»",
  exists: (files) => `files exist: ${files}; nothing was written. Add --force to overwrite them`,
  noRows: "✖ nothing was imported: the staff list has no row that could be read",
  done: (e) => `✔ imported from ${e.file}: units: ${e.units}, positions: ${e.positions}`,
  skipped: (rows) => `  rows not read: ${rows} (see above)`,
  stale: (files) => `  left as they are (not in this staff list): ${files}`,
  next: (dir) => `next: procspec validate ${dir}`,
  badMapping: (e) => `the mapping file ${e.file}: ${e.detail}`,
};

const ru: StaffImportWords = {
  fields: {
    unit: "подразделение",
    parent: "вышестоящее подразделение",
    position: "должность",
    reportsTo: "подчиняется",
    headcount: "количество штатных единиц",
  },
  otherFormat: (extension) =>
    `procspec читает .xlsx и .csv, а не .${extension}: откройте файл в Excel или LibreOffice и сохраните его как .xlsx`,
  notWorkbook: (detail) => `файл не читается как книга Excel (.xlsx): ${detail}`,
  empty: "штатное расписание пусто",
  noHeader: (e) =>
    `в первых ${e.rows} строках нет строки заголовков со столбцами «${e.unit}» и «${e.position}»${e.seen ? `; первая строка: ${e.seen}` : ""}. Укажите столбцы параметрами --unit и --position (или файлом --map)`,
  noSheet: (e) => `в книге нет листа «${e.sheet}»; листы книги: ${e.sheets}`,
  mappedMissing: (e) => `в строке заголовков нет столбца «${e.header}» (указан для поля «${e.field}»)`,
  noUnitNoPosition: "в строке нет ни подразделения, ни должности; строка пропущена",
  noUnit: (position) =>
    `у должности «${position}» нет подразделения: в строке оно не указано и выше не было ни одного; строка пропущена`,
  badHeadcount: (value) => `количество штатных единиц «${value}» — не число; должность записана без него`,
  decimalMark: ",",
  fractionalHeadcount: (e) =>
    `штатных единиц должности «${e.position}» в сумме ${e.value} — не целое число; записано ${e.written}`,
  zeroHeadcount: (position) => `у должности «${position}» 0 штатных единиц; должность записана без численности`,
  parentConflict: (e) =>
    `подразделение «${e.unit}» в строке ${e.line} входит в «${e.other}»; эта строка относит его к «${e.parent}» — это не учтено`,
  parentCycle: (e) =>
    `«${e.parent}» не может быть вышестоящим для «${e.unit}»: оно уже входит в него; вышестоящее подразделение не учтено`,
  reportsToConflict: (e) =>
    `должность «${e.position}» в строке ${e.line} подчиняется «${e.other}»; эта строка называет «${e.reportsTo}» — это не учтено`,
  reportsToUnknown: (name) =>
    `«${name}» (подчиняется) — нет такой должности в штатном расписании; подчинённость не записана`,
  reportsToAmbiguous: (e) =>
    `должностей «${e.name}» несколько (${e.units}), и ни одной в этом подразделении или выше; подчинённость не записана`,
  reportsToSelf: (position) => `должность «${position}» не может подчиняться сама себе; подчинённость не записана`,
  reportsToCycle: (e) =>
    `подчинение «${e.position}» должности «${e.reportsTo}» замкнуло бы круг подчинённости; подчинённость не записана`,
  emptyUnit: (unit) => `у «${unit}» нет ни должностей, ни подразделений; как подразделение не записано`,
  reportsToFromTree:
    "в штатном расписании нет столбца «Подчиняется»: должности записаны в подчинении руководителя своего подразделения, а руководитель — руководителя вышестоящего",
  ambiguousHint: "укажите руководителя как «Должность (Подразделение)»",
  exists: (files) => `уже есть: ${files}; ничего не записано. Чтобы перезаписать, добавьте --force`,
  noRows: "✖ ничего не импортировано: в штатном расписании нет ни одной прочитанной строки",
  done: (e) => `✔ импортировано из ${e.file}: подразделений — ${e.units}, должностей — ${e.positions}`,
  skipped: (rows) => `  не прочитано строк: ${rows} (см. выше)`,
  stale: (files) => `  оставлены как есть (их нет в этом штатном расписании): ${files}`,
  next: (dir) => `дальше: procspec validate ${dir}`,
  badMapping: (e) => `файл соответствия столбцов ${e.file}: ${e.detail}`,
};

export const staffImportWords: Record<Lang, StaffImportWords> = { ru, en };
