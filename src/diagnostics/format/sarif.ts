import type { Diagnostic, RuleLevel, Severity } from "../diagnostic.js";

/** The part of a rule's meta SARIF shows; declared here so the diagnostics leaf imports nothing from validate/. */
export interface SarifRule {
  id: string;
  description: string;
  rationale: string;
  defaultSeverity: RuleLevel;
  examples: { wrong: string; right: string };
}

/** What SARIF says about the tool; passed in so this formatter stays a pure function of its inputs. */
export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  /** Every rule procspec knows, so code scanning can show a rule's help next to its results. */
  rules: readonly SarifRule[];
}

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Results of the YAML and schema layers have codes
 * (`yaml-syntax`, `schema`, …) that are no rule of `rules`; they carry `ruleId` alone, which SARIF allows.
 * Files are relative URIs against the `%SRCROOT%` base, i.e. the project folder.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], tool: SarifTool): string {
  const ruleIndex = new Map(tool.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: tool.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.rationale },
              help: { text: `${r.description}\n\nWrong:\n${r.examples.wrong}\n\nRight:\n${r.examples.right}` },
              defaultConfiguration:
                r.defaultSeverity === "off" ? { enabled: false } : { level: levelOf(r.defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: "./" } },
        results: diagnostics.map((d) => {
          const index = ruleIndex.get(d.code);
          return {
            ruleId: d.code,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: levelOf(d.severity),
            message: { text: d.message },
            locations: [location(d.file, d.line, d.column)],
            ...(d.related && d.related.length > 0
              ? {
                  relatedLocations: d.related.map((r, id) => ({
                    id,
                    ...location(r.file, r.line, r.column),
                    message: { text: r.message },
                  })),
                }
              : {}),
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function levelOf(severity: Severity): "error" | "warning" | "note" {
  return severity === "error" ? "error" : severity === "warn" ? "warning" : "note";
}

function location(file: string, line: number, column: number) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(file), uriBaseId: "%SRCROOT%" },
      region: { startLine: line, startColumn: column },
    },
  };
}
