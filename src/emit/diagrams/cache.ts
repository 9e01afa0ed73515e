import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Rendered diagrams stored by content hash: the key covers the Mermaid source, every renderer setting and the
 * Mermaid version, so a changed diagram or an upgraded Mermaid never reuses a stale image.
 */
export function cacheKey(source: string, settings: unknown, mermaidVersion: string): string {
  return createHash("sha256")
    .update(JSON.stringify({ mermaidVersion, settings }))
    .update("\0")
    .update(source)
    .digest("hex");
}

export type CachedExt = "svg" | "png" | "json";

export async function readCached(dir: string, key: string, ext: CachedExt): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(join(dir, `${key}.${ext}`)));
  } catch {
    return undefined;
  }
}

/** A cached image's file name: the 64-hex-digit key and the format. Anything else in the folder is left alone. */
const CACHED_NAME = /^([0-9a-f]{64})\.(svg|png|json)$/;

/** Removes the images whose key is not in `keep`, so the cache does not grow with every edit of the spec. */
export async function pruneCached(dir: string, keep: ReadonlySet<string>): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter((name) => {
    const key = CACHED_NAME.exec(name)?.[1];
    return key !== undefined && !keep.has(key);
  });
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  return stale.length;
}

/** Written to a temporary name and renamed, so a build stopped halfway never leaves a truncated image behind. */
export async function writeCached(dir: string, key: string, ext: CachedExt, data: Uint8Array | string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const final = join(dir, `${key}.${ext}`);
  const temp = `${final}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, final);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
