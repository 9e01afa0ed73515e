import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { countDiagnostics, type Diagnostic } from "../diagnostic.js";

export interface StylishOptions {
  lang: Lang;
  color: boolean;
  filesChecked: number;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** ESLint's "stylish": grouped by file, one `file:line:column  severity  message  code` line each, then a summary. */
export function formatStylish(diagnostics: readonly Diagnostic[], options: StylishOptions): string {
  const { lang, color } = options;
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push("");
      lines.push(paint(color, 4, d.file));
      currentFile = d.file;
    }
    const severity = cliText(lang, `severity.${d.severity}`);
    const sevColor = d.severity === "error" ? 31 : d.severity === "warn" ? 33 : 36;
    lines.push(
      `  ${d.file}:${d.line}:${d.column}  ${paint(color, sevColor, severity)}  ${d.message}  ${paint(color, 2, d.code)}`,
    );
    for (const r of d.related ?? []) lines.push(`      ${r.file}:${r.line}:${r.column}  ${r.message}`);
  }
  if (lines.length > 0) lines.push("");
  const counts = countDiagnostics(diagnostics);
  const files = options.filesChecked;
  lines.push(
    diagnostics.length === 0
      ? paint(color, 32, cliText(lang, "summary.clean", { files }))
      : paint(
          color,
          counts.errors > 0 ? 31 : 33,
          cliText(lang, "summary.problems", { total: diagnostics.length, ...counts, files }),
        ),
  );
  return `${lines.join("\n")}\n`;
}
