import type { Diagnostic } from "../diagnostic.js";

/**
 * JUnit XML for CI dashboards (GitLab, Jenkins): one testsuite per file, one testcase per diagnostic.
 * Errors and warnings are failures, so a dashboard shows them; info is a passing testcase that still names the note.
 * Files without problems are absent: the format cannot know which files were clean, only the diagnostics.
 */
export function formatJunit(diagnostics: readonly Diagnostic[]): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const failuresOf = (list: readonly Diagnostic[]) => list.filter((d) => d.severity !== "info").length;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="procspec" tests="${diagnostics.length}" failures="${failuresOf(diagnostics)}" errors="0">`,
  ];
  for (const [file, list] of byFile) {
    lines.push(
      `  <testsuite name="${xml(file)}" tests="${list.length}" failures="${failuresOf(list)}" errors="0" skipped="0">`,
    );
    for (const d of list) {
      const where = `${d.file}:${d.line}:${d.column}`;
      const open = `    <testcase classname="${xml(d.file)}" name="${xml(`${d.code} ${where}`)}" file="${xml(d.file)}" line="${d.line}"`;
      if (d.severity === "info") {
        lines.push(`${open}>`, `      <system-out>${xml(`${where} ${d.message}`)}</system-out>`, "    </testcase>");
        continue;
      }
      lines.push(
        `${open}>`,
        `      <failure type="${d.severity}" message="${xml(d.message)}">${xml(`${where} ${d.severity} ${d.message} (${d.code})`)}</failure>`,
        "    </testcase>",
      );
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
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
