import type { Diagnostic } from "../diagnostic.js";

/**
 * A stable, documented array (README "JSON output"): one object per diagnostic with exactly the keys
 * code, severity, message, file, line, column, pointer, and optionally related and suggestion, in that order.
 */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    pointer: d.pointer,
    ...(d.related ? { related: d.related } : {}),
    ...(d.suggestion ? { suggestion: d.suggestion } : {}),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
