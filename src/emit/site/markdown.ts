import { posix } from "node:path";
import MarkdownIt from "markdown-it";

/** Where a Markdown page is and how to show the diagrams it links: the inline SVG for a picture, by diagram name. */
export interface MarkdownPage {
  path: string;
  /** The SVG to show for a diagram, by its name (a linked picture) or by its Mermaid source (a `mermaid` block). */
  diagram: (name: string) => string | undefined;
  drawn: (mermaid: string) => string | undefined;
  missingDiagram: (alt: string) => string;
}

/**
 * Markdown → HTML with markdown-it: CommonMark and tables, raw HTML in the text shown as text (the documents'
 * escaping makes user text literal in Markdown, and markdown-it keeps it literal in HTML). Links between documents
 * lead to the `.html` twins; a linked diagram picture becomes the SVG itself, so its boxes can be links.
 */
export function markdownRenderer(): (markdown: string, page: MarkdownPage) => string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const rules = md.renderer.rules;
  const defaultLinkOpen = rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  rules.link_open = (tokens, i, options, env, self) => {
    const token = tokens[i];
    const href = String(token?.attrGet("href") ?? "");
    if (token && href !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("#")) {
      token.attrSet("href", href.replace(/\.md(?=$|#)/, ".html"));
    }
    return defaultLinkOpen(tokens, i, options, env, self);
  };
  // Rendering is synchronous: the page being rendered is known to the rules through this variable.
  let env: MarkdownPage = { path: "", diagram: () => undefined, drawn: () => undefined, missingDiagram: () => "" };
  const defaultFence = rules.fence ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  rules.fence = (tokens, i, options, e, self) => {
    const token = tokens[i];
    const svg = token?.info.trim() === "mermaid" ? env.drawn(token.content) : undefined;
    return svg === undefined
      ? defaultFence(tokens, i, options, e, self)
      : `<div class="diagram" role="group">${svg}</div>\n`;
  };
  rules.image = (tokens, i) => {
    const token = tokens[i];
    const src = String(token?.attrGet("src") ?? "");
    const alt = token?.content ?? "";
    const target = posix.normalize(posix.join(posix.dirname(env.path), src));
    const name = /^diagrams\/(.+)\.svg$/.exec(target)?.[1];
    const svg = name === undefined ? undefined : env.diagram(name);
    return svg === undefined ? env.missingDiagram(alt) : `<span class="diagram" role="group">${svg}</span>`;
  };
  rules.table_open = () => '<div class="table-wrap"><table>\n';
  rules.table_close = () => "</table></div>\n";
  return (markdown, page) => {
    env = page;
    return md.render(markdown);
  };
}

/** The words of an HTML fragment, for the search index: pictures and tags dropped, entities read. */
export function plainText(html: string): string {
  return html
    .replace(/<svg[\s\S]*?<\/svg>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
