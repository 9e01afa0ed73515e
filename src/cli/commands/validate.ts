import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { Command } from "commander";
import { countDiagnostics, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { formatGithub } from "../../diagnostics/format/github.js";
import { formatJson } from "../../diagnostics/format/json.js";
import { formatJunit } from "../../diagnostics/format/junit.js";
import { formatSarif } from "../../diagnostics/format/sarif.js";
import { formatStylish } from "../../diagnostics/format/stylish.js";
import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { CONFIG_FILE } from "../../load/config.js";
import { findProject } from "../../load/project.js";
import { allRules } from "../../validate/rules/index.js";
import { validateProject } from "../../validate/validate.js";
import { loadChecked } from "../checked-load.js";
import { findUp } from "../find-up.js";
import { choiceOption, type Io, parseCount, parseLang, UsageError } from "../io.js";

export interface ValidateOptions {
  format: string;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: number;
  lang?: Lang;
  cache?: boolean;
}

/** Formatters by name; adding a CI format is one entry here and one file in diagnostics/format. */
export function formatDiagnostics(
  format: string,
  diagnostics: readonly Diagnostic[],
  context: { lang: Lang; color: boolean; filesChecked: number; files?: readonly string[]; maxWarnings?: number },
): string {
  if (format === "json") return formatJson(diagnostics);
  if (format === "github") return formatGithub(diagnostics);
  if (format === "junit") {
    return formatJunit(diagnostics, {
      files: context.files ?? [],
      ...(context.maxWarnings !== undefined ? { maxWarnings: context.maxWarnings } : {}),
    });
  }
  if (format === "sarif") return formatSarif(diagnostics, sarifTool());
  return formatStylish(diagnostics, context);
}

/** SARIF names the tool and every rule it knows, so code scanning can show a rule's help next to a result. */
function sarifTool() {
  return {
    name: "procspec",
    // package.json sits three folders up from both src/cli/commands and dist/cli/commands.
    version: String(JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")).version),
    informationUri: "https://procspec.dev",
    rules: allRules.map((r) => r.meta),
  };
}

export const VALIDATE_FORMATS = ["stylish", "json", "github", "sarif", "junit"];

export function validateCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("validate")
    .description("check a spec project: YAML, schema and every rule of the method")
    .argument("[path]", "project folder, any folder inside one, or one spec file to check", ".")
    .addOption(choiceOption("--format <format>", "output format", VALIDATE_FORMATS, "stylish"))
    .option("--max-warnings <n>", "fail (exit 1) when there are more warnings than this", parseCount)
    .option("--lang <lang>", "language of messages: ru or en (default: lang in procspec.yaml)", parseLang)
    .option("--fix", "fix in place what can be fixed safely (cut phrases, misspelt keys), then check again")
    .option("--fix-dry-run", "show as a diff what --fix would change; write nothing")
    .option("--cache", "keep each file's parsed, schema-checked result and reuse it while the file is unchanged")
    .addHelpText(
      "after",
      `
Examples:
  procspec validate                         check the project in this folder
  procspec validate examples/car-service-ru
  procspec validate processes/order-intake.yaml   that file's problems (its whole project is checked)
  procspec validate --format json > diagnostics.json
  procspec validate --max-warnings 0        treat any warning as failure (CI)
  procspec validate --cache                 parse only the files changed since the last run
  procspec validate --fix                   join phrases a comma cut, correct misspelt keys, in place
  procspec validate --format github        annotations on a pull request (GitHub Actions)
  procspec validate --format sarif > procspec.sarif   for code scanning; junit for GitLab/Jenkins

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 procspec could not run.`,
    )
    .action(async (dir: string, options: ValidateOptions) => {
      const location = findProject(dir);
      const load = () =>
        loadChecked(location.root, {
          ...(options.lang ? { lang: options.lang } : {}),
          ...(options.cache ? { cache: true } : {}),
        });
      let project = await load();
      if (options.fix || options.fixDryRun) {
        // A diff on stdout would break JSON, SARIF or JUnit there; it goes with the change list to stderr then.
        const diffTo = options.format === "stylish" ? io.out : io.err;
        const dryRun = Boolean(options.fixDryRun) && !options.fix;
        const only = location.file;
        // The fixer edits YAML text through the `yaml` package's CST: loaded only when a fix is asked for.
        const { fixOnDisk } = await import("./fix-files.js");
        if (fixOnDisk(project, io, { dryRun, diffTo, ...(only !== undefined ? { only } : {}) })) project = await load();
      }
      const all = validateProject(project).diagnostics;
      const lang = project.config.lang;
      // A file path checks its whole project (references cross files) and shows what concerns that file.
      const only = location.file;
      if (only !== undefined && only !== CONFIG_FILE && !project.files.includes(only)) {
        throw new UsageError(cliText(lang, "validate.file-not-spec", { file: only, root: project.root }));
      }
      const diagnostics = only === undefined ? all : all.filter((d) => d.file === only);
      // CI annotations attach to files by their path from the repository root, which is not the project folder
      // when the spec lives in a subfolder (and CI may run in either); people reading stylish/json want project paths.
      const repoPath = CWD_RELATIVE_FORMATS.has(options.format) ? fromRepository(project.root) : (f: string) => f;
      const shown = diagnostics.map((d) => ({
        ...d,
        file: repoPath(d.file),
        ...(d.related ? { related: d.related.map((r) => ({ ...r, file: repoPath(r.file) })) } : {}),
      }));
      const files = (only !== undefined ? [only] : [CONFIG_FILE, ...project.files]).map(repoPath);
      io.out(
        formatDiagnostics(options.format, shown, {
          lang,
          color: io.isTTY,
          filesChecked: project.files.length,
          files,
          ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
        }),
      );
      setExit(exitCodeFor(diagnostics, options.maxWarnings, io, lang));
    });
}

const CWD_RELATIVE_FORMATS = new Set(["github", "sarif", "junit"]);

/** A project path as seen from the repository root (or from here, outside a repository). */
function fromRepository(root: string): (file: string) => string {
  const prefix = relative(findUp(root, ".git") ?? process.cwd(), root)
    .split(sep)
    .join("/");
  return prefix === "" ? (file) => file : (file) => `${prefix}/${file}`;
}

export function exitCodeFor(
  diagnostics: readonly Diagnostic[],
  maxWarnings: number | undefined,
  io: Io,
  lang: Lang,
): number {
  const counts = countDiagnostics(diagnostics);
  if (counts.errors > 0) return 1;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
    io.err(`${cliText(lang, "summary.too-many-warnings", { warnings: counts.warnings, max: maxWarnings })}\n`);
    return 1;
  }
  return 0;
}
