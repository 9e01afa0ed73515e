import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { loadProjectFromFiles, type Project } from "../../src/load/project.js";
import { REPO } from "./cli.js";

/** The small valid project of test/bad-input, as `path → text`, for in-process tests that edit one file. */
export function validProjectFiles(): Map<string, string> {
  const root = join(REPO, "test", "bad-input", "valid-project");
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".yaml")) files.set(path, readFileSync(join(root, path), "utf8"));
    }
  };
  walk("");
  return files;
}

/** Loads `path → text` (procspec.yaml among them) as a project, without touching the disk. */
export function projectOf(files: ReadonlyMap<string, string>): Project {
  const encode = (text: string) => new TextEncoder().encode(text);
  const sources = [...files]
    .filter(([path]) => path !== "procspec.yaml")
    .map(([path, text]) => ({ path, bytes: encode(text) }));
  return loadProjectFromFiles("/virtual", encode(files.get("procspec.yaml") ?? "lang: en\n"), sources);
}

/**
 * The spec files of a project folder as `loadProjectFromFiles` takes them (procspec.yaml left out), each optionally
 * edited on the way: what in-process tests load instead of reading the folder.
 */
export function specFiles(dir: string, edit?: (path: string, text: string) => string) {
  const files: { path: string; bytes: Uint8Array }[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".yaml") && entry.name !== "procspec.yaml") {
        const path = relative(dir, full);
        files.push({ path, bytes: edit ? Buffer.from(edit(path, readFileSync(full, "utf8"))) : readFileSync(full) });
      }
    }
  };
  walk(dir);
  return files;
}
