import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Command } from "commander";
import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { type Io, parseLang, UsageError } from "../io.js";
import { ciFiles } from "../scaffold/ci.js";
import { schemaFiles, vscodeSettings, withModeline } from "../scaffold/editor.js";
import { vscodeExtensions } from "../scaffold/extensions.js";
import { listFiles, packagePath, packageVersion, type ScaffoldFile } from "../scaffold/package-files.js";
import { starterSpecs } from "../scaffold/starter.js";

interface InitOptions {
  lang: Lang;
  example?: boolean;
}

/** The bundled example for each language: the guide's car-service network, or the smaller trading company. */
const EXAMPLE: Record<Lang, string> = { ru: "car-service-ru", en: "trading-en" };

/** Every file of a new project: the specs (starter or example, each with its schema modeline), schemas, editor and CI. */
export function initFiles(lang: Lang, example: boolean): ScaffoldFile[] {
  const specs = example ? exampleSpecs(lang) : starterSpecs(lang);
  return [
    ...specs.map((f) => (f.path.endsWith(".yaml") ? { path: f.path, content: withModeline(f.path, f.content) } : f)),
    ...schemaFiles(),
    vscodeSettings(),
    vscodeExtensions(),
    ...ciFiles(packageVersion(), lang),
  ];
}

function exampleSpecs(lang: Lang): ScaffoldFile[] {
  const root = packagePath("examples", EXAMPLE[lang]);
  return listFiles(root).map((path) => ({ path, content: readFileSync(join(root, path), "utf8") }));
}

export function initCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("init")
    .description("start a spec project: settings, a first unit, position and process, schemas for the editor, CI")
    .argument("[dir]", "folder to create the project in (created if missing)", ".")
    .option("--lang <lang>", "language of the project: ru or en", parseLang, "ru" as Lang)
    .option("--example", "copy the bundled example (car-service-ru, or trading-en with --lang en) instead")
    .addHelpText(
      "after",
      `
Examples:
  procspec init my-company                 a minimal Russian project that validates clean
  procspec init acme --lang en             the same in English
  procspec init demo --example             the car-service network from the guide

init never overwrites: if any file it would write exists, it stops before writing anything (exit 2).`,
    )
    .action((dir: string, options: InitOptions) => {
      const lang = options.lang;
      const files = initFiles(lang, Boolean(options.example));
      // Check every target first, so a refusal leaves the folder exactly as it was.
      const existing = files.find((f) => existsSync(join(dir, f.path)));
      if (existing) throw new UsageError(cliText(lang, "init.exists", { file: existing.path, dir }));
      for (const f of files) {
        const target = join(dir, f.path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, f.content, { flag: "wx" });
      }
      io.out(`${cliText(lang, "init.done", { dir, count: files.length })}\n`);
      io.out(`${cliText(lang, "init.next", { dir, out: join(dir, "out") })}\n`);
      setExit(0);
    });
}
