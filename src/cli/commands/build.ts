import { Command } from "commander";
import type { Lang } from "../../i18n/lang.js";
import { BUILD_FORMATS, type BuildFormat } from "../build-formats.js";
import { type Io, parseLang, UsageError } from "../io.js";

/** What build and watch both take: watch rebuilds what build builds, so the two must parse the same words. */
export interface OutputOptions {
  out?: string;
  format: string;
  lang?: Lang;
  templates?: string;
  trace?: boolean;
  notes?: boolean;
}

export interface BuildOptions extends OutputOptions {
  quiet?: boolean;
  docxBundle?: boolean;
  force?: boolean;
  clean?: boolean;
  people?: boolean;
  timings?: boolean;
  cache?: boolean;
}

export function parseFormats(value: string): Set<BuildFormat> {
  const formats = value
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => !(BUILD_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(
      `--format: unknown ${unknown.join(", ") || "(empty)"}; choose from ${BUILD_FORMATS.join(",")}`,
    );
  }
  return new Set(formats as BuildFormat[]);
}

export const DEFAULT_BUILD_FORMATS = "md,json,docx,svg,png";

/** Adds the project folder and the OutputOptions to a command, in the order its help lists them. */
export function addOutputOptions(command: Command): Command {
  return command
    .argument("[dir]", "project folder (holds procspec.yaml)", ".")
    .option("--out <dir>", "output folder (default: <dir>/out)")
    .option("--format <list>", `comma-separated: ${BUILD_FORMATS.join(",")}`, DEFAULT_BUILD_FORMATS)
    .option("--lang <lang>", "language of the documents: ru or en (default: lang in procspec.yaml)", parseLang)
    .option(
      "--templates <dir>",
      "folder of Handlebars templates replacing the bundled Markdown ones by name (profile.md.hbs…); DOCX follows documents.reference",
    )
    .option("--trace", "add the source file:line to every generated row")
    .option("--notes", "add notes on how each document was compiled (left out of documents to sign)");
}

export function buildCommand(io: Io, setExit: (code: number) => void): Command {
  return addOutputOptions(
    new Command("build").description("validate, then compile the documents of the method into an output folder"),
  )
    .option("--docx-bundle", "also one DOCX per position (duties, competencies, profile) and one book of regulations")
    .option("--no-people", "leave out the documents with people's names (development plans, summaries of assessments)")
    .option("--quiet", "print nothing but errors")
    .option("--cache", "keep each file's parsed, schema-checked result and reuse it while the file is unchanged")
    .option("--force", "write into an output folder that holds files procspec did not write")
    .option("--clean", "first remove every file earlier builds wrote into the output folder, then write all anew")
    .option(
      "--timings",
      "after the build, print on stderr how long each stage took (start-up, load, diagrams, each format)",
    )
    .addHelpText(
      "after",
      `
Examples:
  procspec build                                   documents of ./ into ./out
  procspec build examples/car-service-ru --out out
  procspec build --format md,json --lang en        Markdown and model.json only, in English
  procspec build --format html                     a static site with search: out/site/index.html
  procspec build --templates my-templates --trace
  procspec build --clean                           out/ holds exactly this build's documents
  procspec build --no-people                       without development plans and assessment summaries

The build refuses to run when validate finds errors (exit 1). Diagrams need Chromium
(apt-get install chromium fonts-dejavu, or PROCSPEC_CHROMIUM=/path); without it the build
still succeeds and keeps the Mermaid source. Output is written atomically; files an earlier
build wrote and this one did not are removed, other files are left alone. A folder that holds
files procspec did not write is refused (it could replace them) unless --force is given.

--templates changes the Markdown documents only: a file there named like a bundled template
(profile.md.hbs, job-duties.md.hbs…, or under ru/ or en/) replaces it; an unknown name is an
error. DOCX documents keep their own layout and take their styles from documents.reference.

The output folder holds documents and pictures only: rendered diagrams and the list of written
files are kept in node_modules/.cache/procspec, or .procspec/cache in a project without node_modules.
Documents with people's names (personal data) are written only under <out>/people/;
--no-people leaves them out.`,
    )
    .action(async (dir: string, options: BuildOptions) => {
      // Loaded on use: DOCX, diagrams and templates cost start-up time that validate and the others never need.
      const { runBuild } = await import("../build-pipeline.js");
      const result = await runBuild(
        {
          dir,
          formats: parseFormats(options.format),
          ...(options.out ? { out: options.out } : {}),
          ...(options.lang ? { lang: options.lang } : {}),
          ...(options.templates ? { templates: options.templates } : {}),
          trace: options.trace ?? false,
          notes: options.notes ?? false,
          quiet: options.quiet ?? false,
          docxBundle: options.docxBundle ?? false,
          force: options.force ?? false,
          clean: options.clean ?? false,
          people: options.people ?? true,
          timings: options.timings ?? false,
          cache: options.cache ?? false,
        },
        io,
      );
      setExit(result.exitCode);
    });
}
