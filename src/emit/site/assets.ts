import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EmittedFile } from "../files.js";
import { SITE_ROOT, sitePaths } from "./paths.js";

/** The site's own stylesheet and script ship with the templates (`templates/site/`). */
const SITE_TEMPLATES = fileURLToPath(new URL("../../../templates/site/", import.meta.url));

/**
 * The files every site carries: its stylesheet and script, and the two libraries the search runs on in the browser
 * (MiniSearch's UMD build and the Snowball stemmers), copied from the installed packages so the site makes no
 * request outside its folder.
 */
export function siteAssets(): EmittedFile[] {
  const require = createRequire(import.meta.url);
  // Neither package exports its browser build by name; both sit at known places beside the entry point.
  const minisearch = join(dirname(require.resolve("minisearch")), "..", "umd", "index.js");
  const stemmers = require.resolve("snowball-stemmers");
  const file = (name: string, path: string): EmittedFile => ({
    path: `${SITE_ROOT}/${sitePaths.asset(name)}`,
    content: readFileSync(path, "utf8"),
  });
  return [
    file("site.css", join(SITE_TEMPLATES, "site.css")),
    file("site.js", join(SITE_TEMPLATES, "site.js")),
    file("minisearch.js", minisearch),
    file("stemmers.js", stemmers),
  ];
}
