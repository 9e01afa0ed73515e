import { resolve } from "node:path";
import { Command } from "commander";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ReferenceDocx } from "../../emit/docx/index.js";
import type { Lang } from "../../i18n/lang.js";
import { ratingsWords } from "../../i18n/words/ratings.js";
import { loadProject, type Project } from "../../load/project.js";
import { isRatingsFile } from "../../load/ratings.js";
import { validateProject } from "../../validate/validate.js";
import { manifestPath } from "../cache-dir.js";
import { type Io, parseLang, UsageError } from "../io.js";
import { checkOutputFolder, writeOutput } from "../output.js";
import { readSourceHistory } from "../source-history.js";
import { formatDiagnostics } from "./validate.js";

interface RatingsOptions {
  month?: string;
  format?: string;
  out?: string;
  lang?: Lang;
}

const REPORT_FORMATS = ["md", "docx", "xlsx", "html"] as const;
const FORM_FORMATS = ["csv", "md", "docx"] as const;

function parseList(value: string, allowed: readonly string[]): Set<string> {
  const list = value
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((f) => !allowed.includes(f));
  if (unknown.length > 0 || list.length === 0)
    throw new UsageError(`--format: unknown ${unknown.join(", ") || "(empty)"}; choose from ${allowed.join(",")}`);
  return new Set(list);
}

/**
 * Checks the project; prints what concerns the ratings (every finding in a CSV under ratings/) and the spec's errors.
 * Returns whether there is an error in the spec itself, which stops the command as it stops `build`.
 */
function check(
  project: Project,
  io: Io,
): { specErrors: boolean; ratingErrors: boolean; validation: ReturnType<typeof validateProject> } {
  const validation = validateProject(project);
  const shown: Diagnostic[] = validation.diagnostics.filter((d) => isRatingsFile(d.file) || d.severity === "error");
  if (shown.length > 0) {
    io.err(
      formatDiagnostics("stylish", shown, {
        lang: project.config.lang,
        color: io.errIsTTY ?? false,
        filesChecked: project.files.length,
      }),
    );
  }
  const errors = shown.filter((d) => d.severity === "error");
  return {
    specErrors: errors.some((d) => !isRatingsFile(d.file)),
    ratingErrors: errors.some((d) => isRatingsFile(d.file)),
    validation,
  };
}

function historyOf(project: Project) {
  if (project.config.documents.changeLog !== "git") return undefined;
  const outcome = readSourceHistory(project.root);
  return "history" in outcome ? outcome.history : undefined;
}

/** Refuses what `build` refuses (the project itself, a spec file inside); the folder may hold build's documents. */
function outFolder(project: Project, out: string | undefined): string {
  const folder = resolve(out ?? resolve(project.root, "out"));
  checkOutputFolder(folder, project.root, project.files, { manifest: "", force: true });
  return folder;
}

async function writeReport(dir: string, options: RatingsOptions, io: Io, setExit: (code: number) => void) {
  const formats = parseList(options.format ?? "md,docx", REPORT_FORMATS);
  if (formats.has("html"))
    throw new UsageError(
      "--format html: the site holds the ratings report of the newest month — run procspec build --format html; here use md, docx or xlsx",
    );
  if (options.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month))
    throw new UsageError(`--month ${options.month}: write the month as YYYY-MM, e.g. 2026-11`);
  const project = loadProject(dir, options.lang ? { lang: options.lang } : {});
  const lang = project.config.lang;
  const { specErrors, ratingErrors, validation } = check(project, io);
  if (specErrors) {
    setExit(1);
    return;
  }
  const out = outFolder(project, options.out);
  const reference = formats.has("docx") ? await referenceOf(project) : undefined;
  const { emitRatingsReport } = await import("../../emit/ratings.js");
  const history = historyOf(project);
  const result = await emitRatingsReport(validation.compiled.model, validation.compiled.index, {
    lang,
    formats,
    ...(options.month ? { month: options.month } : {}),
    ...(history ? { history } : {}),
    ...(reference ? { reference } : {}),
  });
  const w = ratingsWords(lang);
  if (!result) {
    io.err(`${w.noRatings(options.month ? w.month(options.month) : undefined)}\n`);
    setExit(1);
    return;
  }
  // A manifest per month: writing one month never removes another's report, nor anything build wrote.
  const summary = writeOutput(out, result.files, {
    manifest: `${manifestPath(project.root, out)}.ratings-${result.month}`,
  });
  io.err(`✔ ${w.titles.report(w.month(result.month))}: ${out} (${w.files(summary.written + summary.unchanged)})\n`);
  if (ratingErrors) setExit(1);
}

async function writeForms(dir: string, options: RatingsOptions, io: Io, setExit: (code: number) => void) {
  const formats = parseList(options.format ?? "csv,docx", FORM_FORMATS);
  if (options.month !== undefined) throw new UsageError("--month: the forms are not for a month; leave it out");
  const project = loadProject(dir, options.lang ? { lang: options.lang } : {});
  const { specErrors, validation } = check(project, io);
  if (specErrors) {
    setExit(1);
    return;
  }
  const out = outFolder(project, options.out);
  const reference = formats.has("docx") ? await referenceOf(project) : undefined;
  const { emitRatingsForms } = await import("../../emit/ratings.js");
  const history = historyOf(project);
  const files = (
    await emitRatingsForms(validation.compiled.model, validation.compiled.index, {
      lang: project.config.lang,
      formats,
      ...(history ? { history } : {}),
      ...(reference ? { reference } : {}),
    })
  ).filter((f) => formats.has("csv") || !f.path.endsWith(".csv"));
  const summary = writeOutput(out, files, { manifest: `${manifestPath(project.root, out)}.ratings-forms` });
  const w = ratingsWords(project.config.lang);
  io.err(`✔ ${w.formsDone}: ${out} (${w.files(summary.written + summary.unchanged)})\n`);
}

/** Loaded on use, like the report itself: the DOCX code would otherwise load with every command, validate too. */
async function referenceOf(project: Project): Promise<ReferenceDocx | undefined> {
  const { readReference } = await import("../reference-doc.js");
  const read = readReference(project);
  if (read.problem) throw new UsageError(read.problem.message);
  return read.reference;
}

export function ratingsCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("ratings")
    .description(
      "ratings between units (CSV files under ratings/): the month's report with charts, the heat table and the bonus list; `ratings form`: the forms to fill in",
    )
    .usage("[form] [dir] [options]")
    .argument("[dir]", "project folder (holds procspec.yaml); `form [dir]` writes the forms instead", ".")
    .argument("[formDir]")
    .option("--month <YYYY-MM>", "the report's month (default: the newest month in the ratings)")
    .option(
      "--format <list>",
      `report: ${REPORT_FORMATS.join(",")} (default md,docx); form: ${FORM_FORMATS.join(",")} (default csv,docx)`,
    )
    .option("--out <dir>", "output folder (default: <dir>/out): ratings/<month>.* and ratings/forms/")
    .option("--lang <lang>", "language: ru or en (default: lang in procspec.yaml)", parseLang)
    .addHelpText(
      "after",
      `
Examples:
  procspec ratings examples/car-service-ru                    the newest month, Markdown and DOCX
  procspec ratings --month 2026-10 --format md,docx,xlsx      October, also as a spreadsheet
  procspec ratings form examples/car-service-ru               per unit: whom it may rate (CSV template and DOCX)

Rows with mistakes are reported with their CSV file and line (exit 1) and count for nothing.
With ratings.anonymous in procspec.yaml no rater is named; see docs/ratings.md.
A project folder that is itself named "form" is given as ./form.`,
    )
    .action(async (dir: string, formDir: string | undefined, options: RatingsOptions) => {
      if (dir === "form") await writeForms(formDir ?? ".", options, io, setExit);
      else if (formDir !== undefined) throw new UsageError(`unexpected argument ${formDir}`);
      else await writeReport(dir, options, io, setExit);
    });
}
