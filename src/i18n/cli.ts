import { fill, type Lang } from "./lang.js";

/** Fixed words of the command line's own output (summaries, progress), in both languages. */
const en = {
  "summary.clean": "✔ {{files}} files checked, no problems",
  "summary.problems":
    "✖ {{total}} problems ({{errors}} errors, {{warnings}} warnings, {{infos}} notes) in {{files}} files checked",
  "summary.too-many-warnings": "✖ {{warnings}} warnings, more than --max-warnings {{max}}",
  "severity.error": "error",
  "severity.warn": "warning",
  "severity.info": "info",
  "build.refused": "✖ the documents were not built: fix the errors above first",
  "build.done": "✔ {{count}} files written to {{out}}",
  "stats.overall":
    "Completeness of the description: {{percent}} ({{filled}} of {{applicable}} process elements and position documents filled)",
  "stats.processes": "Processes with every element: {{complete}} of {{total}}",
  "stats.positions":
    "Positions: {{total}}; job duties {{jobDuties}}, competencies {{competencies}}, full profile {{profiles}}",
  "stats.units": "Units",
  "stats.unit-counts": "processes with every element {{complete}} of {{processes}}, positions {{positions}}",
  "stats.missing": "missing: {{list}}",
  "stats.column.processes-complete": "Processes with every element",
  "stats.column.positions": "Positions",
  "stats.unreadable":
    "⚠ {{count}} files could not be read completely; the figures count only what was read (run procspec validate)",
  "stats.below-minimum": "✖ completeness {{percent}} is below --min-completeness {{min}}",
  "init.exists": "{{file}} already exists in {{dir}}; nothing was written (init never overwrites a file)",
  "init.done": "✔ project created in {{dir}}: {{count}} files",
  "init.next": "next: procspec validate {{dir}}, then procspec build {{dir}} --out {{out}}",
  "new.bad-kind": "unknown kind `{{kind}}`: expected process, position or unit",
  "new.bad-id":
    "`{{id}}` is not a valid id: lowercase Latin letters, digits and single hyphens, starting with a letter",
  "new.try-id": "try `{{id}}`",
  "new.id-taken": "the id `{{id}}` is already used in {{file}}:{{line}}; ids are unique across the whole project",
  "new.file-exists": "{{file}} already exists; nothing was written",
  "new.unit-only-position": "--unit applies to a position only",
  "new.done": "✔ {{file}} created; fill in the elements, then run procspec validate",
  "rules.default": "default",
  "rules.why": "Why",
  "rules.wrong": "Wrong",
  "rules.right": "Right",
  "rules.configure": "Change its level in procspec.yaml (error | warn | info | off):",
  "rules.unknown": "unknown rule `{{id}}`",
  "rules.count": "{{count}} rules; procspec rules <id> explains one",
  "doctor.ok": "✔",
  "doctor.missing": "✖",
  "doctor.optional": "–",
  "doctor.node": "Node.js {{version}} (20 or newer needed)",
  "doctor.browser": "browser for diagrams: {{path}} ({{version}})",
  "doctor.browser-missing": "no browser for diagrams (looked at {{places}})",
  "doctor.browser-broken": "the browser {{path}} does not start: {{reason}}",
  "doctor.font": "a font with Cyrillic: {{font}}",
  "doctor.font-missing": "no font with Cyrillic letters found (fc-list :lang=ru)",
  "doctor.libreoffice": "LibreOffice (optional, for PDF checks): {{version}}",
  "doctor.libreoffice-missing": "LibreOffice not found (optional: only for converting DOCX to PDF)",
  "doctor.install": "install: {{command}}",
  "doctor.summary-ok": "✔ procspec can validate and build everything here",
  "doctor.summary-missing": "✖ something procspec needs is missing; see above",
  "build.no-browser":
    "⚠ diagrams were not drawn ({{reason}}); the documents keep the Mermaid source. To get images: apt-get install chromium fonts-dejavu, or set PROCSPEC_CHROMIUM or diagrams.chromium in procspec.yaml",
  "build.diagram-failed": "⚠ diagram {{name}} could not be drawn: {{reason}}",
} as const;

export type CliTextId = keyof typeof en;

const ru: Record<CliTextId, string> = {
  "summary.clean": "✔ проверено файлов: {{files}}, замечаний нет",
  "summary.problems":
    "✖ замечаний: {{total}} (ошибок: {{errors}}, предупреждений: {{warnings}}, к сведению: {{infos}}); проверено файлов: {{files}}",
  "summary.too-many-warnings": "✖ предупреждений: {{warnings}}, больше, чем --max-warnings {{max}}",
  "severity.error": "ошибка",
  "severity.warn": "предупреждение",
  "severity.info": "к сведению",
  "build.refused": "✖ документы не сформированы: сначала исправьте ошибки выше",
  "build.done": "✔ записано файлов: {{count}} в {{out}}",
  "stats.overall":
    "Полнота описания: {{percent}} (заполнено {{filled}} из {{applicable}}: элементы спецификаций и документы должностей)",
  "stats.processes": "Процессы, описанные по всем элементам: {{complete}} из {{total}}",
  "stats.positions":
    "Должностей: {{total}}; должностные обязанности — {{jobDuties}}, компетенции — {{competencies}}, полный профиль — {{profiles}}",
  "stats.units": "Подразделения",
  "stats.unit-counts": "процессов, описанных полностью, — {{complete}} из {{processes}}, должностей — {{positions}}",
  "stats.missing": "не заполнено: {{list}}",
  "stats.column.processes-complete": "Процессы, описанные полностью",
  "stats.column.positions": "Должности",
  "stats.unreadable":
    "⚠ файлов, прочитанных не полностью: {{count}}; в цифрах учтено только прочитанное (запустите procspec validate)",
  "stats.below-minimum": "✖ полнота описания {{percent}} ниже порога --min-completeness {{min}}",
  "init.exists": "{{file}} уже есть в {{dir}}; ничего не записано (init никогда не перезаписывает файлы)",
  "init.done": "✔ проект создан в {{dir}}: файлов — {{count}}",
  "init.next": "дальше: procspec validate {{dir}}, затем procspec build {{dir}} --out {{out}}",
  "new.bad-kind": "неизвестный вид «{{kind}}»: нужен process, position или unit",
  "new.bad-id":
    "«{{id}}» не годится как идентификатор: строчные латинские буквы, цифры и одиночные дефисы, в начале буква",
  "new.try-id": "например, «{{id}}»",
  "new.id-taken": "идентификатор «{{id}}» уже занят в {{file}}:{{line}}; идентификаторы уникальны во всём проекте",
  "new.file-exists": "{{file}} уже существует; ничего не записано",
  "new.unit-only-position": "--unit указывается только для должности",
  "new.done": "✔ создан {{file}}; заполните элементы и запустите procspec validate",
  "rules.default": "по умолчанию",
  "rules.why": "Зачем",
  "rules.wrong": "Неправильно",
  "rules.right": "Правильно",
  "rules.configure": "Уровень меняется в procspec.yaml (error | warn | info | off):",
  "rules.unknown": "нет проверки «{{id}}»",
  "rules.count": "проверок: {{count}}; procspec rules <id> объясняет одну",
  "doctor.ok": "✔",
  "doctor.missing": "✖",
  "doctor.optional": "–",
  "doctor.node": "Node.js {{version}} (нужна версия 20 или новее)",
  "doctor.browser": "браузер для схем: {{path}} ({{version}})",
  "doctor.browser-missing": "браузер для схем не найден (проверено: {{places}})",
  "doctor.browser-broken": "браузер {{path}} не запускается: {{reason}}",
  "doctor.font": "шрифт с кириллицей: {{font}}",
  "doctor.font-missing": "не найден шрифт с кириллицей (fc-list :lang=ru)",
  "doctor.libreoffice": "LibreOffice (необязательно, для проверки PDF): {{version}}",
  "doctor.libreoffice-missing": "LibreOffice не найден (необязательно: нужен только для перевода DOCX в PDF)",
  "doctor.install": "установка: {{command}}",
  "doctor.summary-ok": "✔ всё нужное для проверки и сборки документов на месте",
  "doctor.summary-missing": "✖ не хватает того, что нужно procspec; см. выше",
  "build.no-browser":
    "⚠ схемы не построены ({{reason}}); в документах оставлен исходный текст Mermaid. Чтобы получить изображения: apt-get install chromium fonts-dejavu или укажите PROCSPEC_CHROMIUM либо diagrams.chromium в procspec.yaml",
  "build.diagram-failed": "⚠ не удалось построить схему {{name}}: {{reason}}",
};

export function cliText(lang: Lang, id: CliTextId, data?: Readonly<Record<string, string | number>>): string {
  return fill(lang === "ru" ? ru[id] : en[id], data);
}
