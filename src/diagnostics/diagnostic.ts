/** One problem found in a spec project, positioned at the YAML node that causes it. */
export type Severity = "error" | "warn" | "info";

/** A rule's configured level: a severity, or `off` to silence it. */
export type RuleLevel = Severity | "off";

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * A change that fixes a diagnostic safely, applied by `validate --fix` and the language server's code actions.
 * Offsets are in the file's text (as decoded, without a BOM), so a fix is only valid for the text it came from.
 */
export type Fix =
  /** Rename the mapping key whose scalar starts at `offset` from `from` to `to`, keeping its quoting. */
  | { kind: "rename-key"; offset: number; from: string; to: string }
  /** Join the flow-list item starting at `offset` to the item before it, as one quoted item `joined`. */
  | { kind: "join-item"; offset: number; joined: string };

export interface Diagnostic {
  /** Rule id (`process-without-client`) or layer code (`yaml-syntax`, `schema`, …). */
  code: string;
  severity: Severity;
  message: string;
  /** Path relative to the project folder, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** JSON pointer of the offending node inside its YAML document. */
  pointer: string;
  related?: RelatedLocation[];
  suggestion?: string;
  fix?: Fix;
}

const severityOrder: Record<Severity, number> = { error: 0, warn: 1, info: 2 };

/** Stable order for output: by file, then position, then code — never by discovery order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  if (a.severity !== b.severity) return severityOrder[a.severity] - severityOrder[b.severity];
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const counts: DiagnosticCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === "error") counts.errors++;
    else if (d.severity === "warn") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
