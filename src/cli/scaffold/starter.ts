import type { Lang } from "../../i18n/lang.js";

/**
 * The smallest project that already follows the method end to end: the company, one unit, its head, and one process
 * with every element filled in, so `procspec validate` is clean and `build` gives a full set of documents to look at.
 * Paths are project-relative; modelines are added by the caller.
 */
export function starterSpecs(lang: Lang): Array<{ path: string; content: string }> {
  return lang === "ru" ? ru : en;
}

const ru = [
  {
    path: "procspec.yaml",
    content: `# Настройки проекта procspec
lang: ru
include: ["**/*.yaml", "**/*.yml"]
# Уровень проверок: error | warn | info | off (список — procspec rules)
rules: {}
documents:
  approvedBy: Генеральный директор
  version: "0.1"
`,
  },
  {
    path: "organization.yaml",
    content: `# Шаг 1 дорожной карты: стратегия компании
kind: Organization
id: company
name: ООО «Компания»
strategy:
  clients: [Розничные покупатели в регионе]
  clientValues: [Заказ подтверждён быстро, Срок поставки известен заранее]
  advantages: [Собственный склад]
values: [Клиент прежде всего, Честность]
`,
  },
  {
    path: "units/sales.yaml",
    content: `kind: Unit
id: sales
name: Отдел продаж
head: sales-manager
functions:
  - Приём и выполнение заказов покупателей
`,
  },
  {
    path: "positions/sales-manager.yaml",
    content: `kind: Position
id: sales-manager
name: Менеджер по продажам
unit: sales
generalKnowledge: [Основы коммерческой деятельности]
# Области ответственности из стратегии, а не из процессов
responsibilities: [Лояльность покупателей]
`,
  },
  {
    path: "processes/order-handling.yaml",
    content: `# Спецификация процесса: клиенты → цели → результаты → показатели → ресурсы → исполнители → владелец
kind: Process
id: order-handling
code: "1"
name: Обработка заказа покупателя
description: >-
  Менеджер по продажам принимает заказ покупателя, проверяет наличие товара и согласует срок поставки.
  Затем он выставляет счёт и передаёт подтверждённый заказ на склад.
owner: sales-manager
clients:
  - external: Покупатель
    goals: ["Покупатель быстро узнаёт, когда получит товар"]
  - company: true
    goals: [Выручка от продаж, Повторные заказы]
results:
  - name: Подтверждённый заказ
  - name: Счёт на оплату
indicators:
  - name: Срок подтверждения заказа
    measure: Время от поступления заказа до подтверждения по данным учётной системы
    type: efficiency
    target: не более 2 часов
  - name: Удовлетворённость покупателей
    measure: Опрос покупателей после поставки; число жалоб и благодарностей
    type: quality
resources:
  - name: Заявка покупателя
    type: consumable
    from: { external: Покупатель }
  - name: Компьютер и учётная система
    type: renewable
    from: { external: ИТ-подрядчик }
executors:
  - position: sales-manager
    functions: [Принимает заказ, Проверяет наличие товара, Выставляет счёт]
    competencies:
      knowledge: [Ассортимент компании, Условия поставки]
      skills: [Работа в учётной системе, Ведение переговоров]
      qualities: [Доброжелательность, Ответственность]
`,
  },
];

const en = [
  {
    path: "procspec.yaml",
    content: `# procspec project settings
lang: en
include: ["**/*.yaml", "**/*.yml"]
# Level of each check: error | warn | info | off (list them with: procspec rules)
rules: {}
documents:
  approvedBy: Managing Director
  version: "0.1"
`,
  },
  {
    path: "organization.yaml",
    content: `# Step 1 of the road map: the company's strategy
kind: Organization
id: company
name: Example Trading Ltd.
strategy:
  clients: [Retail customers in the region]
  clientValues: [Orders confirmed quickly with a known delivery date]
  advantages: [Own warehouse]
values: [Customers come first, Honesty]
`,
  },
  {
    path: "units/sales.yaml",
    content: `kind: Unit
id: sales
name: Sales Department
head: sales-manager
functions:
  - Taking and fulfilling customer orders
`,
  },
  {
    path: "positions/sales-manager.yaml",
    content: `kind: Position
id: sales-manager
name: Sales Manager
unit: sales
generalKnowledge: [Principles of commerce]
# Areas of responsibility that come from strategy, not from processes
responsibilities: [Customer loyalty]
`,
  },
  {
    path: "processes/order-handling.yaml",
    content: `# Process specification: clients → goals → results → indicators → resources → executors → owner
kind: Process
id: order-handling
code: "1"
name: Customer order handling
description: >-
  The sales manager takes the customer's order, checks stock and agrees the delivery date.
  Then the manager issues the invoice and passes the confirmed order to the warehouse.
owner: sales-manager
clients:
  - external: Customer
    goals: [The customer quickly learns when the goods will arrive]
  - company: true
    goals: [Sales revenue, Repeat orders]
results:
  - name: Confirmed order
  - name: Invoice
indicators:
  - name: Order confirmation time
    measure: Time from receiving an order to confirming it, from the accounting system
    type: efficiency
    target: at most 2 hours
  - name: Customer satisfaction
    measure: Survey of customers after delivery; number of complaints and thanks
    type: quality
resources:
  - name: Customer request
    type: consumable
    from: { external: Customer }
  - name: Computer and accounting system
    type: renewable
    from: { external: IT contractor }
executors:
  - position: sales-manager
    functions: [Takes the order, Checks stock, Issues the invoice]
    competencies:
      knowledge: [Company product range, Delivery terms]
      skills: [Working in the accounting system, Negotiation]
      qualities: [Friendliness, Reliability]
`,
  },
];
