/**
 * The output folder holds documents and pictures only: the diagram cache and the list of written files live in
 * the project's cache folder, which keeps the current diagrams and nothing else.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDir, cacheFolder } from "../src/cli/cache-dir.js";
import { copyExample, REPO } from "./helpers/cli.js";
import { runCliInProcess } from "./helpers/in-process.js";
import { copyExampleWithDiagrams } from "./helpers/shared-build.js";
import { listFiles } from "./helpers/tree.js";

describe("the cache folder", () => {
  it("is .procspec/cache in a project without node_modules", () => {
    const dir = copyExample("trading-en");
    expect(cacheDir(dir)).toBe(join(dir, ".procspec", "cache"));
  });

  it("is node_modules/.cache/procspec of the package a project belongs to, one folder per project below it", () => {
    expect(cacheDir(REPO)).toBe(join(REPO, "node_modules", ".cache", "procspec"));
    expect(cacheDir(join(REPO, "examples", "car-service-ru"))).toBe(
      join(REPO, "node_modules", ".cache", "procspec", "projects", "examples+car-service-ru"),
    );
    const dir = copyExample("trading-en");
    writeFileSync(join(dir, "package.json"), "{}\n");
    mkdirSync(join(dir, "node_modules"));
    expect(cacheFolder(dir, "diagrams")).toBe(join(dir, "node_modules", ".cache", "procspec", "diagrams"));
  });
});

describe("two builds with a changed spec", () => {
  it("leave only documents and pictures in out/, and only the current diagrams in the cache", async () => {
    // The copy's cache starts with the run's drawings of the example (no browser for the first build); the edit
    // below makes diagrams that are new, and leaves drawings of the old name to be pruned.
    const dir = copyExampleWithDiagrams("trading-en", ["svg"]);
    const out = join(dir, "out");
    const build = (...extra: string[]) =>
      runCliInProcess(["build", dir, "--out", out, "--format", "md,svg", "--quiet", ...extra]);
    const first = await build();
    expect(first.status, first.stderr).toBe(0);
    const file = join(dir, "processes", "sales", "order-handling.yaml");
    const spec = readFileSync(file, "utf8");
    expect(spec).toMatch(/^name: .+$/m);
    writeFileSync(file, spec.replace(/^name: (.+)$/m, "name: $1 (revised)"));
    const second = await build();
    expect(second.status, second.stderr).toBe(0);

    const files = listFiles(out);
    expect(files.filter((f) => /(^|\/)\./.test(f))).toEqual([]);
    // Documents, pictures and the pictures' Mermaid source.
    expect(files.filter((f) => !/\.(md|svg|mmd)$/.test(f))).toEqual([]);

    const cached = readdirSync(cacheFolder(dir, "diagrams")).sort();
    // The ratings charts are drawn in-process in milliseconds (no browser): never cached.
    const pictures = files.filter((f) => f.endsWith(".svg") && !f.startsWith("ratings/"));
    expect(pictures.length).toBeGreaterThan(3);
    // The same images, byte for byte: each current diagram once, none of the first build's stale ones.
    const content = (path: string) => readFileSync(path, "utf8");
    expect(cached.map((name) => content(join(cacheFolder(dir, "diagrams"), name))).sort()).toEqual(
      [...new Set(pictures.map((f) => content(join(out, f))))].sort(),
    );
  }, 600_000);

  it("build --clean removes what earlier builds wrote, keeps the user's own files, and takes over an old out/", async () => {
    const dir = copyExample("trading-en");
    const out = join(dir, "out");
    const first = await runCliInProcess(["build", dir, "--out", out, "--format", "md", "--quiet"]);
    expect(first.status, first.stderr).toBe(0);
    writeFileSync(join(out, "notes.txt"), "the consultant's own notes");
    // What an older procspec left in out/: its file list (naming a document it wrote) and its diagram cache.
    mkdirSync(join(out, "positions", "retired"), { recursive: true });
    writeFileSync(join(out, "positions", "retired", "profile.md"), "stale");
    const written: string[] = JSON.parse(readFileSync(onlyManifest(dir), "utf8")).files;
    const old = { generator: "procspec", files: [...written, "positions/retired/profile.md"] };
    writeFileSync(join(out, ".procspec-manifest.json"), JSON.stringify(old));
    mkdirSync(join(out, ".procspec-cache"));
    rmSync(cacheFolder(dir, "outputs"), { recursive: true });
    // --force: notes.txt is not procspec's, and a build refuses a folder with files it did not write without it.
    const clean = await runCliInProcess([
      "build",
      dir,
      "--out",
      out,
      "--format",
      "md",
      "--quiet",
      "--clean",
      "--force",
    ]);
    expect(clean.status, clean.stderr).toBe(0);
    expect(existsSync(join(out, "positions", "retired"))).toBe(false);
    expect(existsSync(join(out, "notes.txt"))).toBe(true);
    expect(readdirSync(out).filter((f) => f.startsWith("."))).toEqual([]);
    expect(existsSync(join(out, "index.md"))).toBe(true);
  }, 300_000);
});

/** The list of written files that the one build of a project kept in its cache. */
function onlyManifest(dir: string): string {
  const outputs = cacheFolder(dir, "outputs");
  const [name, ...more] = readdirSync(outputs);
  expect(more).toEqual([]);
  return join(outputs, name ?? "");
}
