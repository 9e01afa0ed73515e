import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { message } from "../i18n/messages.js";
import { suggest } from "../i18n/suggest.js";
import { CONFIG_FILE } from "../load/config.js";
import { joinPointer, locate } from "../load/locate.js";
import type { Project } from "../load/project.js";
import type { Kind, SourceDoc } from "../load/source.js";
import { type Compiled, compileModel } from "../model/compile.js";
import { checkDocument } from "./file-check.js";
import type { Report, Rule, Unreadable } from "./rule.js";
import { allRules } from "./rules/index.js";
import { schemaDiagnostics } from "./schema-messages.js";
import { schemaValidators } from "./schemas.js";

export interface Validation {
  compiled: Compiled;
  /** Sorted by file and position; rules switched `off` are absent. */
  diagnostics: Diagnostic[];
}

/** The three layers of docs/rules.md: YAML (already in `project.diagnostics`), schema, rules over the model. */
export function validateProject(project: Project, rules: readonly Rule[] = allRules): Validation {
  const lang = project.config.lang;
  // `file#doc/pointer` of values the schema already reported: a misspelt key's intended key, a wrong type.
  const answered = new Set<string>();
  const diagnostics: Diagnostic[] = [...project.diagnostics, ...checkSchemas(project, rules, answered)];
  const compiled = compileModel(project);
  diagnostics.push(...unknownApprover(project, compiled));
  const docs = new Map<string, SourceDoc>(project.docs.map((d) => [`${d.file}#${d.index}`, d]));
  const unreadable = unreadableOf(project);
  for (const rule of rules) {
    const severity = severityOf(rule, project);
    if (severity === undefined) continue;
    const report = (r: Report) => {
      if (answered.has(`${r.at.file}#${r.at.doc}${r.at.pointer}${r.path ?? ""}`)) return;
      diagnostics.push(toDiagnostic(rule, severity, r, docs, project));
    };
    rule.check({ ...compiled, lang, report, unreadable, sources: project.docs });
  }
  diagnostics.sort(compareDiagnostics);
  return { compiled, diagnostics };
}

function unreadableOf(project: Project): Unreadable {
  const ids = new Map<string, Kind | null>();
  const mentions = new Set<string>();
  for (const doc of project.unreadable ?? []) {
    if (doc.id !== undefined && !ids.has(doc.id)) ids.set(doc.id, doc.kind);
    for (const word of doc.mentions) mentions.add(word);
  }
  return { ids, mentions: (id) => mentions.has(id) };
}

function severityOf(rule: Rule, project: Project): Severity | undefined {
  const level = project.config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
  return level === "off" ? undefined : level;
}

function toDiagnostic(
  rule: Rule,
  severity: Severity,
  r: Report,
  docs: Map<string, SourceDoc>,
  project: Project,
): Diagnostic {
  const pointer = r.at.pointer + (r.path ?? "");
  const doc = docs.get(`${r.at.file}#${r.at.doc}`);
  const pos = doc ? locate(doc, pointer, r.key ? "key" : "value") : { line: r.at.line, column: 1 };
  const text = message(project.config.lang, r.message, r.data);
  const d: Diagnostic = {
    code: rule.meta.id,
    severity,
    message: r.suggestion ? `${text} — ${r.suggestion}` : text,
    file: r.at.file,
    line: pos.line,
    column: pos.column,
    pointer,
  };
  if (r.suggestion) d.suggestion = r.suggestion;
  if (r.fix) d.fix = r.fix;
  if (r.related) {
    d.related = r.related.map((x) => {
      const relatedDoc = docs.get(`${x.at.file}#${x.at.doc}`);
      const p = relatedDoc ? locate(relatedDoc, x.at.pointer) : { line: x.at.line, column: 1 };
      return { file: x.at.file, line: p.line, column: p.column, message: x.message };
    });
  }
  return d;
}

/**
 * Schema diagnostics of every document; `answered` collects `file#doc/pointer` of the keys a misspelt key was
 * meant to be and of values of the wrong type, where a rule would only repeat the schema's diagnostic.
 */
function checkSchemas(project: Project, rules: readonly Rule[], answered: Set<string>): Diagnostic[] {
  const lang = project.config.lang;
  const validators = schemaValidators();
  const out: Diagnostic[] = [];
  const configDoc = project.configDoc;
  if (configDoc) {
    if (!validators.Config(configDoc.data))
      out.push(...schemaDiagnostics(configDoc, validators.Config.errors ?? [], lang));
    out.push(...unknownRuleIds(configDoc, rules, project));
  }
  for (const doc of project.docs) {
    if (doc.kind === null) continue;
    const checked = doc.schema ?? checkDocument(doc, lang);
    out.push(...checked.diagnostics);
    for (const pointer of checked.answered) answered.add(`${doc.file}#${doc.index}${pointer}`);
  }
  if (project.files.length === 0) {
    // Nor has it an Organization; `one-organization` would repeat at procspec.yaml what this says better.
    answered.add(`${CONFIG_FILE}#0`);
    const text = message(lang, "no-spec-files", { patterns: project.config.include.join(", ") });
    const pos = configDoc ? locate(configDoc, "/include") : { line: 1, column: 1 };
    out.push({
      code: "no-spec-files",
      severity: "error",
      message: text,
      file: CONFIG_FILE,
      ...pos,
      pointer: "/include",
    });
  }
  return out;
}

/** The «УТВЕРЖДАЮ» block names the approver's position by id: a typo would print the id on every document. */
function unknownApprover(project: Project, compiled: Compiled): Diagnostic[] {
  const id = project.config.documents.approver?.position;
  const configDoc = project.configDoc;
  if (id === undefined || !configDoc || compiled.index.positions.has(id)) return [];
  const pointer = "/documents/approver/position";
  const lang = project.config.lang;
  const suggestion = suggest(id, [...compiled.index.positions.keys()], lang);
  const text = message(lang, "config.unknown-approver", { id });
  const d: Diagnostic = {
    code: "config",
    severity: "error",
    message: suggestion ? `${text} — ${suggestion}` : text,
    file: CONFIG_FILE,
    ...locate(configDoc, pointer),
    pointer,
  };
  if (suggestion) d.suggestion = suggestion;
  return [d];
}

/** A misspelt rule id in `rules` would silently configure nothing; say so at the key. */
function unknownRuleIds(configDoc: SourceDoc, rules: readonly Rule[], project: Project): Diagnostic[] {
  const configured = configDoc.data.rules;
  if (typeof configured !== "object" || configured === null || Array.isArray(configured)) return [];
  const ids = rules.map((r) => r.meta.id);
  return Object.keys(configured)
    .filter((id) => !ids.includes(id))
    .map((id) => {
      const pointer = joinPointer("/rules", id);
      const pos = locate(configDoc, pointer, "key");
      const suggestion = suggest(id, ids, project.config.lang);
      const text = message(project.config.lang, "config.unknown-rule", { rule: id });
      const d: Diagnostic = {
        code: "config",
        severity: "error",
        message: suggestion ? `${text} — ${suggestion}` : text,
        file: CONFIG_FILE,
        ...pos,
        pointer,
      };
      if (suggestion) d.suggestion = suggestion;
      return d;
    });
}
