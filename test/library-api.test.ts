import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitDocuments, loadProject, outputPaths, validateProject } from "../src/index.js";
import { REPO } from "./helpers/cli.js";

/** What a tool built on procspec does, through the public entry point only: load → validate → emit. */
describe("the library API", () => {
  it("turns examples/trading-en into its documents in memory, the same files the CLI writes", async () => {
    const project = loadProject(join(REPO, "examples", "trading-en"));
    const { compiled, diagnostics } = validateProject(project);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);

    const files = await emitDocuments(compiled.model, compiled.index, {
      formats: new Set(["md", "json"]),
      lang: project.config.lang,
      trace: false,
    });
    const byPath = new Map(files.map((f) => [f.path, String(f.content)]));
    expect(byPath.get(outputPaths.index)).toMatch(/^# /);
    const buyerDuties = byPath.get(`${outputPaths.jobDuties("buyer")}.md`);
    expect(buyerDuties).toContain("# Job duties");
    expect(buyerDuties).toContain("Buyer");
    const model = JSON.parse(byPath.get(outputPaths.modelJson) ?? "{}");
    expect(model.positions.map((p: { id: string }) => p.id)).toContain("buyer");
  });
});
