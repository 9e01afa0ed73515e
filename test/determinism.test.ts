import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emitDocuments } from "../src/emit/index.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO, runCli } from "./helpers/cli.js";
import { specFiles } from "./helpers/project-files.js";
import { SHARED_OPTIONS, sharedBuild } from "./helpers/shared-build.js";
import { listFiles, readTree } from "./helpers/tree.js";

const example = join(REPO, "examples", "car-service-ru");

async function emitAll(files: { path: string; bytes: Uint8Array }[]) {
  const project = loadProjectFromFiles(example, readFileSync(join(example, "procspec.yaml")), files);
  const { compiled } = validateProject(project);
  return emitDocuments(compiled.model, compiled.index, {
    formats: new Set(["md", "json"]),
    lang: project.config.lang,
    trace: true,
  });
}

describe("the same input gives byte-identical output", () => {
  it("whatever order the spec files are found in", async () => {
    const files = specFiles(example);
    const reference = await emitAll(files);
    expect(reference.length).toBeGreaterThan(1);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
        async (shuffled) => {
          expect(await emitAll(shuffled)).toEqual(reference);
        },
      ),
      { numRuns: 5 },
    );
  });

  it("whatever the time zone, locale and clock of two separate builds", async () => {
    // Build A is the run's shared build (TZ=UTC, LANG=C, every format, source lines and DOCX bundles); B differs in
    // time zone (Yekaterinburg, UTC+5), locale and clock: it starts at least a second after A wrote its files.
    const outA = sharedBuild(basename(example));
    const writtenA = statSync(join(outA, "model.json")).mtimeMs;
    const wait = writtenA + 1100 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const outB = mkdtempSync(join(tmpdir(), "procspec-det-b-"));
    const b = runCli(["build", example, "--out", outB, ...SHARED_OPTIONS], {
      env: { TZ: "Asia/Yekaterinburg", LANG: "ru_RU.UTF-8", LC_ALL: "ru_RU.UTF-8" },
    });
    // Nothing on stderr but, on a machine without Chromium, the one line saying the images were skipped.
    expect(b.stderr.split("\n").filter((line) => line !== "" && !/^⚠ .*chromium/i.test(line))).toEqual([]);
    expect(b.status).toBe(0);
    const treeA = readTree(outA);
    const treeB = readTree(outB);
    expect(listFiles(outB)).toEqual(listFiles(outA));
    // The DOCX set, bundles included (what a consultant sends), is a good part of what is compared.
    expect(listFiles(outA).filter((f) => f.endsWith(".docx")).length).toBeGreaterThan(50);
    for (const [path, bytes] of treeA) expect(treeB.get(path)?.equals(bytes), path).toBe(true);
    // Two builds with diagrams; the first is shared with the run, but may be made here (slow on a busy machine).
  }, 600_000);
});
