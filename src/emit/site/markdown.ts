import { posix } from "node:path";
import MarkdownIt from "markdown-it";

/** Where a Markdown page is and how to show the pictures and diagrams it holds. */
export interface MarkdownPage {
  path: string;
  /** The SVG to show for a picture the page links, by its path from the site's root. */
  picture: (path: string) => string | undefined;
  /** Whether a picture is a file of the site, shown as an image (the ratings charts). */
  hasFile: (path: string) => boolean;
  /** The HTML (framed pictures) to show for a `mermaid` block, when its diagram was drawn. */
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
  let env: MarkdownPage = {
    path: "",
    picture: () => undefined,
    hasFile: () => false,
    drawn: () => undefined,
    missingDiagram: () => "",
  };
  const defaultFence = rules.fence ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  rules.fence = (tokens, i, options, e, self) => {
    const token = tokens[i];
    const html = token?.info.trim() === "mermaid" ? env.drawn(token.content) : undefined;
    return html === undefined ? defaultFence(tokens, i, options, e, self) : `${html}\n`;
  };
  const defaultImage = rules.image ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  rules.image = (tokens, i, options, e, self) => {
    const token = tokens[i];
    const src = String(token?.attrGet("src") ?? "");
    const alt = token?.content ?? "";
    const target = posix.normalize(posix.join(posix.dirname(env.path), src));
    if (env.hasFile(target)) return defaultImage(tokens, i, options, e, self);
    const svg = env.picture(target);
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
