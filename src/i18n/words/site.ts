import type { Lang } from "../lang.js";

/** The fixed words of the HTML site (`build --format html`, `serve`): navigation, search and the links panel. */
export interface SiteWords {
  home: string;
  skip: string;
  nav: { processes: string; units: string; positions: string; documents: string; map: string; chart: string };
  search: { label: string; placeholder: string; none: string; loading: string };
  /** The buttons above a diagram. */
  zoom: { out: string; in: string; fit: string; actual: string };
  /** Headings of the links panel beside a page, and of a position's page. */
  related: {
    heading: string;
    owner: string;
    executors: string;
    clients: string;
    suppliers: string;
    parent: string;
    children: string;
    documents: string;
    unit: string;
    reportsTo: string;
    subordinates: string;
    owns: string;
    executes: string;
    parentUnit: string;
    childUnits: string;
    positions: string;
    processes: string;
    head: string;
  };
  /** What a search result or a page is: shown beside its title. */
  kinds: { process: string; position: string; unit: string; document: string; result: (process: string) => string };
  positionPage: string;
  /** On the home page: the documents its list of documents does not name (the KPI register, people's documents). */
  otherDocuments: string;
  noDiagram: string;
  footer: string;
}

const ru: SiteWords = {
  home: "Главная",
  skip: "К содержанию",
  nav: {
    processes: "Процессы",
    units: "Подразделения",
    positions: "Должности",
    documents: "Документы",
    map: "Карта процессов",
    chart: "Организационная структура",
  },
  search: {
    label: "Поиск",
    placeholder: "Поиск по процессам, должностям и документам",
    none: "Ничего не найдено",
    loading: "Загрузка указателя…",
  },
  zoom: { out: "Мельче", in: "Крупнее", fit: "По ширине", actual: "1:1" },
  related: {
    heading: "Связи",
    owner: "Владелец",
    executors: "Исполнители",
    clients: "Клиенты",
    suppliers: "Поставщики",
    parent: "Входит в процесс",
    children: "Подпроцессы",
    documents: "Документы",
    unit: "Подразделение",
    reportsTo: "Подчиняется",
    subordinates: "Подчинённые",
    owns: "Владеет процессами",
    executes: "Участвует в процессах",
    parentUnit: "Входит в",
    childUnits: "Подчинённые подразделения",
    positions: "Должности",
    processes: "Процессы",
    head: "Руководитель",
  },
  kinds: {
    process: "процесс",
    position: "должность",
    unit: "подразделение",
    document: "документ",
    result: (process) => `результат процесса ${process}`,
  },
  positionPage: "Должность",
  otherDocuments: "Другие документы",
  noDiagram: "Схема не нарисована: для схем нужен браузер Chromium.",
  footer: "Составлено procspec по описаниям процессов",
};

const en: SiteWords = {
  home: "Home",
  skip: "Skip to content",
  nav: {
    processes: "Processes",
    units: "Units",
    positions: "Positions",
    documents: "Documents",
    map: "Process map",
    chart: "Org chart",
  },
  search: {
    label: "Search",
    placeholder: "Search processes, positions and documents",
    none: "Nothing found",
    loading: "Loading the index…",
  },
  zoom: { out: "Smaller", in: "Larger", fit: "Fit width", actual: "1:1" },
  related: {
    heading: "Links",
    owner: "Owner",
    executors: "Executors",
    clients: "Clients",
    suppliers: "Suppliers",
    parent: "Part of",
    children: "Sub-processes",
    documents: "Documents",
    unit: "Unit",
    reportsTo: "Reports to",
    subordinates: "Subordinates",
    owns: "Owns processes",
    executes: "Takes part in processes",
    parentUnit: "Part of",
    childUnits: "Sub-units",
    positions: "Positions",
    processes: "Processes",
    head: "Head",
  },
  kinds: {
    process: "process",
    position: "position",
    unit: "unit",
    document: "document",
    result: (process) => `result of ${process}`,
  },
  positionPage: "Position",
  otherDocuments: "Other documents",
  noDiagram: "The diagram was not drawn: diagrams need the Chromium browser.",
  footer: "Compiled by procspec from the process specifications",
};

export function siteWords(lang: Lang): SiteWords {
  return lang === "ru" ? ru : en;
}
