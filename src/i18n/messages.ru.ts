import type { MessageId } from "./messages.en.js";
import { kpiMessagesRu } from "./messages.kpi.js";
import { profileMessagesRu } from "./messages.profile.js";
import { stepMessagesRu } from "./messages-steps.js";

/** Diagnostic messages (Russian). Same ids as messages.en.ts; the type makes a missing key a compile error. */
export const messagesRu: Record<MessageId, string> = {
  "file-not-utf8": "файл не в кодировке UTF-8 (байт 0x{{byte}} в этом месте){{hint}}; сохраните его в UTF-8",
  "file-not-utf8.cp1251-hint": ", похоже, это текст в кодировке Windows-1251",
  "file-utf16":
    "файл сохранён в кодировке {{encoding}} (в Блокноте она называется «Юникод»); procspec читает только UTF-8 — пересохраните файл в кодировке UTF-8",
  "file-too-large": "размер файла {{size}} МБ больше допустимых {{limit}} МБ; разделите его на несколько файлов",
  "file-not-included":
    "{{path}} похож на YAML-файл, но шаблоны `include` в procspec.yaml его не захватывают, и он не проверяется; добавьте для него шаблон или переименуйте, если это не описание",
  "file-unreadable": "файл не удаётся прочитать: {{reason}}",
  "yaml-syntax": "синтаксическая ошибка YAML: {{detail}}",
  "yaml-tab": "для отступа использован символ табуляции; в YAML допустимы только пробелы",
  "yaml-duplicate-key": "ключ `{{key}}` повторяется в одном и том же блоке; второе вхождение здесь",
  "yaml-alias":
    "ссылки YAML (алиасы) здесь разворачиваются в слишком большой объём данных (более {{limit}} ссылок); запишите значения явно",
  "yaml-alias.unresolved": "алиас `*{{name}}` ссылается на якорь `&{{name}}`, который выше не определён",
  "yaml-syntax.unclosed-quote":
    "кавычка {{quote}}, открытая в строке {{line}}, не закрыта; добавьте закрывающую {{quote}}",
  "yaml-syntax.unclosed-bracket": "список, открытый `[` в строке {{line}}, не закрыт; закройте его скобкой `]`",
  "yaml-syntax.unclosed-brace": "словарь, открытый `{` в строке {{line}}, не закрыт; закройте его скобкой `}`",
  "cut-phrase":
    "«{{item}}» начинается со строчной буквы после «{{previous}}»: если это продолжение, запятая разрезала фразу надвое — возьмите всю фразу в кавычки или запишите список блоком (каждый пункт с «- » на своей строке); если это отдельный пункт, начните его с заглавной буквы",
  "fix.join-item": "соединить в один пункт «{{joined}}»",
  "fix.rename-key": "заменить `{{from}}` на `{{to}}`",
  "yaml-syntax.noticed": "здесь это заметил разбор YAML",
  "yaml-syntax.multiline-key":
    "эта строка продолжает предыдущую как ключ (текст до `:`); проверьте отступ или возьмите в кавычки текст, содержащий «: »",
  "yaml-syntax.colon-in-value": "значение, содержащее «: », нужно взять в кавычки (или у этой строки неверный отступ)",
  "yaml-syntax.missing-colon": "эта строка не имеет вида «ключ: значение»; добавьте `:` после ключа или удалите строку",
  "yaml-syntax.misaligned":
    "элементы одного списка и ключи одного блока должны начинаться в одной и той же колонке; выровняйте эту строку пробелами",
  "yaml-syntax.reserved-start": "значение не может начинаться с символа `{{char}}`; возьмите значение в кавычки",
  "yaml-syntax.bad-escape":
    "`{{escape}}` недопустимо внутри двойных кавычек; текст с обратной косой чертой берите в одинарные кавычки",
  "yaml-syntax.unexpected":
    "лишний символ `{{char}}`; удалите его или, если он часть текста, возьмите значение в кавычки",
  "yaml-syntax.too-deep": "данные здесь вложены слишком глубоко, чтобы их прочитать",
  "found.list": "список",
  "config.not-a-mapping":
    "procspec.yaml должен состоять из настроек вида «ключ: значение», например `lang: ru`; найдено: {{found}}",
  "config.include-outside":
    "шаблон `{{pattern}}` выходит за пределы папки проекта; procspec читает только файлы внутри неё",
  "not-a-mapping":
    "документ спецификации должен быть набором «ключ: значение», начинающимся с `kind:`; найдено: {{found}}",
  "missing-kind": "в документе нет ключа `kind`; добавьте `kind:` с одним из значений {{kinds}}",
  "unknown-kind": "неизвестный вид `{{kind}}`; допустимые значения: {{kinds}}",
  "no-spec-files":
    "ни один файл не подходит под шаблоны `include` ({{patterns}}); добавьте YAML-файлы или исправьте шаблоны",
  "multiple-organizations": "в проекте должна быть ровно одна организация (Organization); ещё одна описана в {{other}}",
  "one-organization.missing":
    "в проекте нет описания организации; добавьте документ с `kind: Organization` (её название и ценности входят в профиль каждой должности)",
  "one-organization.first": "первая организация, «{{name}}», описана здесь",
  "schema.unknown-key": "неизвестный ключ `{{key}}`",
  "schema.required": "здесь обязателен ключ `{{key}}`",
  "schema.enum": "значение `{{key}}` должно быть одним из: {{values}}",
  "schema.const": "значение `{{key}}` должно быть `{{value}}`",
  "schema.type": "значение `{{key}}` должно быть {{type}}",
  "schema.type.string": "текстом",
  "schema.type.integer": "целым числом",
  "schema.type.number": "числом",
  "schema.type.boolean": "true или false",
  "schema.type.array": "списком",
  "schema.type.object": "набором «ключ: значение»",
  "schema.id-pattern":
    "`{{value}}` — недопустимый идентификатор: используйте строчные латинские буквы, цифры и одиночные дефисы, первым символом — букву",
  "schema.pattern": "значение `{{value}}` не соответствует формату ключа `{{key}}`",
  "schema.min-length": "значение `{{key}}` не должно быть пустым",
  "schema.max-length": "значение `{{key}}` слишком длинное (не более {{limit}} символов)",
  "schema.minimum": "значение `{{key}}` должно быть не меньше {{limit}}",
  "schema.maximum": "значение `{{key}}` должно быть не больше {{limit}}",
  "schema.party": "в `{{key}}` должно быть указано ровно одно из: position, unit, process, external или company",
  "schema.executor":
    "исполнитель задаётся ровно одним ключом: `position` (идентификатор должности) или `role` (временное название роли)",
  "schema.min-properties": "значение `{{key}}` не должно быть пустым",
  "schema.other": "`{{key}}`: {{detail}}",
  "did-you-mean": "возможно, имелось в виду `{{candidate}}`?",
  "config.unknown-rule": "неизвестное правило `{{rule}}` в `rules`",
  "config.unknown-approver": "`documents.approver.position` должен быть id должности: должности `{{id}}` нет",
  "unique-id": "идентификатор `{{id}}` уже занят: {{otherKind}} «{{otherName}}» в {{other}}",
  "unknown-reference": "`{{field}}` ссылается на несуществующий идентификатор `{{id}}` (ожидается {{expected}})",
  "wrong-kind-reference": "`{{field}}` должен ссылаться на {{expected}}; `{{id}}` — это {{actual}}",
  cycle: "{{what}} образуют цикл: {{path}}",
  "cycle.process": "процессы (parent)",
  "cycle.unit": "подразделения (parent)",
  "cycle.position": "должности (reportsTo)",
  "process-without-client": "у процесса «{{name}}» не указаны клиенты; процесса без клиента не бывает",
  "client-without-goal":
    "для клиента «{{client}}» процесса «{{name}}» не указаны цели: что процесс меняет для этого клиента?",
  "process-without-result": "у процесса «{{name}}» не указаны результаты: что он производит?",
  "process-without-resource":
    "у процесса «{{name}}» не указаны ресурсы: что он потребляет или использует и кто это поставляет?",
  "process-without-description":
    "у процесса «{{name}}» нет описания: в 2–4 предложениях назовите действия, из которых он состоит",
  "process-without-indicator": "у процесса «{{name}}» не указаны показатели: как измеряется достижение его целей?",
  "indicator-without-measure": "для показателя «{{indicator}}» не указан способ измерения (`measure`)",
  "process-without-executor": "у процесса «{{name}}» не указаны исполнители",
  "process-without-owner": "у процесса «{{name}}» не указан владелец: должность, которая отвечает за его цели",
  "description-length":
    "описание процесса «{{name}}» содержит предложений: {{count}}; опишите в 2–4 предложениях, что делается",
  "goal-equals-result":
    "цель «{{goal}}» совпадает с результатом; цель — это то, что процесс меняет для клиента, результат — то, что он производит",
  "resource-without-supplier": "у ресурса «{{resource}}» не указан поставщик (`from`)",
  "position-without-process": "должность «{{name}}» не исполняет ни одного процесса и не владеет ни одним",
  "unit-without-head": "у подразделения «{{name}}» не указан руководитель",
  "unit-without-function": "у подразделения «{{name}}» не указаны функции",
  "ownerless-function":
    "у подразделения «{{name}}» указаны функции, но ни одна его должность не исполняет процессы и не владеет ими: эти функции не обеспечены процессами",
  "duplicate-function":
    "функция «{{function}}» указана также у подразделения «{{other}}»; функция должна принадлежать одному подразделению",
  "duplicate-function.first": "впервые эта функция указана у подразделения «{{name}}»",
  "provisional-role": "«{{role}}» — временная роль; замените её должностью, когда оргструктура будет утверждена",
  "executor-without-competencies":
    "для исполнителя «{{executor}}» процесса «{{name}}» не указаны компетенции (знания, навыки, личные качества)",
  "executor-without-competencies.unnamed":
    "для исполнителя `{{executor}}` процесса «{{name}}» не указаны компетенции (знания, навыки, личные качества)",
  "duplicate-executor":
    "«{{executor}}» уже указан исполнителем процесса «{{name}}» ({{first}}); укажите каждую должность один раз и перенесите функции и компетенции в эту запись",
  "duplicate-executor.first": "первая запись, {{entry}}, находится здесь",
  "supplier-not-linked":
    "процесс «{{supplier}}» поставляет ресурс «{{resource}}» процессу «{{name}}», но ни один его результат не направлен в «{{name}}» (`results[].to`)",
  "single-child":
    "у процесса «{{name}}» единственный подпроцесс «{{child}}»; объедините их или выделите подпроцессы подробнее",
  "kind.position": "должность",
  "kind.unit": "подразделение",
  "kind.process": "процесс",
  "kind.organization": "организация",
  ...kpiMessagesRu,
  ...stepMessagesRu,
  ...profileMessagesRu,
};
