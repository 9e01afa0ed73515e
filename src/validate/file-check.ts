import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import type { ParsedFile } from "../load/parse.js";
import { PositionedDoc, SpecText } from "../load/positioned-doc.js";
import type { Kind, SchemaCheck, SourceDoc } from "../load/source.js";
import { intendedKeys, schemaDiagnostics, wrongTypePointers } from "./schema-messages.js";
import { schemaValidators } from "./schemas.js";

/** The schema check of one document (its kind's schema); empty for a document without a known kind. */
export function checkDocument(doc: SourceDoc, lang: Lang): SchemaCheck {
  if (doc.kind === null) return { diagnostics: [], answered: [] };
  const validate = schemaValidators()[doc.kind];
  if (validate(doc.data)) return { diagnostics: [], answered: [] };
  const errors = validate.errors ?? [];
  return {
    diagnostics: schemaDiagnostics(doc, errors, lang),
    answered: [...intendedKeys(errors), ...wrongTypePointers(errors)],
  };
}

/**
 * One file parsed and schema-checked, as plain data: what a worker thread sends back and what `--cache` keeps.
 * Only files the fast path read whole have one; a file `yaml` had to read (a YAML problem, anchors) is parsed
 * again each time, with its Document. Positions are not kept: the few that are asked for are read again from the
 * text, which is smaller than a table of every node's position.
 */
export interface CheckedFile {
  docs: Array<{
    index: number;
    kind: Kind | null;
    data: Record<string, unknown>;
    schema: SchemaCheck;
  }>;
  /** Parse diagnostics (an unknown or missing kind). */
  diagnostics: Diagnostic[];
}

/** The plain record of a parsed file, schema-checking each document; undefined when it cannot be one. */
export function checkedFile(parsed: ParsedFile, lang: Lang): CheckedFile | undefined {
  if (parsed.unreadable.length > 0) return undefined;
  const docs: CheckedFile["docs"] = [];
  for (const doc of parsed.docs) {
    if (!(doc instanceof PositionedDoc)) return undefined;
    doc.schema ??= checkDocument(doc, lang);
    docs.push({ index: doc.index, kind: doc.kind, data: doc.data, schema: doc.schema });
  }
  return { docs, diagnostics: parsed.diagnostics };
}

/**
 * A checked file back as documents of the project; `text` is the file's text (or a `SpecText` that reads it when
 * asked), for positions and editors.
 */
export function restoreFile(file: string, text: string | SpecText, checked: CheckedFile): ParsedFile {
  const source = typeof text === "string" ? new SpecText(text) : text;
  const docs = checked.docs.map((d) => {
    const doc = new PositionedDoc(file, d.index, d.kind, d.data, source);
    doc.schema = d.schema;
    return doc;
  });
  return { docs, diagnostics: checked.diagnostics, unreadable: [] };
}
