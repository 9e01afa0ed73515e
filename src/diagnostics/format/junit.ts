import type { Diagnostic } from "../diagnostic.js";

export interface JunitOptions {
  /** Every file checked (project-relative, as in the diagnostics): each is one testcase, clean ones too. */
  files: readonly string[];
  /** `--max-warnings`: when the warnings exceed it, files with warnings fail as well. */
  maxWarnings?: number;
}

/**
 * JUnit XML for CI dashboards (GitLab, Jenkins): one testsuite, one testcase per file checked — so a clean
 * project reports its files as passed tests, not `tests="0"`. A file fails when it has an error (or, past
 * `--max-warnings`, a warning), with every such diagnostic in its failure; its other diagnostics are shown in
 * `system-out`, so a dashboard lists warnings without counting them as failures.
 */
export function formatJunit(diagnostics: readonly Diagnostic[], options: JunitOptions = { files: [] }): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of options.files) byFile.set(file, []);
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const warnings = diagnostics.filter((d) => d.severity === "warn").length;
  const warningsFail = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const fails = (d: Diagnostic) => d.severity === "error" || (warningsFail && d.severity === "warn");
  const files = [...byFile.keys()].sort();
  const failed = files.filter((f) => (byFile.get(f) ?? []).some(fails)).length;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="procspec" tests="${files.length}" failures="${failed}" errors="0">`,
    `  <testsuite name="procspec" tests="${files.length}" failures="${failed}" errors="0" skipped="0">`,
  ];
  const line = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.code})`;
  for (const file of files) {
    const list = byFile.get(file) ?? [];
    const failing = list.filter(fails);
    const other = list.filter((d) => !fails(d));
    const first = failing[0];
    lines.push(
      `    <testcase classname="procspec" name="${xml(file)}" file="${xml(file)}"${first ? ` line="${first.line}"` : ""}>`,
    );
    if (first) {
      const type = failing.some((d) => d.severity === "error") ? "error" : "warn";
      const message = failing.length === 1 ? first.message : `${failing.length} problems; the first: ${first.message}`;
      lines.push(
        `      <failure type="${type}" message="${xml(message)}">${xml(failing.map(line).join("\n"))}</failure>`,
      );
    }
    if (other.length > 0) lines.push(`      <system-out>${xml(other.map(line).join("\n"))}</system-out>`);
    lines.push("    </testcase>");
  }
  lines.push("  </testsuite>", "</testsuites>");
  return `${lines.join("\n")}\n`;
}

/**
 * Escapes text for XML attributes and content. Characters XML 1.0 forbids outright (controls other than
 * tab, LF, CR) cannot even be escaped, so they are dropped rather than make the report unreadable.
 */
export function xml(text: string): string {
  return [...text]
    .filter((ch) => !forbiddenInXml(ch.codePointAt(0) ?? 0))
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;");
}

function forbiddenInXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}
