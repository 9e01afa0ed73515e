import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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
