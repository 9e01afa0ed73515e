import { defineConfig } from "vitest/config";
import { SlowFirstSequencer } from "./test/setup/sequencer.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // npm pack and the generated CI job install packages: CI runs them once, with `npm run test:install`.
    exclude: ["test/install/**", "**/node_modules/**"],
    // Guards against a hang, not speed checks: on the shared 2-core machine under a load of 20+ a build of the
    // example with DOCX can take minutes of wall time while using seconds of CPU.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // As many workers as cores: the suite is CPU-bound (spawned builds, Chromium and LibreOffice use the cores the
    // worker waits on), and each worker imports procspec and its libraries once (~13 s of CPU), so a third worker
    // on two cores costs more than the gaps it fills.
    maxWorkers: 2,
    // Test files share a worker's module cache instead of importing procspec's modules (and mermaid, docx, exceljs)
    // anew for each file: half the CPU time of the suite went to importing. Tests restore what they change
    // (cwd, spies), and each file builds its own projects in temporary folders.
    isolate: false,
    // A folder per run for builds tests share (test/helpers/shared-build.ts): one full build of an example per run.
    globalSetup: ["test/setup/global.ts"],
    // The slowest files first, also on a machine that has no durations remembered from an earlier run.
    sequence: { sequencer: SlowFirstSequencer },
  },
});
