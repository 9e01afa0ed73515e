/** Diagnostic messages of the ratings between units (`ratings-*` rules), in their own file like the KPI's. */
export const ratingMessagesEn = {
  "ratings-unknown-party": "no unit or position `{{id}}` in the project (column {{column}})",
  "ratings-unknown-party.wrong-kind": "`{{id}}` is {{kind}}; the column {{column}} names a unit or a position",
  "ratings-unknown-party.process": "no process `{{id}}` in the project (column process)",
  "ratings-score": "the score `{{score}}` is not a whole number from 1 to 5",
  "ratings-comment":
    "a score of {{score}} needs a comment: write what the rated side should change in how it sets the task",
  "ratings-date": "`{{date}}` is not a date; write it as YYYY-MM-DD or DD.MM.YYYY",
  "ratings-date.future": "the date {{date}} lies after {{today}}, the day the ratings were checked",
  "ratings-unlinked-pair":
    "no process links «{{rater}}» and «{{rated}}»: neither hands anything to the other in the model — either the model lacks the link or the rating is misplaced{{nearest}}",
  "ratings-unlinked-pair.nearest": "; the nearest process is «{{process}}» ({{from}} → {{to}})",
  "ratings-unlinked-pair.process":
    "process «{{process}}» does not link «{{rater}}» and «{{rated}}»; they are linked by {{processes}}",
  "ratings-duplicate":
    "«{{rater}}» → «{{rated}}»{{process}} is already rated for {{month}}, on line {{line}}; one rating a month for each pair and process",
  "ratings-duplicate.process": " for «{{process}}»",
  "csv-columns":
    'the row has {{fields}} fields, the header {{columns}}: a field holding the separator must be in double quotes ("…, …")',
} as const;

export type RatingMessageId = keyof typeof ratingMessagesEn;

export const ratingMessagesRu: Record<RatingMessageId, string> = {
  "ratings-unknown-party": "в проекте нет подразделения или должности `{{id}}` (столбец {{column}})",
  "ratings-unknown-party.wrong-kind":
    "`{{id}}` — {{kind}}; в столбце {{column}} указывается подразделение или должность",
  "ratings-unknown-party.process": "в проекте нет процесса `{{id}}` (столбец process)",
  "ratings-score": "оценка `{{score}}` — не целое число от 1 до 5",
  "ratings-comment":
    "к оценке {{score}} нужен комментарий: напишите, что оцениваемой стороне изменить в постановке задачи",
  "ratings-date": "`{{date}}` — не дата; пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ",
  "ratings-date.future": "дата {{date}} позже {{today}} — дня, на который проверены оценки",
  "ratings-unlinked-pair":
    "никакой процесс не связывает «{{rater}}» и «{{rated}}»: в модели ни одна сторона ничего не передаёт другой — либо в модели не хватает связи, либо оценка поставлена не тому{{nearest}}",
  "ratings-unlinked-pair.nearest": "; ближайший процесс — «{{process}}» ({{from}} → {{to}})",
  "ratings-unlinked-pair.process":
    "процесс «{{process}}» не связывает «{{rater}}» и «{{rated}}»; их связывает: {{processes}}",
  "ratings-duplicate":
    "оценка «{{rater}}» → «{{rated}}»{{process}} за {{month}} уже есть (строка {{line}}); за месяц ставится одна оценка на пару и процесс",
  "ratings-duplicate.process": " по процессу «{{process}}»",
  "csv-columns":
    'в строке полей: {{fields}}, в заголовке: {{columns}}; поле, в котором есть разделитель, заключается в двойные кавычки ("…, …")',
};
