import { fill, type Lang } from "./lang.js";

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

/** Why diagrams could not be drawn as images, and how to enable them: one line each, for a build warning. */
const unavailableEn = {
  "no-browser":
    "diagram images skipped: no Chromium at {{path}}; the Mermaid sources are kept. To draw SVG/PNG, run `apt-get install chromium` or set PROCSPEC_CHROMIUM or diagrams.chromium in procspec.yaml",
  "launch-failed":
    "diagram images skipped: Chromium at {{path}} did not start ({{reason}}); the Mermaid sources are kept. Check the browser, or point PROCSPEC_CHROMIUM or diagrams.chromium in procspec.yaml at a working one",
  "render-failed": "Mermaid could not draw diagram «{{name}}»: {{reason}}",
} as const;

export type DiagramProblemId = keyof typeof unavailableEn;

const unavailableRu: Record<DiagramProblemId, string> = {
  "no-browser":
    "изображения схем не построены: Chromium не найден ({{path}}); исходники Mermaid сохранены. Чтобы получить SVG/PNG, выполните `apt-get install chromium` или укажите путь в PROCSPEC_CHROMIUM либо diagrams.chromium в procspec.yaml",
  "launch-failed":
    "изображения схем не построены: Chromium ({{path}}) не запустился ({{reason}}); исходники Mermaid сохранены. Проверьте браузер или укажите рабочий в PROCSPEC_CHROMIUM либо diagrams.chromium в procspec.yaml",
  "render-failed": "Mermaid не смог построить схему «{{name}}»: {{reason}}",
};

export function diagramProblem(lang: Lang, id: DiagramProblemId, data: Readonly<Record<string, string>>): string {
  return fill(lang === "ru" ? unavailableRu[id] : unavailableEn[id], data);
}
