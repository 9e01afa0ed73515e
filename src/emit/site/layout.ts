import type { Lang } from "../../i18n/lang.js";
import { siteWords } from "../../i18n/words/site.js";
import { outputPaths } from "../files.js";
import { hrefTo, rootOf, sitePaths } from "./paths.js";
import type { Relations, SiteLink } from "./relations.js";

export type NavSection = "processes" | "units" | "positions" | "documents" | "map" | "chart";

export interface Page {
  /** Path without extension, relative to the site's root. */
  path: string;
  title: string;
  lang: Lang;
  organization: string;
  /** From the home page down to the page's parent; the page itself closes the trail. */
  crumbs: SiteLink[];
  /** The page's content, already HTML. */
  body: string;
  related?: Relations;
  section?: NavSection;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A link from `from` to a site link, or its text when it leads nowhere. */
export function linkHtml(from: string, link: SiteLink): string {
  return link.to === undefined
    ? escapeHtml(link.text)
    : `<a href="${escapeHtml(hrefTo(from, link.to))}">${escapeHtml(link.text)}</a>`;
}

/** The whole HTML page: header with navigation and search, breadcrumbs, content, links panel. */
export function pageHtml(page: Page): string {
  const w = siteWords(page.lang);
  const from = page.path;
  const navItems: [NavSection, string, string][] = [
    ["map", w.nav.map, outputPaths.processMap],
    ["processes", w.nav.processes, sitePaths.processes],
    ["units", w.nav.units, sitePaths.units],
    ["positions", w.nav.positions, sitePaths.positions],
    ["chart", w.nav.chart, outputPaths.orgChart],
    ["documents", w.nav.documents, sitePaths.home],
  ];
  const nav = navItems
    .map(
      ([section, text, to]) =>
        `<a href="${escapeHtml(hrefTo(from, to))}"${page.section === section ? ' aria-current="page"' : ""}>${escapeHtml(text)}</a>`,
    )
    .join("");
  const crumbs = [...page.crumbs.map((c) => `<li>${linkHtml(from, c)}</li>`), `<li>${escapeHtml(page.title)}</li>`];
  const related =
    page.related && page.related.groups.length > 0 ? relatedHtml(from, page.related, w.related.heading) : "";
  const scriptWords = JSON.stringify({ none: w.search.none, loading: w.search.loading, zoom: w.zoom }).replace(
    /</g,
    "\\u003c",
  );
  return `<!doctype html>
<html lang="${page.lang}" data-root="${rootOf(from)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} — ${escapeHtml(page.organization)}</title>
<link rel="stylesheet" href="${rootOf(from)}assets/site.css">
</head>
<body>
<a class="skip" href="#content">${escapeHtml(w.skip)}</a>
<header class="top"><div class="bar">
<a class="org" href="${escapeHtml(hrefTo(from, sitePaths.home))}">${escapeHtml(page.organization)}</a>
<nav aria-label="${escapeHtml(w.nav.documents)}">${nav}</nav>
<div class="search" role="search">
<input id="search-input" type="search" autocomplete="off" aria-label="${escapeHtml(w.search.label)}" placeholder="${escapeHtml(w.search.placeholder)}" aria-controls="search-results" aria-expanded="false">
<ol id="search-results"></ol>
</div>
</div></header>
<div class="page${related === "" ? " wide" : ""}">
${page.crumbs.length > 0 ? `<nav class="crumbs" aria-label="breadcrumbs"><ol>${crumbs.join("")}</ol></nav>` : ""}
<main id="content">
${page.body}
</main>
${related}</div>
<footer>${escapeHtml(w.footer)}</footer>
<script type="application/json" id="site-words">${scriptWords}</script>
<script src="${rootOf(from)}assets/site.js"></script>
</body>
</html>
`;
}

function relatedHtml(from: string, related: Relations, heading: string): string {
  const groups = related.groups.map(
    (g) =>
      `<h3>${escapeHtml(g.heading)}</h3>\n<ul>${g.links.map((l) => `<li>${linkHtml(from, l)}</li>`).join("")}</ul>`,
  );
  return `<aside class="related" aria-label="${escapeHtml(heading)}">\n<h2>${escapeHtml(heading)}</h2>\n${groups.join("\n")}\n</aside>\n`;
}
