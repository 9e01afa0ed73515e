import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "../../i18n/lang.js";
import { suggest } from "../../i18n/suggest.js";
import { TemplateError } from "./template-error.js";

/** The bundled templates: `templates/<lang>/` at the package root (the same depth from `src/` and `dist/`). */
export const BUNDLED_TEMPLATES = fileURLToPath(new URL("../../../templates/", import.meta.url));

const LANGS: readonly Lang[] = ["ru", "en"];

export function templateFileName(document: string): string {
  return `${document}.md.hbs`;
}

/**
 * The source of a document's template: a file with the same name in `templatesDir` (either directly or under
 * `<lang>/`) overrides the bundled one, so a team can restyle one document and keep the rest.
 */
export function templateSource(document: string, lang: Lang, templatesDir?: string): { path: string; source: string } {
  const override = overrideSource(document, lang, templatesDir);
  if (override) return override;
  const path = join(BUNDLED_TEMPLATES, lang, templateFileName(document));
  if (existsSync(path)) return { path, source: readFileSync(path, "utf8") };
  const looked = [...(templatesDir ? [join(templatesDir, lang), templatesDir] : []), path];
  throw new Error(`template ${templateFileName(document)} not found (looked in ${looked.join(", ")})`);
}

/** The team's own template of a document in `templatesDir`, when it has one. */
export function overrideSource(
  document: string,
  lang: Lang,
  templatesDir?: string,
): { path: string; source: string } | undefined {
  if (templatesDir === undefined) return undefined;
  const name = templateFileName(document);
  for (const path of [join(templatesDir, lang, name), join(templatesDir, name)]) {
    if (existsSync(path)) return { path, source: readFileSync(path, "utf8") };
  }
  return undefined;
}

/**
 * A `--templates` folder that is not there is a typo, not a wish for the bundled templates: say so. So is a
 * template whose name matches no document (`profil.md.hbs`): it would be ignored, and the team would wonder why.
 */
export function checkTemplatesDir(templatesDir: string): void {
  const stat = statSync(templatesDir, { throwIfNoEntry: false });
  if (!stat) throw new TemplateError(templatesDir, "the --templates folder does not exist");
  if (!stat.isDirectory())
    throw new TemplateError(templatesDir, "--templates must be a folder of <document>.md.hbs files");
  const known = readdirSync(join(BUNDLED_TEMPLATES, "en"))
    .filter((f) => f.endsWith(".hbs"))
    .sort();
  for (const folder of [templatesDir, ...LANGS.map((lang) => join(templatesDir, lang))]) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith(".hbs") || known.includes(name)) continue;
      const hint = suggest(name, known, "en");
      throw new TemplateError(
        join(folder, name),
        `no document is called ${name.replace(/\.md\.hbs$|\.hbs$/, "")}${hint ? ` — ${hint}` : ""}; templates replace the bundled ones by name: ${known.join(", ")}`,
      );
    }
  }
}
