/** Diagnostic messages of the KPI card rules and of `procspec kpi`, in both languages (spread into the tables). */
export const kpiMessagesEn = {
  "kpi-weights": "the weights of the KPI card of «{{position}}» add up to {{sum}}, not 100",
  "kpi-unknown-indicator": "process «{{process}}» has no indicator `{{indicator}}` (neither an id nor a name)",
  "kpi-foreign-process":
    "«{{position}}» neither owns nor executes process «{{process}}»; its indicator «{{indicator}}» is not the position's to answer for",
  "kpi-owned-process-missing":
    "«{{position}}» owns process «{{process}}», but none of its indicators is on the position's KPI card",
  "kpi-without-target": "KPI «{{name}}» has no target; without one the bonus cannot be computed",
  "kpi-without-target.no-number": "the target «{{target}}» of KPI «{{name}}» holds no number to compute the bonus by",
  "kpi-without-target.indicator": "the indicator of the process is written here",
  "kpi-threshold-beyond-target":
    "the threshold «{{threshold}}» of «{{name}}» is beyond its target «{{target}}»: {{direction}}",
  "kpi-threshold-beyond-target.higher": "higher is better here, so the threshold must not exceed the target",
  "kpi-threshold-beyond-target.lower": "lower is better here, so the threshold must not be below the target",
  "kpi-too-many":
    "the KPI card of «{{position}}» has {{count}} KPIs; a card people can act on has at most 7 — merge or drop some",
  "kpi-unknown-system": "KPI «{{name}}» names system `{{system}}`, but no System of the project has this id",
  "kpi-duplicate": "«{{name}}» is already on this KPI card ({{first}}); each indicator appears once",
  "kpi-duplicate.first": "the first entry, {{entry}}, is here",
  "duplicate-indicator-id":
    "process «{{name}}» already has an indicator with id `{{id}}`; ids are unique within a process",
  "duplicate-indicator-id.first": "the first indicator with this id is here",
  // procspec kpi: the facts file
  "csv-syntax": "CSV: {{detail}}",
  "csv-header": "the header row must name the columns {{columns}}; missing: {{missing}}",
  "facts.unknown-position": "no position `{{id}}` in the project",
  "facts.no-card": "position «{{position}}» has no KPI card (`kpis`)",
  "facts.unknown-kpi": "the KPI card of «{{position}}» has no KPI `{{kpi}}`",
  "facts.not-a-number": "the value `{{value}}` is not a number",
  "facts.duplicate": "a second value of `{{kpi}}` for «{{position}}» in {{period}}; the first is on line {{line}}",
  "facts.empty": "`{{column}}` is empty",
} as const;

export const kpiMessagesRu: Record<keyof typeof kpiMessagesEn, string> = {
  "kpi-weights": "веса в карте KPI должности «{{position}}» дают в сумме {{sum}}, а не 100",
  "kpi-unknown-indicator": "в процессе «{{process}}» нет показателя `{{indicator}}` (ни такого id, ни такого названия)",
  "kpi-foreign-process":
    "должность «{{position}}» не владеет процессом «{{process}}» и не исполняет его; за его показатель «{{indicator}}» она не отвечает",
  "kpi-owned-process-missing":
    "должность «{{position}}» — владелец процесса «{{process}}», но ни одного его показателя нет в её карте KPI",
  "kpi-without-target": "у показателя «{{name}}» нет целевого значения; без него премию не рассчитать",
  "kpi-without-target.no-number": "в целевом значении «{{target}}» показателя «{{name}}» нет числа для расчёта премии",
  "kpi-without-target.indicator": "показатель процесса описан здесь",
  "kpi-threshold-beyond-target":
    "порог «{{threshold}}» показателя «{{name}}» лежит за целью «{{target}}»: {{direction}}",
  "kpi-threshold-beyond-target.higher": "здесь чем больше, тем лучше, и порог не может быть выше цели",
  "kpi-threshold-beyond-target.lower": "здесь чем меньше, тем лучше, и порог не может быть ниже цели",
  "kpi-too-many":
    "в карте KPI должности «{{position}}» {{count}} показателей; работать можно с картой не больше чем из 7 — объедините или уберите часть",
  "kpi-unknown-system": "KPI «{{name}}» ссылается на систему `{{system}}`, но в проекте нет системы с таким id",
  "kpi-duplicate": "«{{name}}» уже есть в этой карте KPI ({{first}}); каждый показатель указывается один раз",
  "kpi-duplicate.first": "первая запись, {{entry}}, здесь",
  "duplicate-indicator-id":
    "в процессе «{{name}}» уже есть показатель с id `{{id}}`; id показателей в процессе не повторяются",
  "duplicate-indicator-id.first": "первый показатель с этим id здесь",
  "csv-syntax": "CSV: {{detail}}",
  "csv-header": "в строке заголовка должны быть столбцы {{columns}}; не хватает: {{missing}}",
  "facts.unknown-position": "в проекте нет должности `{{id}}`",
  "facts.no-card": "у должности «{{position}}» нет карты KPI (`kpis`)",
  "facts.unknown-kpi": "в карте KPI должности «{{position}}» нет показателя `{{kpi}}`",
  "facts.not-a-number": "значение `{{value}}` — не число",
  "facts.duplicate": "второе значение `{{kpi}}` для «{{position}}» за {{period}}; первое — в строке {{line}}",
  "facts.empty": "столбец `{{column}}` пуст",
};
