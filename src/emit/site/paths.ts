import { posix } from "node:path";
import { outputPaths } from "../files.js";

/** Everything the site writes lives under this folder of the output (`out/site/`). */
export const SITE_ROOT = "site";

/**
 * Pages of the site by path without extension, relative to the site's root. Documents keep the paths of their
 * Markdown twins (`processes/vehicle-intake`), so a link between two documents is the same link with `.html`.
 */
export const sitePaths = {
  home: "index",
  processes: "processes-list",
  units: "units-list",
  positions: "positions-list",
  /** A position's own page: where it works, what it owns and executes, its documents. */
  position: (id: string) => `positions/${id}/index`,
  process: outputPaths.process,
  unit: outputPaths.unit,
  asset: (name: string) => `assets/${name}`,
} as const;

/** The href from one page to another page (both without extension) or to a file (with `file: true`). */
export function hrefTo(from: string, to: string, file = false): string {
  const target = file ? to : `${to}.html`;
  const rel = posix.relative(posix.dirname(from), target);
  return rel === "" ? posix.basename(target) : rel;
}

/** `../../` from a page to the site's root (empty at the root). */
export function rootOf(page: string): string {
  const depth = page.split("/").length - 1;
  return "../".repeat(depth);
}
