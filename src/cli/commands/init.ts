import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { Command } from "commander";
import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { CONFIG_FILE } from "../../load/config.js";
import { existingAncestor, findUp } from "../find-up.js";
import { type Io, parseLang, UsageError } from "../io.js";
import { ciFiles, gitignoreFile, packageJsonFile } from "../scaffold/ci.js";
import { schemaFiles, vscodeSettings, withModeline } from "../scaffold/editor.js";
import { vscodeExtensions } from "../scaffold/extensions.js";
import { mergeInto } from "../scaffold/merge.js";
import { listFiles, packagePath, packageVersion, type ScaffoldFile } from "../scaffold/package-files.js";
import { starterSpecs } from "../scaffold/starter.js";

interface InitOptions {
  lang: Lang;
  example?: boolean;
  force?: boolean;
  procspec?: string;
}

/** The bundled example for each language: the guide's car-service network, or the smaller trading company. */
const EXAMPLE: Record<Lang, string> = { ru: "car-service-ru", en: "trading-en" };

export interface InitPlace {
  /** The project folder relative to its git repository's root ("" when it is the root, or there is no repository). */
  projectPath: string;
  /** What package.json asks npm for: a version, a git URL or a tarball (`file:vendor/procspec-0.1.0.tgz`). */
  procspec: string;
}

/** Every file of a new project: the specs (their content, refused if present) and the settings around them. */
export function initFiles(
  lang: Lang,
  example: boolean,
  place: InitPlace,
): { specs: ScaffoldFile[]; support: ScaffoldFile[] } {
  const specs = (example ? exampleSpecs(lang) : starterSpecs(lang)).map((f) =>
    f.path.endsWith(".yaml") && typeof f.content === "string"
      ? { path: f.path, content: withModeline(f.path, f.content) }
      : f,
  );
  return {
    specs,
    support: [
      ...schemaFiles(),
      vscodeSettings(),
      vscodeExtensions(),
      packageJsonFile(place.procspec, lang),
      gitignoreFile(lang),
      ...ciFiles(lang, { projectPath: place.projectPath }),
    ],
  };
}

function exampleSpecs(lang: Lang): ScaffoldFile[] {
  const root = packagePath("examples", EXAMPLE[lang]);
  // Bytes, not text: a standard's XML may be Windows-1251 and must arrive as the registry wrote it.
  return listFiles(root).map((path) => ({
    path,
    content: /\.ya?ml$/.test(path) ? readFileSync(join(root, path), "utf8") : readFileSync(join(root, path)),
  }));
}

interface Plan {
  write: Array<{ target: string; content: string | Uint8Array }>;
  created: string[];
  merged: string[];
  skipped: string[];
}

export function initCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("init")
    .description("start a spec project: settings, a first unit, position and process, schemas for the editor, CI")
    .argument("[dir]", "folder to create the project in (created if missing)", ".")
    .option("--lang <lang>", "language of the project: ru or en", parseLang, "ru" as Lang)
    .option("--example", "copy the bundled example (car-service-ru, or trading-en with --lang en) instead")
    .option(
      "--procspec <spec>",
      "what the project's package.json installs procspec from: a version, a git URL, or file:<tarball> (default: this version)",
    )
    .option("--force", "overwrite files that exist instead of merging or leaving them")
    .addHelpText(
      "after",
      `
Examples:
  procspec init my-company                 a minimal Russian project that validates clean
  procspec init acme --lang en             the same in English
  procspec init demo --example             the car-service network from the guide
  procspec init specs --procspec file:vendor/procspec-0.1.0.tgz   CI installs procspec from a tarball in the repository

In an existing repository init adds what is missing: lines to .gitignore, keys to .vscode/settings.json and
package.json; other files that exist (CI settings, schemas) are left as they are and listed. Spec files that
exist stop init before it writes anything. CI settings go to the root of the git repository.`,
    )
    .action((dir: string, options: InitOptions) => {
      const lang = options.lang;
      const root = resolve(dir);
      const force = options.force ?? false;
      const around = findUp(existingAncestor(root), CONFIG_FILE);
      if (around !== undefined && around !== root && !force) {
        throw new UsageError(cliText(lang, "init.nested", { dir, root: around }));
      }
      const repository = findUp(existingAncestor(root), ".git") ?? root;
      const projectPath = relative(repository, root).split(sep).join("/");
      const procspec = options.procspec ?? packageVersion();
      const { specs, support } = initFiles(lang, Boolean(options.example), { projectPath, procspec });
      // Spec files first, all of them, so a refusal leaves the folder exactly as it was.
      const existing = force ? undefined : specs.find((f) => existsSync(join(root, f.path)));
      if (existing) throw new UsageError(cliText(lang, "init.exists", { file: existing.path, dir }));
      const plan = planFiles(root, repository, [...specs, ...support], force);
      for (const { target, content } of plan.write) {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
      io.out(`${cliText(lang, "init.done", { dir, count: plan.created.length + plan.merged.length })}\n`);
      if (plan.merged.length > 0) io.out(`${cliText(lang, "init.merged", { files: plan.merged.join(", ") })}\n`);
      if (plan.skipped.length > 0) io.out(`${cliText(lang, "init.skipped", { files: plan.skipped.join(", ") })}\n`);
      io.out(`${cliText(lang, "init.package", { spec: procspec })}\n`);
      io.out(`${cliText(lang, "init.next", { dir, out: join(dir, "out") })}\n`);
      setExit(0);
    });
}

/** Decides for every file: create, merge into the user's, or leave the user's alone — before anything is written. */
function planFiles(root: string, repository: string, files: readonly ScaffoldFile[], force: boolean): Plan {
  const plan: Plan = { write: [], created: [], merged: [], skipped: [] };
  for (const file of files) {
    const base = file.base === "repository" ? repository : root;
    const target = join(base, file.path);
    const shown = relative(root, target).split(sep).join("/");
    if (force || !existsSync(target)) {
      plan.write.push({ target, content: file.content });
      plan.created.push(shown);
      continue;
    }
    const merged =
      file.merge && typeof file.content === "string"
        ? mergeInto(readFileSync(target, "utf8"), file.content, file.merge)
        : undefined;
    if (merged === undefined) plan.skipped.push(shown);
    else if (merged !== readFileSync(target, "utf8")) {
      plan.write.push({ target, content: merged });
      plan.merged.push(shown);
    }
  }
  return plan;
}
