import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/**
 * The one folder where procspec keeps what it can rebuild (rendered diagrams, the list of files a build wrote).
 * Where JavaScript tools keep their caches when the project belongs to a package that has `node_modules` (the
 * nearest folder above with a `package.json`): `node_modules/.cache/procspec`, out of git and of anything a user
 * ships; a spec project below the package root gets a folder of its own there, so two projects of one repository
 * never prune each other's diagrams. Otherwise `.procspec/cache` at the project root, which the `.gitignore` that
 * `init` writes leaves out. Never inside the output folder, which a consultant zips and sends. Each kind of cache
 * is a subfolder of it (`cacheFolder`).
 */
export function cacheDir(projectRoot: string): string {
  const root = resolve(projectRoot);
  const pkg = packageRoot(root);
  const modules = pkg === undefined ? undefined : join(pkg, "node_modules");
  if (pkg === undefined || modules === undefined || !isDirectory(modules)) return join(root, LOCAL_CACHE);
  const base = join(modules, ".cache", "procspec");
  const inside = relative(pkg, root);
  return inside === "" ? base : join(base, "projects", inside.split(sep).join("+"));
}

/** The nearest folder at or above `dir` that holds a `package.json`. */
function packageRoot(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, "package.json"))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** The cache folder a project keeps without `node_modules`, relative to its root (for `.gitignore`). */
export const LOCAL_CACHE = ".procspec/cache";

/** The subfolders of the cache: one per kind of thing kept, so each can be pruned on its own. */
export type CacheKind = "diagrams" | "layouts" | "outputs" | "parsed";

export function cacheFolder(projectRoot: string, kind: CacheKind): string {
  return join(cacheDir(projectRoot), kind);
}

/** Where the list of files procspec wrote into `outDir` is kept: one file per output folder, named by its path. */
export function manifestPath(projectRoot: string, outDir: string): string {
  const key = createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16);
  return join(cacheFolder(projectRoot, "outputs"), `${key}.json`);
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
