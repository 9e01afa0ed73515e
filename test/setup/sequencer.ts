import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest (shared builds, the browser, LibreOffice), started first: a run ends when its last
 * file does, and a long file started last keeps one worker busy alone at the end. Vitest orders by the durations
 * it remembers from earlier runs, but a fresh clone or a CI machine has none and would start the largest files
 * first — which are not the slow ones.
 */
export const SLOW_FIRST = [
  "test/determinism.test.ts",
  "test/site-browser.test.ts",
  "test/diagrams-render.test.ts",
  "test/cache.test.ts",
  "test/docx-libreoffice.test.ts",
  "test/docx.test.ts",
  "test/xlsx.test.ts",
  "test/steps-new-user.test.ts",
  "test/serve.test.ts",
  "test/regulation.test.ts",
  "test/watch.test.ts",
  "test/site.test.ts",
  "test/diff.test.ts",
];

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = SLOW_FIRST.indexOf(relative(file.project.config.root, file.moduleId).split("\\").join("/"));
      return index < 0 ? SLOW_FIRST.length : index;
    };
    // Array sort is stable: the other files keep the order vitest chose.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
