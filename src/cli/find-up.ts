import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The nearest folder at or above `start` that holds `name` (a file or folder), if any — as git finds `.git`. */
export function findUp(start: string, name: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, name))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The nearest folder at or above `path` that exists (init may be asked for a folder it will create). */
export function existingAncestor(path: string): string {
  let dir = path;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
