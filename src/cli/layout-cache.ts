import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { LayoutCache } from "../emit/bpmn/layout.js";
import { pruneCached, writeCached } from "../emit/diagrams/cache.js";

/**
 * The swimlanes' ELK columns kept in the project's cache folder (`layouts/`), one small JSON file per graph, named
 * by the hash of the graph and of the elkjs version, so an upgraded ELK never reuses an old layout. `prune` removes
 * the layouts this build did not ask for, as the diagram cache does with images.
 */
export interface FileLayoutCache extends LayoutCache {
  prune(): Promise<number>;
}

export function fileLayoutCache(dir: string): FileLayoutCache {
  const used = new Set<string>();
  const version = elkVersion();
  const fileKey = (key: string) => createHash("sha256").update(`elkjs ${version}\0${key}`).digest("hex");
  return {
    async get(key) {
      const name = fileKey(key);
      used.add(name);
      // Read synchronously: a warm build reads a few small files per process, and a promise's trip through the
      // thread pool costs more than the read itself.
      try {
        const value: unknown = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"));
        return isColumns(value) ? value : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, columns) {
      const name = fileKey(key);
      used.add(name);
      // A cache that cannot be written costs only laying out again next time.
      await writeCached(dir, name, "json", JSON.stringify(columns)).catch(() => undefined);
    },
    prune: () => pruneCached(dir, used),
  };
}

function isColumns(value: unknown): value is Record<string, number> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((x) => typeof x === "number")
  );
}

let version: string | undefined;
function elkVersion(): string {
  if (version === undefined) {
    try {
      const path = createRequire(import.meta.url).resolve("elkjs/package.json");
      version = String((JSON.parse(readFileSync(path, "utf8")) as { version?: unknown }).version);
    } catch {
      version = "unknown";
    }
  }
  return version;
}
