import { defineConfig } from "vitest/config";

/**
 * Installation tests: npm pack → install into an empty prefix, and the CI job `init` writes run in a scratch
 * repository. They run npm (and need the registry or its cache), so CI runs them once, apart from `npm test`.
 */
export default defineConfig({
  test: {
    include: ["test/install/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    maxWorkers: 1,
  },
});
