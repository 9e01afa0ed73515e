import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A folder for this run's shared builds (test/helpers/shared-build.ts); removed when the run ends. */
    sharedBuildRoot: string;
  }
}

/**
 * One folder per `vitest run` for what tests share: the full build of an example is made by the first test that
 * asks for it and reused by every other test file (and worker) of the run. Nothing is built up front, so a
 * targeted run of an unrelated test pays nothing.
 */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), "procspec-shared-"));
  project.provide("sharedBuildRoot", root);
  return () => rmSync(root, { recursive: true, force: true });
}
