import type { Lang } from "./lang.js";

/** Fixed words shown inside diagrams (legend nodes, group titles), in both languages. */
const en = {
  clients: "Clients",
  suppliers: "Suppliers",
  resources: "Resources",
  results: "Results",
  company: "The company",
  processMap: "Process map",
  orgChart: "Org chart",
  head: "head",
  more: "… and {{count}} more",
} as const;

export type DiagramWordId = keyof typeof en;

const ru: Record<DiagramWordId, string> = {
  clients: "Клиенты",
  suppliers: "Поставщики",
  resources: "Ресурсы",
  results: "Результаты",
  company: "Компания",
  processMap: "Карта процессов",
  orgChart: "Организационная структура",
  head: "руководитель",
  more: "… и ещё {{count}}",
};

export function diagramWord(lang: Lang, id: DiagramWordId): string {
  return lang === "ru" ? ru[id] : en[id];
}
