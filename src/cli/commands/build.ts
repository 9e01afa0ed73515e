import { resolve } from "node:path";
import { Command } from "commander";
import type { EmittedFile } from "../../emit/files.js";
import { emitModelJson } from "../../emit/json/model-json.js";
import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { loadProject } from "../../load/project.js";
import { validateProject } from "../../validate/validate.js";
import { type Io, parseLang, UsageError } from "../io.js";
import { checkOutputFolder, writeOutput } from "../output.js";
import { formatDiagnostics } from "./validate.js";

export const BUILD_FORMATS = ["md", "json", "docx", "svg", "png"] as const;
export type BuildFormat = (typeof BUILD_FORMATS)[number];

export interface BuildOptions {
  out?: string;
  format: string;
  lang?: Lang;
  templates?: string;
  trace?: boolean;
  quiet?: boolean;
}

function parseFormats(value: string): BuildFormat[] {
  const formats = value
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  const unknown = formats.filter((f) => !(BUILD_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(
      `--format: unknown ${unknown.join(", ") || "(empty)"}; choose from ${BUILD_FORMATS.join(",")}`,
    );
  }
  return formats as BuildFormat[];
}

export function buildCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("build")
    .description("validate, then compile the documents of the method into an output folder")
    .argument("[dir]", "project folder (holds procspec.yaml)", ".")
    .option("--out <dir>", "output folder (default: <dir>/out)")
    .option("--format <list>", `comma-separated: ${BUILD_FORMATS.join(",")}`, "md,json")
    .option("--lang <lang>", "language of the documents: ru or en (default: lang in procspec.yaml)", parseLang)
    .option("--templates <dir>", "folder of Handlebars templates overriding the bundled ones by name")
    .option("--trace", "add the source file:line to every generated row")
    .option("--quiet", "print nothing but errors")
    .addHelpText(
      "after",
      `
Examples:
  procspec build                                   documents of ./ into ./out
  procspec build examples/car-service-ru --out out
  procspec build --format md,docx,png --lang en
  procspec build --templates my-templates --trace

The build refuses to run when validate finds errors (exit 1). Output is written atomically;
files an earlier build wrote and this one did not are removed, other files are left alone.`,
    )
    .action(async (dir: string, options: BuildOptions) => {
      const formats = new Set(parseFormats(options.format));
      const project = loadProject(dir, options.lang ? { lang: options.lang } : {});
      const lang = project.config.lang;
      const { compiled, diagnostics } = validateProject(project);
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0) {
        io.err(
          formatDiagnostics("stylish", diagnostics, { lang, color: io.isTTY, filesChecked: project.files.length }),
        );
        io.err(`${cliText(lang, "build.refused")}\n`);
        setExit(1);
        return;
      }
      const out = resolve(options.out ?? resolve(dir, "out"));
      checkOutputFolder(out, project.root, project.files);
      const files: EmittedFile[] = [];
      if (formats.has("json")) files.push(emitModelJson(compiled.model));
      const summary = writeOutput(out, files);
      if (!options.quiet)
        io.err(`${cliText(lang, "build.done", { count: summary.written + summary.unchanged, out })}\n`);
    });
}
