import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The folders procspec ships (`schemas/`, `examples/`), found from this file: the package root is three
 * folders up from both `src/cli/scaffold` and `dist/cli/scaffold`, so it works from a checkout and from npm.
 */
export function packagePath(...parts: string[]): string {
  return fileURLToPath(new URL(`../../../${parts.join("/")}`, import.meta.url));
}

export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(packagePath("package.json"), "utf8"));
  return typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "0.0.0";
}

/** A file `init` or `new` will write: a path, relative to the project (or to its git repository), and its bytes. */
export interface ScaffoldFile {
  path: string;
  /** Text, or bytes for a shipped file that is not UTF-8 YAML (a standard's XML). */
  content: string | Uint8Array;
  /** CI settings live at the root of the git repository, which may be a folder above the project. */
  base?: "project" | "repository";
  /**
   * What to do when the file exists: add the missing lines (.gitignore), add the missing keys (JSON settings), or,
   * by default, leave it alone and say so. `init --force` overwrites instead.
   */
  merge?: "lines" | "json";
}

/** Every file below a shipped folder, relative to it, sorted so the result never depends on the disk's order. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(rel ? `${root}/${rel}` : root, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) out.push(path);
    }
  };
  walk("");
  return out;
}
