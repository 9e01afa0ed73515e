import type { Diagnostic, Severity } from "../diagnostic.js";

/**
 * GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request's diff
 * (`::error file=…,line=…,col=…,title=<code>::<message>`). Info has no level of its own there: it is a `notice`.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `title=${escapeProperty(d.code)}`,
      ].join(",");
      return `::${commandFor(d.severity)} ${properties}::${escapeData(d.message)}\n`;
    })
    .join("");
}

function commandFor(severity: Severity): string {
  return severity === "error" ? "error" : severity === "warn" ? "warning" : "notice";
}

/** The runner's own escaping (actions/toolkit `escapeData`): a `%`, CR or LF would end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Properties are also split at `,` and ended by `:`, so those are escaped too (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
