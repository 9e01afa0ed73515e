import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitDocuments } from "../src/emit/index.js";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";
import { listFiles } from "./helpers/tree.js";

/**
 * Golden tests: the Markdown set, the Mermaid sources and model.json of both bundled examples are checked in
 * under test/golden/<example>/expected, so every change to a document shows in review.
 * Regenerate after an intended change with `npm run golden`, then READ the diff.
 */
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const cases = ["car-service-ru", "trading-en"];

async function generate(example: string) {
  const project = loadProject(join(REPO, "examples", example));
  const { compiled, diagnostics } = validateProject(project);
  expect(diagnostics).toEqual([]);
  const files = await emitDocuments(compiled.model, compiled.index, {
    formats: new Set(["md", "json"]),
    lang: project.config.lang,
    trace: false,
  });
  // model.json records paths relative to the project folder, so it is the same on every machine.
  return new Map(
    files.map((f) => [f.path, typeof f.content === "string" ? f.content : Buffer.from(f.content).toString("base64")]),
  );
}

describe.each(cases)("golden documents of examples/%s", (example) => {
  const expectedDir = join(REPO, "test", "golden", example, "expected");

  it("match the checked-in files, file by file", async () => {
    const actual = await generate(example);
    if (UPDATE) {
      rmSync(expectedDir, { recursive: true, force: true });
      for (const [path, content] of actual) {
        mkdirSync(dirname(join(expectedDir, path)), { recursive: true });
        writeFileSync(join(expectedDir, path), content);
      }
    }
    expect([...actual.keys()].sort()).toEqual(listFiles(expectedDir));
    for (const [path, content] of actual) {
      expect(content, `${example}/${path}`).toBe(readFileSync(join(expectedDir, path), "utf8"));
    }
  });
});
