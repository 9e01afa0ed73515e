import { join } from "node:path";
import { loadProject } from "../../src/load/project.js";
import { validateProject } from "../../src/validate/validate.js";
import { REPO } from "./cli.js";

/** A bundled example, validated and compiled as `procspec build` sees it. */
export function compileExample(name: string) {
  return validateProject(loadProject(join(REPO, "examples", name))).compiled;
}

/** The numbered sections of a position profile below its title, in the guide's order (as Markdown and DOCX print them). */
export const PROFILE_SECTIONS_RU = [
  "1. Общие знания",
  "2. Предметные знания",
  "3. Навыки",
  "4. Личные качества",
  "5. Ценности",
  "6. Функциональные обязанности",
  "7. Области ответственности",
] as const;
