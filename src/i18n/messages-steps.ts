/** Diagnostic messages of the steps, instructions and systems (part two of the method), in both languages. */

export const stepMessagesEn = {
  "kind.instruction": "an instruction",
  "kind.system": "an information system",
  "duplicate-step":
    "the step id `{{id}}` is already used in «{{name}}» ({{first}}); step ids are unique within a process",
  "step-executor":
    "the executor `{{executor}}` of step «{{step}}» is not among the executors of «{{name}}»; add it to `executors` or name one of them",
  "step-executor.missing":
    "step «{{step}}» of «{{name}}» has no executor: name a position from the process's executors",
  "unknown-step": "`next` of step «{{step}}» names `{{target}}`, which is not a step of «{{name}}»",
  "unreachable-step": "step «{{step}}» of «{{name}}» cannot be reached from the first step «{{first}}»",
  "endless-loop": "steps {{path}} of «{{name}}» go round in a loop with no way out to the end of the process",
  "step-input-without-source":
    "input «{{input}}» of step «{{step}}» is neither a resource of «{{name}}» nor an output of an earlier step",
  "result-without-step": "result «{{result}}» of «{{name}}» is produced by no step: list it in the `outputs` of a step",
  "decision-without-condition":
    "step «{{step}}» is a decision with {{count}} ways out; the way to `{{target}}` says not when it is taken (`when`)",
  "unused-instruction": "instruction «{{name}}» is named by no step: name it in `instruction` of the steps it serves",
  "unused-system": "information system «{{name}}» is named by no step: say which steps are recorded in it (`system`)",
} as const;

export type StepMessageId = keyof typeof stepMessagesEn;

export const stepMessagesRu: Record<StepMessageId, string> = {
  "kind.instruction": "инструкция",
  "kind.system": "информационная система",
  "duplicate-step":
    "идентификатор шага `{{id}}` уже использован в процессе «{{name}}» ({{first}}); идентификаторы шагов внутри процесса не повторяются",
  "step-executor":
    "исполнитель `{{executor}}` шага «{{step}}» не входит в число исполнителей процесса «{{name}}»; добавьте его в `executors` или укажите одного из них",
  "step-executor.missing":
    "у шага «{{step}}» процесса «{{name}}» не указан исполнитель: назовите должность из исполнителей процесса",
  "unknown-step": "`next` шага «{{step}}» ссылается на `{{target}}`, но такого шага в процессе «{{name}}» нет",
  "unreachable-step": "до шага «{{step}}» процесса «{{name}}» нельзя дойти от первого шага «{{first}}»",
  "endless-loop": "шаги {{path}} процесса «{{name}}» образуют цикл без выхода к завершению процесса",
  "step-input-without-source":
    "вход «{{input}}» шага «{{step}}» не является ни ресурсом процесса «{{name}}», ни выходом предыдущего шага",
  "result-without-step":
    "результат «{{result}}» процесса «{{name}}» не производится ни одним шагом: укажите его в `outputs` нужного шага",
  "decision-without-condition":
    "шаг «{{step}}» — решение с {{count}} переходами; для перехода к `{{target}}` не указано условие (`when`)",
  "unused-instruction":
    "на инструкцию «{{name}}» не ссылается ни один шаг: укажите её в поле `instruction` шагов, которые она обслуживает",
  "unused-system":
    "на информационную систему «{{name}}» не ссылается ни один шаг: укажите, какие шаги в ней фиксируются (`system`)",
};
