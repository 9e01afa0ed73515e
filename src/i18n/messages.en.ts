import { kpiMessagesEn } from "./messages.kpi.js";
import { profileMessagesEn } from "./messages.profile.js";
import { stepMessagesEn } from "./messages-steps.js";

/** Diagnostic messages (English). Keys are message ids; `{{x}}` are placeholders. Rule messages are keyed by rule id. */
export const messagesEn = {
  // Layer 1: reading files and YAML
  "file-not-utf8": "the file is not valid UTF-8 (byte 0x{{byte}} at this place){{hint}}; re-save it as UTF-8",
  "file-not-utf8.cp1251-hint": ", it looks like Windows-1251 (Cyrillic) text",
  "file-utf16":
    "the file is saved as {{encoding}} (Notepad calls it «Unicode»); procspec reads only UTF-8: re-save it as UTF-8",
  "file-too-large": "the file is {{size}} MB, more than the {{limit}} MB procspec reads; split it into several files",
  "file-not-included":
    "{{path}} looks like YAML but `include` in procspec.yaml leaves it out, so it is not checked; add a pattern for it, or rename it if it is not a spec",
  "file-unreadable": "the file cannot be read: {{reason}}",
  "yaml-syntax": "YAML syntax error: {{detail}}",
  "yaml-tab": "a tab character is used for indentation; YAML allows only spaces",
  "yaml-duplicate-key": "the key `{{key}}` appears twice in the same mapping; the second one is here",
  "yaml-alias":
    "YAML aliases here expand to too much data (more than {{limit}} references); write the values out instead",
  "yaml-alias.unresolved": "the alias `*{{name}}` refers to no anchor `&{{name}}` defined above it",
  "yaml-syntax.unclosed-quote":
    "the quote {{quote}} opened on line {{line}} is never closed; add the closing {{quote}}",
  "yaml-syntax.unclosed-bracket": "the list opened with `[` on line {{line}} is never closed; close it with `]`",
  "yaml-syntax.unclosed-brace": "the mapping opened with `{` on line {{line}} is never closed; close it with `}`",
  "cut-phrase":
    "«{{item}}» starts with a lower-case letter after «{{previous}}»: if it continues that item, the comma cut the phrase in two — put the whole phrase in quotes or write the list as a block (one `- ` item per line); if it is an item of its own, start it with a capital letter",
  "fix.join-item": "join into one item «{{joined}}»",
  "fix.rename-key": "rename `{{from}}` to `{{to}}`",
  "yaml-syntax.noticed": "the YAML parser noticed it here",
  "yaml-syntax.multiline-key":
    "this line continues the line above as a key (the text before `:`); check the indentation, or put text that contains `: ` in quotes",
  "yaml-syntax.colon-in-value": "a value that contains `: ` must be put in quotes (or this line is indented wrongly)",
  "yaml-syntax.missing-colon": "this line is not a `key: value` pair; add the `:` after the key, or remove the line",
  "yaml-syntax.misaligned":
    "the items of one list, and the keys of one mapping, must start at the same column; align this line with spaces",
  "yaml-syntax.reserved-start": "a value cannot start with `{{char}}`; put the value in quotes",
  "yaml-syntax.bad-escape":
    "`{{escape}}` is not allowed inside double quotes; use single quotes for text with backslashes",
  "yaml-syntax.unexpected":
    "unexpected `{{char}}` here; remove it, or put the value in quotes if it is part of the text",
  "yaml-syntax.too-deep": "the data here is nested too deeply to read",
  "found.list": "a list",
  "config.not-a-mapping": "procspec.yaml must be a mapping of settings such as `lang: en`; found {{found}}",
  "config.include-outside":
    "the pattern `{{pattern}}` reaches outside the project folder; procspec reads only files inside it",
  "not-a-mapping": "a spec document must be a mapping that starts with `kind:`; found {{found}}",
  "missing-kind": "the document has no `kind`; add `kind:` with one of {{kinds}}",
  "unknown-kind": "unknown kind `{{kind}}`; expected one of {{kinds}}",
  "no-spec-files": "no spec files match `include` ({{patterns}}); add YAML files or fix the patterns",
  "multiple-organizations": "a project has exactly one Organization; another one is defined in {{other}}",
  "one-organization.missing":
    "the project has no Organization; add a document with `kind: Organization` (its name and values go into every position profile)",
  "one-organization.first": "the first Organization, «{{name}}», is defined here",
  // Layer 2: schema
  "schema.unknown-key": "unknown key `{{key}}`",
  "schema.required": "`{{key}}` is required here",
  "schema.enum": "`{{key}}` must be one of {{values}}",
  "schema.const": "`{{key}}` must be `{{value}}`",
  "schema.type": "`{{key}}` must be {{type}}",
  "schema.type.string": "a text",
  "schema.type.integer": "a whole number",
  "schema.type.number": "a number",
  "schema.type.boolean": "true or false",
  "schema.type.array": "a list",
  "schema.type.object": "a mapping (key: value pairs)",
  "schema.id-pattern":
    "`{{value}}` is not a valid id: use lowercase Latin letters, digits and single hyphens, starting with a letter",
  "schema.pattern": "`{{value}}` does not have the expected form for `{{key}}`",
  "schema.min-length": "`{{key}}` must not be empty",
  "schema.max-length": "`{{key}}` is too long (at most {{limit}} characters)",
  "schema.minimum": "`{{key}}` must be at least {{limit}}",
  "schema.maximum": "`{{key}}` must be at most {{limit}}",
  "schema.party": "`{{key}}` must name exactly one of position, unit, process, external or company",
  "schema.executor": "an executor is exactly one of `position` (an id) or `role` (a provisional name)",
  "schema.min-properties": "`{{key}}` must not be empty",
  "schema.other": "`{{key}}`: {{detail}}",
  "did-you-mean": "did you mean `{{candidate}}`?",
  "config.unknown-rule": "unknown rule `{{rule}}` in `rules`",
  "config.unknown-approver": "`documents.approver.position` must be a position id: no position `{{id}}`",
  // Layer 3: rules (keyed by rule id, with variants after a dot)
  "unique-id": "the id `{{id}}` is already used by {{otherKind}} «{{otherName}}» in {{other}}",
  "unknown-reference": "`{{field}}` names `{{id}}`, which is not the id of {{expected}}",
  "wrong-kind-reference": "`{{field}}` must name {{expected}}; `{{id}}` is {{actual}}",
  cycle: "{{what}} form a cycle: {{path}}",
  "cycle.process": "processes (parent)",
  "cycle.unit": "units (parent)",
  "cycle.position": "positions (reportsTo)",
  "process-without-client": "process «{{name}}» has no clients; no process without a client",
  "client-without-goal":
    "client «{{client}}» of process «{{name}}» has no goals: say what the process changes for them",
  "process-without-result": "process «{{name}}» has no results: say what it produces",
  "process-without-resource": "process «{{name}}» has no resources: say what it consumes or uses, and who supplies it",
  "process-without-description":
    "process «{{name}}» has no description: say in 2–4 sentences which actions it consists of",
  "process-without-indicator": "process «{{name}}» has no indicators: say how its goals are measured",
  "indicator-without-measure": "indicator «{{indicator}}» does not say how it is measured (`measure`)",
  "process-without-executor": "process «{{name}}» has no executors",
  "process-without-owner": "process «{{name}}» has no owner: name the position that answers for its goals",
  "description-length": "the description of «{{name}}» has {{count}} sentences; write 2–4 sentences on what is done",
  "goal-equals-result":
    "goal «{{goal}}» is the same as a result; a goal says what the process changes for the client, a result what it produces",
  "resource-without-supplier": "resource «{{resource}}» has no supplier: say who provides it (`from`)",
  "position-without-process": "position «{{name}}» neither executes nor owns any process",
  "unit-without-head": "unit «{{name}}» has no head",
  "unit-without-function": "unit «{{name}}» lists no functions",
  "ownerless-function":
    "unit «{{name}}» lists functions, but none of its positions executes or owns a process: these functions are carried by no process",
  "duplicate-function": "function «{{function}}» is also listed by unit «{{other}}»; a function belongs to one unit",
  "duplicate-function.first": "unit «{{name}}» lists this function first",
  "provisional-role": "«{{role}}» is a provisional role; replace it with a position once the structure is settled",
  "executor-without-competencies":
    "executor «{{executor}}» of «{{name}}» has no competencies (knowledge, skills, qualities)",
  "executor-without-competencies.unnamed":
    "executor `{{executor}}` of «{{name}}» has no competencies (knowledge, skills, qualities)",
  "duplicate-executor":
    "«{{executor}}» is already an executor of «{{name}}» ({{first}}); list each position once and merge the functions and competencies into that entry",
  "duplicate-executor.first": "the first entry, {{entry}}, is here",
  "supplier-not-linked":
    "process «{{supplier}}» supplies «{{resource}}» to «{{name}}», but none of its results goes to «{{name}}» (`results[].to`)",
  "single-child": "process «{{name}}» has a single sub-process «{{child}}»; merge them or split the work further",
  // Kinds as they appear inside messages
  "kind.position": "a position",
  "kind.unit": "a unit",
  "kind.process": "a process",
  "kind.organization": "the organization",
  ...kpiMessagesEn,
  ...stepMessagesEn,
  ...profileMessagesEn,
} as const;

export type MessageId = keyof typeof messagesEn;
