/**
 * `validate --cache` / `build --cache`: a file whose text is unchanged is not parsed again, and a cache that cannot
 * be trusted (truncated, edited, another procspec.yaml) is ignored — the diagnostics are always those of a run
 * without the cache.
 */
import {
  appendFileSync,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheFileOf, cacheFiles, FileCache } from "../src/cli/file-cache.js";
import { fastParse } from "../src/load/fast-parse.js";
import {
  assembleProject,
  listProjectFiles,
  loadProject,
  readListedFiles,
  readProjectFiles,
} from "../src/load/project.js";
import { Workspace } from "../src/lsp/workspace.js";
import { validateProject } from "../src/validate/validate.js";
import { copyExample } from "./helpers/cli.js";
import { runMain } from "./helpers/in-process.js";

/** One run with the cache, as `validate --cache` makes it: which cache state it found, hits, misses, diagnostics. */
function cachedRun(root: string) {
  const files = readProjectFiles(root);
  const cache = FileCache.open(files.root, files.config.lang);
  const project = assembleProject(files, { parseFile: cache.parseFile });
  cache.save();
  return {
    state: cache.state,
    hits: cache.hits,
    misses: cache.misses,
    diagnostics: validateProject(project).diagnostics,
  };
}

/** How many spec files have their entry in the part of the cache at `path`. */
function kept(path: string): number {
  const body = readFileSync(path, "utf8").split("\n")[1] ?? "{}";
  return Object.keys(JSON.parse(body)).length;
}

/**
 * One run as `loadChecked` makes it, its files' metadata trusted (read before the run began) — as if it ran
 * `later` ms after the files were last written: then a file whose metadata is that of its entry is not read.
 */
function knownRun(root: string, later = 10_000) {
  const list = listProjectFiles(root);
  const cache = FileCache.open(list.root, list.config.lang, Date.now() + later);
  const files = readListedFiles(list, cache.known);
  const project = assembleProject(files, { parsed: cache.parsed, parseFile: cache.parseFile });
  cache.save();
  const diagnostics = validateProject(project).diagnostics;
  return { state: cache.state, hits: cache.hits, misses: cache.misses, known: cache.parsed.size, project, diagnostics };
}

const uncached = (root: string) => validateProject(loadProject(root)).diagnostics;

/** Files only `yaml` reads (anchors, `**` in a text, a YAML mistake): never kept, parsed on every run. */
function yamlOnly(root: string): number {
  const files = readProjectFiles(root).sources;
  return files.filter((f) => "bytes" in f && /\.ya?ml$/.test(f.path) && !fastParse(new TextDecoder().decode(f.bytes)))
    .length;
}

describe("--cache", () => {
  const root = copyExample("car-service-ru");
  const file = "processes/car-service-delivery/vehicle-intake.yaml";
  const processFile = join(root, file);

  it("parses every file once, then none while nothing changes, with the diagnostics of an uncached run", () => {
    const first = cachedRun(root);
    expect(first.state).toBe("absent");
    expect(first.misses).toBeGreaterThan(20);
    expect(cacheFiles(root).length).toBeGreaterThan(1);
    expect(first.diagnostics).toEqual(uncached(root));
    const second = cachedRun(root);
    expect(second.state).toBe("used");
    expect(second.misses).toBe(yamlOnly(root));
    expect(second.hits).toBe(first.misses - yamlOnly(root));
    expect(second.hits).toBeGreaterThan(30);
    expect(second.diagnostics).toEqual(first.diagnostics);
  });

  it("parses again only the file that changed, and reports its new mistake at its line", () => {
    const before = cachedRun(root);
    appendFileSync(processFile, "ownr: master\n");
    const after = cachedRun(root);
    expect(after.misses).toBe(yamlOnly(root) + 1);
    expect(after.hits).toBe(before.hits - 1);
    const lines = readFileSync(processFile, "utf8").split("\n").length - 1;
    const typo = after.diagnostics.find((d) => d.file === file && d.line === lines);
    expect(typo?.message).toMatch(/ownr/);
    expect(after.diagnostics).toEqual(uncached(root));
  });

  it("is stale when procspec.yaml changes", () => {
    cachedRun(root);
    appendFileSync(join(root, "procspec.yaml"), "\n# a comment changes the bytes\n");
    const run = cachedRun(root);
    expect(run.state).toBe("stale");
    expect(run.hits).toBe(0);
    expect(run.diagnostics).toEqual(uncached(root));
  });

  it("ignores a truncated or edited part of the cache, uses the other parts, and writes a sound one again", () => {
    cachedRun(root);
    const whole = cachedRun(root);
    const path = cacheFileOf(root, file);
    // The files kept in that part: exactly those are parsed again.
    const inPart = kept(path);
    expect(inPart).toBeGreaterThan(0);
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
    const truncated = cachedRun(root);
    expect(truncated.state).toBe("corrupt");
    expect(truncated.hits).toBe(whole.hits - inPart);
    expect(truncated.hits).toBeGreaterThan(0);
    expect(truncated.diagnostics).toEqual(uncached(root));
    // An edit that keeps the JSON valid: a value of a document changed behind procspec's back.
    const edited = readFileSync(path, "utf8").replace('"kind":"Process"', '"kind":"Unit"');
    expect(edited).not.toBe(readFileSync(path, "utf8"));
    writeFileSync(path, edited);
    const run = cachedRun(root);
    expect(run.state).toBe("corrupt");
    expect(run.hits).toBe(whole.hits - inPart);
    expect(run.diagnostics).toEqual(uncached(root));
    expect(cachedRun(root)).toMatchObject({ state: "used", hits: whole.hits });
  });

  it("does not trust a part under another part's name, even with a sound checksum", () => {
    cachedRun(root);
    const whole = cachedRun(root);
    const path = cacheFileOf(root, file);
    const other = cacheFiles(root).find((p) => p !== path) ?? "";
    renameSync(other, path);
    const run = cachedRun(root);
    expect(run.state).toBe("corrupt");
    expect(run.hits).toBeLessThan(whole.hits);
    expect(run.diagnostics).toEqual(uncached(root));
    expect(cachedRun(root)).toMatchObject({ state: "used", hits: whole.hits });
  });

  it("writes again only the part of a changed file, and drops the entry of a file that is gone", () => {
    cachedRun(root);
    const before = cachedRun(root);
    const snapshot = () => new Map(cacheFiles(root).map((p) => [p, `${statSync(p).mtimeMs} ${readFileSync(p)}`]));
    const parts = snapshot();
    appendFileSync(processFile, "# a comment\n");
    expect(cachedRun(root)).toMatchObject({ state: "used", hits: before.hits - 1, misses: before.misses + 1 });
    const after = snapshot();
    const changed = [...after.keys()].filter((p) => after.get(p) !== parts.get(p));
    expect(changed).toEqual([cacheFileOf(root, file)]);
    // Nothing changed: nothing is written.
    cachedRun(root);
    expect(snapshot()).toEqual(after);

    const gone = "processes/car-service-delivery/vehicle-repair.yaml";
    expect(readFileSync(cacheFileOf(root, gone), "utf8")).toContain(`"${gone}"`);
    rmSync(join(root, gone));
    const without = cachedRun(root);
    expect(without.state).toBe("used");
    expect(without.hits).toBe(before.hits - 1);
    expect(readFileSync(cacheFileOf(root, gone), "utf8")).not.toContain(`"${gone}"`);
    expect(without.diagnostics).toEqual(uncached(root));
  });

  it("keeps no file yaml had to read; a YAML mistake is reported on every run", () => {
    writeFileSync(processFile, `${readFileSync(processFile, "utf8")}broken: [unclosed\n`);
    const first = cachedRun(root);
    const second = cachedRun(root);
    expect(second.misses).toBe(yamlOnly(root));
    expect(second.misses).toBeGreaterThan(0);
    const syntax = (ds: typeof first.diagnostics) => ds.filter((d) => d.code === "yaml-syntax");
    expect(syntax(second.diagnostics)).toHaveLength(1);
    expect(syntax(second.diagnostics)).toEqual(syntax(first.diagnostics));
  });

  it("validate --cache prints what validate prints", async () => {
    const plain = await runMain("validate", root, "--format", "json");
    const cold = await runMain("validate", root, "--format", "json", "--cache");
    const warm = await runMain("validate", root, "--format", "json", "--cache");
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
  });
});

describe("--cache and the files' metadata", () => {
  const file = "processes/car-service-delivery/vehicle-intake.yaml";

  it("does not read a file whose size, times and inode are those its text was hashed with", () => {
    const root = copyExample("car-service-ru");
    const first = knownRun(root);
    expect(first.known).toBe(0);
    const second = knownRun(root);
    expect(second.known).toBe(first.misses - yamlOnly(root));
    expect(second.misses).toBe(yamlOnly(root));
    expect(second.diagnostics).toEqual(uncached(root));
    // Its text is read, and must hash the same, only when something asks for a position in it.
    const doc = second.project.docs.find((d) => d.file === file);
    expect(doc?.lineCounter.linePos(0)).toEqual({ line: 1, col: 1 });
  });

  it("parses again a file rewritten with the same size and its times set back (its ctime moved)", () => {
    const root = copyExample("car-service-ru");
    const path = join(root, file);
    // Whole seconds, which utimes sets exactly: the rewrite below gets the very same mtime back.
    const second = Math.floor(Date.now() / 1000) - 60;
    utimesSync(path, second, second);
    knownRun(root);
    const before = statSync(path);
    const text = readFileSync(path, "utf8");
    const owner = /^owner: (\S+)$/m.exec(text)?.[1] ?? "";
    // Another owner of the same length, which no position has: a new mistake at the same size.
    const changed = text.replace(`owner: ${owner}`, `owner: ${"x".repeat(owner.length)}`);
    expect(changed.length).toBe(text.length);
    writeFileSync(path, changed);
    utimesSync(path, second, second);
    expect(statSync(path)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs, ino: before.ino });
    const run = knownRun(root);
    expect(run.misses).toBe(yamlOnly(root) + 1);
    expect(run.diagnostics.some((d) => d.file === file)).toBe(true);
    expect(run.diagnostics).toEqual(uncached(root));
  });

  it("takes a file with new metadata but the same text by its hash, and keeps its new metadata", () => {
    const root = copyExample("car-service-ru");
    const first = knownRun(root);
    knownRun(root);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, file), later, later);
    const touched = knownRun(root, 20_000);
    expect(touched.misses).toBe(yamlOnly(root));
    expect(touched.known).toBe(first.misses - yamlOnly(root) - 1);
    expect(knownRun(root, 20_000).known).toBe(first.misses - yamlOnly(root));
  });

  it("hashes a file written just before the run, whatever its metadata says, until it has settled", () => {
    const root = copyExample("car-service-ru");
    const all = knownRun(root).misses - yamlOnly(root);
    appendFileSync(join(root, file), "# a comment\n");
    // Written now, read now: its metadata could not tell a second write within the same tick.
    expect(knownRun(root, 0)).toMatchObject({ misses: yamlOnly(root) + 1, known: all - 1 });
    expect(knownRun(root, 0)).toMatchObject({ misses: yamlOnly(root), known: all - 1 });
    // Settled: hashed once more, and its metadata kept with the entry from then on.
    expect(knownRun(root)).toMatchObject({ misses: yamlOnly(root), known: all - 1 });
    expect(knownRun(root)).toMatchObject({ misses: yamlOnly(root), known: all });
  });

  it("stops, rather than mix texts, when a file known by its metadata changes while procspec runs", () => {
    const root = copyExample("car-service-ru");
    knownRun(root);
    const run = knownRun(root);
    appendFileSync(join(root, file), "# changed meanwhile\n");
    const doc = run.project.docs.find((d) => d.file === file);
    expect(() => doc?.lineCounter).toThrow(/changed while procspec was checking it/);
    // Its part of the cache is gone, so that "run the command again" works even where the file's metadata did
    // not move with its text (a filesystem without a real ctime): the next run parses its files afresh.
    expect(existsSync(cacheFileOf(root, file))).toBe(false);
    expect(knownRun(root).diagnostics).toEqual(uncached(root));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("validate --cache prints what validate prints when every file is known by its metadata", async () => {
    const root = copyExample("car-service-ru");
    appendFileSync(join(root, file), "ownr: master\n");
    const plain = await runMain("validate", root, "--format", "json");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 10_000 });
    const cold = await runMain("validate", root, "--format", "json", "--cache");
    const warm = await runMain("validate", root, "--format", "json", "--cache");
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    expect(plain.out).toMatch(/ownr/);
  });
});

describe("the language server on start", () => {
  it("fills the cache, and reuses it the next time it opens the project", () => {
    const root = copyExample("trading-en");
    const first = new Workspace(root);
    expect(cacheFiles(root).length).toBeGreaterThan(0);
    const files = readProjectFiles(root);
    const cache = FileCache.open(files.root, files.config.lang);
    expect(cache.state).toBe("used");
    const second = new Workspace(root);
    expect(second.snapshot().validation.diagnostics).toEqual(first.snapshot().validation.diagnostics);
    expect(second.snapshot().validation.diagnostics).toEqual(uncached(root));
  });
});
