/**
 * A `--templates` override that cannot be used: the folder is missing, or a template does not compile or asks for
 * a field the document does not have. The user's mistake, not procspec's: the CLI reports it as a usage error
 * (exit 2) naming the template file, never as an internal failure.
 */
export class TemplateError extends Error {
  constructor(
    /** The template file (or the `--templates` folder) at fault. */
    readonly path: string,
    readonly problem: string,
  ) {
    super(`template ${path}: ${problem}`);
    this.name = "TemplateError";
  }
}
