import { readFileSync } from "node:fs";

/** procspec's version, from the package.json two folders up from both src/cli and dist/cli. */
export const VERSION: string = String(
  (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown }).version,
);
