import { join } from "node:path";
import { loadProject } from "../../src/load/project.js";
import { validateProject } from "../../src/validate/validate.js";
import { REPO } from "./cli.js";

/** A bundled example, validated and compiled as `procspec build` sees it. */
export function compileExample(name: string) {
  return validateProject(loadProject(join(REPO, "examples", name))).compiled;
}

/** The sections of a position profile below its title «Профиль должности», in the guide's order. */
export const PROFILE_SECTIONS_RU = [
  "Общие сведения",
  "Общие знания",
  "Предметные знания",
  "Навыки",
  "Личные качества",
  "Ценности",
  "Функциональные обязанности",
  "Области ответственности",
] as const;
