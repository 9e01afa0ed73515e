import type { Lang } from "../../i18n/lang.js";

export type NewKind = "process" | "position" | "unit";

export interface NewElement {
  kind: NewKind;
  id: string;
  name: string;
  /** Parent process, parent unit, or the position this one reports to. */
  parent?: string;
  /** The unit of a position. */
  unit?: string;
}

/**
 * A draft spec with every element in the method's order (docs/method.md: clients → goals → results → indicators, then
 * resources, executors, owner), each with a one-line prompt. Lists start empty and scalars the schema would refuse
 * empty are left commented out, so the draft loads cleanly and the rules say what is still missing.
 */
export function elementDraft(element: NewElement, lang: Lang): string {
  const t = lang === "ru" ? ru : en;
  const lines =
    element.kind === "process"
      ? process(element, t)
      : element.kind === "position"
        ? position(element, t)
        : unit(element, t);
  return `${lines.join("\n")}\n`;
}

/**
 * YAML-safe scalar: plain when harmless, else double-quoted JSON (valid YAML). Ids go through it too: `null`,
 * `yes` or `on` match the id pattern but would be read as something other than a string.
 */
function scalar(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .()«»—–-]*$/u.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text)
    ? text
    : JSON.stringify(text);
}

function process(e: NewElement, t: Words): string[] {
  return [
    `# ${t.processHeader}`,
    "kind: Process",
    `id: ${scalar(e.id)}`,
    `# 1. ${t.name}`,
    `name: ${scalar(e.name)}`,
    `# code: "1.1"            # ${t.code}`,
    e.parent ? `parent: ${scalar(e.parent)}` : `# parent: ${t.parentProcessId}   # ${t.parentProcess}`,
    `# 2. ${t.description}`,
    "# description: >-",
    `#   ${t.descriptionExample}`,
    `# 3–4. ${t.clients}`,
    "clients: []",
    `#  - external: ${t.externalClient}`,
    `#    goals: [${t.goalExample}]`,
    "#  - company: true",
    `#    goals: [${t.companyGoal}]`,
    `# 5. ${t.results}`,
    "results: []",
    `#  - name: ${t.resultExample}`,
    `#    to: [${t.toExample}]`,
    `# 6. ${t.indicators}`,
    "indicators: []",
    `#  - name: ${t.indicatorExample}`,
    `#    measure: ${t.measureExample}`,
    "#    type: quality        # effectiveness | efficiency | quality | productivity",
    `# 7–8. ${t.resources}`,
    "resources: []",
    `#  - name: ${t.resourceExample}`,
    "#    type: consumable     # consumable | renewable",
    `#    from: { position: ${t.supplierId} }`,
    `# 9. ${t.executors}`,
    "executors: []",
    `#  - position: ${t.positionId}`,
    `#    functions: [${t.functionExample}]`,
    "#    competencies:",
    `#      knowledge: [${t.knowledge}]`,
    `#      skills: [${t.skills}]`,
    `#      qualities: [${t.qualities}]`,
    `# 10. ${t.owner}`,
    `# owner: ${t.positionId}`,
    `# ${t.structure}`,
  ];
}

function position(e: NewElement, t: Words): string[] {
  return [
    `# ${t.positionHeader}`,
    "kind: Position",
    `id: ${scalar(e.id)}`,
    `name: ${scalar(e.name)}`,
    e.unit ? `unit: ${scalar(e.unit)}` : `# unit: ${t.unitId}   # ${t.positionUnit}`,
    e.parent ? `reportsTo: ${scalar(e.parent)}` : `# reportsTo: ${t.positionId}   # ${t.reportsTo}`,
    `# headcount: 1   # ${t.headcount}`,
    `# ${t.generalKnowledge}`,
    "generalKnowledge: []",
    `# ${t.responsibilities}`,
    "responsibilities: []",
    `# ${t.duties}`,
  ];
}

function unit(e: NewElement, t: Words): string[] {
  return [
    `# ${t.unitHeader}`,
    "kind: Unit",
    `id: ${scalar(e.id)}`,
    `name: ${scalar(e.name)}`,
    e.parent ? `parent: ${scalar(e.parent)}` : `# parent: ${t.unitId}   # ${t.parentUnit}`,
    `# head: ${t.positionId}   # ${t.head}`,
    `# ${t.functions}`,
    "functions: []",
  ];
}

interface Words {
  processHeader: string;
  name: string;
  code: string;
  parentProcessId: string;
  parentProcess: string;
  description: string;
  descriptionExample: string;
  clients: string;
  externalClient: string;
  goalExample: string;
  companyGoal: string;
  results: string;
  resultExample: string;
  toExample: string;
  indicators: string;
  indicatorExample: string;
  measureExample: string;
  resources: string;
  resourceExample: string;
  supplierId: string;
  executors: string;
  positionId: string;
  functionExample: string;
  knowledge: string;
  skills: string;
  qualities: string;
  owner: string;
  structure: string;
  positionHeader: string;
  unitId: string;
  positionUnit: string;
  reportsTo: string;
  headcount: string;
  generalKnowledge: string;
  responsibilities: string;
  duties: string;
  unitHeader: string;
  parentUnit: string;
  head: string;
  functions: string;
}

const ru: Words = {
  processHeader:
    "Спецификация процесса. Заполняйте по порядку: клиенты → цели → результаты → показатели → ресурсы → исполнители → владелец",
  name: "Название: что делается («Приём автомобиля от клиента»)",
  code: "код для сортировки в документах, в кавычках",
  parentProcessId: "id-процесса-верхнего-уровня",
  parentProcess: "процесс, в который входит этот",
  description: "Краткое описание: 2–4 предложения о том, какие действия выполняются (это не регламент)",
  descriptionExample: "Кто что делает, от получения ресурсов до передачи результата. Второе предложение.",
  clients:
    "Клиенты и их цели: кто пользуется результатами и что процесс для него меняет. Процесса без клиента не бывает",
  externalClient: "Автовладелец",
  goalExample: "Что процесс меняет для этого клиента",
  companyGoal: "Интересы компании как условного клиента",
  results: "Результаты: что процесс производит (документ, изделие, решение), а не что он меняет",
  resultExample: "Наряд-заказ",
  toExample: "id-внутреннего-клиента",
  indicators: "Показатели: измеримы, отражают цели; у каждого — способ измерения",
  indicatorExample: "Удовлетворённость клиента",
  measureExample: "Телефонный опрос; число жалоб и благодарностей",
  resources: "Ресурсы и поставщики: расходуемые и возобновляемые; from — кто их даёт",
  resourceExample: "Запись клиентов на ремонт",
  supplierId: "id-должности-поставщика",
  executors: "Исполнители: должности (не фамилии) и их функции, знания, навыки, качества в этом процессе",
  positionId: "id-должности",
  functionExample: "Что делает исполнитель в этом процессе",
  knowledge: "Знания",
  skills: "Навыки",
  qualities: "Личные качества",
  owner: "Владелец: должность, которая отвечает за цели процесса и вправе его менять",
  structure:
    "11. Структура не пишется здесь: это процессы, у которых parent — этот процесс (procspec new process … --parent)",
  positionHeader: "Должность. Обязанности и компетенции собираются из процессов, где она исполнитель или владелец",
  unitId: "id-подразделения",
  positionUnit: "подразделение, в котором эта должность",
  reportsTo: "непосредственный руководитель",
  headcount: "штатная численность",
  generalKnowledge: "Общие знания: основа специальности (уровень вуза)",
  responsibilities: "Области ответственности из стратегии, а не из процессов («Лояльность автовладельцев»)",
  duties: "Функциональные обязанности не пишутся здесь: укажите должность исполнителем в процессах",
  unitHeader: "Подразделение: функции, руководитель, место в структуре",
  parentUnit: "вышестоящее подразделение",
  head: "должность руководителя",
  functions: "Функции подразделения: каждая должна выполняться каким-то процессом его должностей",
};

const en: Words = {
  processHeader:
    "Process specification. Fill it in this order: clients → goals → results → indicators → resources → executors → owner",
  name: "Name: what is done (“Vehicle intake from the customer”)",
  code: "display code for sorting the documents, quoted",
  parentProcessId: "parent-process-id",
  parentProcess: "the process this one is part of",
  description: "Description: 2–4 sentences on which actions are performed (not a regulation)",
  descriptionExample: "Who does what, from receiving the resources to handing over the result. A second sentence.",
  clients:
    "Clients and their goals: who uses the results and what the process changes for them. No process without a client",
  externalClient: "Car owner",
  goalExample: "What the process changes for this client",
  companyGoal: "The company's interests as a conditional client",
  results: "Results: what the process produces (a document, a product, a decision), not what it changes",
  resultExample: "Work order",
  toExample: "internal-client-id",
  indicators: "Indicators: measurable, reflecting the goals; each with how it is measured",
  indicatorExample: "Customer satisfaction",
  measureExample: "Phone survey; number of complaints and thanks",
  resources: "Resources and suppliers: consumable or renewable; from names who provides them",
  resourceExample: "Appointment schedule",
  supplierId: "supplier-position-id",
  executors:
    "Executors: positions (never people) with their functions, knowledge, skills and qualities in this process",
  positionId: "position-id",
  functionExample: "What the executor does in this process",
  knowledge: "Knowledge",
  skills: "Skills",
  qualities: "Personal qualities",
  owner: "Owner: the position that answers for the process goals and may change the process",
  structure:
    "11. Structure is not written here: it is the processes whose parent is this one (procspec new process … --parent)",
  positionHeader: "Position. Its duties and competencies are compiled from the processes it executes or owns",
  unitId: "unit-id",
  positionUnit: "the unit this position belongs to",
  reportsTo: "direct manager",
  headcount: "number of people in this position",
  generalKnowledge: "General knowledge: the foundation of the speciality (university level)",
  responsibilities: "Areas of responsibility from strategy, not from processes (“Car owners' loyalty”)",
  duties: "Functional duties are not written here: name the position as an executor in processes",
  unitHeader: "Unit: its functions, head and place in the structure",
  parentUnit: "the unit above this one",
  head: "the head's position",
  functions: "Functions of the unit: each must be carried by some process of its positions",
};
