// Its own module so that the CLI's error reporting, loaded by every command, does not load the project reader.

/** procspec cannot run at all (exit 2): no project, an unreadable folder. Everything else is a diagnostic. */
export class ProjectError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
