import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "../../i18n/lang.js";
import { TemplateError } from "./template-error.js";

/** The bundled templates: `templates/<lang>/` at the package root (the same depth from `src/` and `dist/`). */
export const BUNDLED_TEMPLATES = fileURLToPath(new URL("../../../templates/", import.meta.url));

export function templateFileName(document: string): string {
  return `${document}.md.hbs`;
}

/**
 * The source of a document's template: a file with the same name in `templatesDir` (either directly or under
 * `<lang>/`) overrides the bundled one, so a team can restyle one document and keep the rest.
 */
export function templateSource(document: string, lang: Lang, templatesDir?: string): { path: string; source: string } {
  const name = templateFileName(document);
  const candidates = templatesDir ? [join(templatesDir, lang, name), join(templatesDir, name)] : [];
  candidates.push(join(BUNDLED_TEMPLATES, lang, name));
  for (const path of candidates) {
    if (existsSync(path)) return { path, source: readFileSync(path, "utf8") };
  }
  throw new Error(`template ${name} not found (looked in ${candidates.join(", ")})`);
}

/** A `--templates` folder that is not there is a typo, not a wish for the bundled templates: say so. */
export function checkTemplatesDir(templatesDir: string): void {
  const stat = statSync(templatesDir, { throwIfNoEntry: false });
  if (!stat) throw new TemplateError(templatesDir, "the --templates folder does not exist");
  if (!stat.isDirectory())
    throw new TemplateError(templatesDir, "--templates must be a folder of <document>.md.hbs files");
}
