/** The library API: load → validate → compile → emit, the same stages the CLI runs. */
export type { Diagnostic, Severity } from "./diagnostics/diagnostic.js";
export { type EmittedFile, outputPaths } from "./emit/files.js";
export { type EmitOptions, emitDocuments } from "./emit/index.js";
export { TemplateError } from "./emit/markdown/index.js";
export type { Lang } from "./i18n/lang.js";
export type { ProjectConfig } from "./load/config.js";
export { loadProject, loadProjectFromFiles, type Project, ProjectError } from "./load/project.js";
export { type Compiled, compileModel } from "./model/compile.js";
export type * from "./model/types.js";
export { allRules } from "./validate/rules/index.js";
export { type Validation, validateProject } from "./validate/validate.js";

import { type LoadOptions, loadProject } from "./load/project.js";
import { validateProject } from "./validate/validate.js";

/** Loads, validates and compiles a project folder; the model is usable only when there are no errors. */
export function compile(dir: string, options: LoadOptions = {}) {
  const project = loadProject(dir, options);
  const { compiled, diagnostics } = validateProject(project);
  return { project, model: compiled.model, diagnostics };
}
