import { posix } from "node:path";
import type { HelperOptions } from "handlebars";
import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { BoundedMemo } from "../../model/memo.js";
import type { Cell, DocumentFrame, Field, Group, Item, Link, ReportBlock, Table, UnitNode } from "../views/index.js";
import { codeSpan, escapeCell, escapeInline, escapeLinkText, escapeText, fencedBlock } from "./escape.js";
import { approvalMd, closingMd } from "./frame.js";

/** What every template is rendered with: the view, plus the switches helpers need. */
export interface RenderRoot {
  path: string;
  lang: Lang;
  trace: boolean;
}

function root(options: HelperOptions): RenderRoot {
  return (options.data as { root: RenderRoot }).root;
}

/** A link between two documents of the set, relative to the document being written. */
export function relativeLink(fromPath: string, toPath: string): string {
  return linkIn(linksFrom(fromPath).files, fromPath, toPath, toPath);
}

/** The link to the Markdown document `to` (a path without `.md`), relative to the document being written. */
function documentLink(fromPath: string, to: string): string {
  return linkIn(linksFrom(fromPath).documents, fromPath, to, `${to}.md`);
}

function linkIn(made: BoundedMemo<string, string>, fromPath: string, key: string, toPath: string): string {
  return made.get(key, () => {
    const rel = posix.relative(posix.dirname(fromPath), toPath);
    return rel.startsWith(".") ? rel : `./${rel}`;
  });
}

/**
 * Links already made, by the folder linked from: the documents of one folder link the same others again and again
 * (every process its parent and owner, every row of a register its process), and resolving paths was a
 * measurable share of rendering. Looked up by the document's path and the target as the view holds them, so no
 * key is built per link; `documents` by a document's path without `.md`, `files` by the whole path.
 */
interface FolderLinks {
  documents: BoundedMemo<string, string>;
  files: BoundedMemo<string, string>;
}
const byFolder = new BoundedMemo<string, FolderLinks>(10_000);
const byDocument = new BoundedMemo<string, FolderLinks>(100_000);
const linksFrom = (fromPath: string): FolderLinks =>
  byDocument.get(fromPath, () =>
    byFolder.get(posix.dirname(fromPath), () => ({
      // Bounded, for a server that renders for days: a folder's links are made again when too many.
      documents: new BoundedMemo(100_000),
      files: new BoundedMemo(100_000),
    })),
  );

function mdLink(link: Link, from: string): string {
  return `[${escapeLinkText(link.text)}](${documentLink(from, link.to)})`;
}

function traced(source: string | undefined, r: RenderRoot): string {
  return r.trace && source ? ` ${codeSpan(source)}` : "";
}

function cellText(cell: Cell): string {
  if (typeof cell === "string") return escapeCell(cell);
  if (cell.length === 1) return escapeCell(cell[0] ?? "");
  return cell.map((line) => `• ${escapeCell(line)}`).join("<br>");
}

export function tableMd(table: Table, r: RenderRoot, bold?: (row: number, column: number) => boolean): string {
  const traceColumn = r.trace && table.rows.some((row) => row.source);
  const columns = [...table.columns, ...(traceColumn ? [documentWords(r.lang).common.source] : [])];
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  let out = `${line(columns.map(escapeCell))}\n${line(columns.map(() => "---"))}`;
  // Rows are appended as they are made: the tables of a large organization run to thousands of rows, and an array
  // of cells per row and of lines per table was most of what rendering Markdown allocated.
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Table["rows"][number];
    out += "\n|";
    const cells = row.cells;
    for (let k = 0; k < cells.length; k++) {
      const text = cellText(cells[k] as Cell);
      out += bold?.(i, k) ? ` **${text}** |` : ` ${text} |`;
    }
    if (traceColumn) out += row.source ? ` ${codeSpan(row.source)} |` : "  |";
    else if (cells.length === 0) out += "  |";
  }
  return out;
}

/** A block of the generic report views; a heat table's low scores in bold. */
function reportBlockMd(block: ReportBlock, r: RenderRoot): string {
  switch (block.kind) {
    case "heading":
      return `${"#".repeat(block.level)} ${escapeInline(block.text)}`;
    case "paragraph":
      return block.italics ? `*${escapeInline(block.text)}*` : escapeText(block.text);
    case "fields":
      return fieldsMd(block.fields, r);
    case "bullets":
      return listMd(block.items, r);
    case "table":
      return tableMd(block.table, r, (row, column) => block.shades?.[row]?.[column] === "low");
    case "image":
      return `![${escapeLinkText(block.alt)}](${relativeLink(r.path, `${block.path}.svg`)})`;
  }
}

function listMd(items: readonly Item[], r: RenderRoot, indent = ""): string {
  return items
    .map((item) => `${indent}- ${escapeText(item.text).replace(/\n/g, `\n${indent}  `)}${traced(item.source, r)}`)
    .join("\n");
}

function treeMd(nodes: readonly UnitNode[], r: RenderRoot, depth = 0): string {
  const indent = "  ".repeat(depth);
  return nodes
    .map((node) => {
      const note = node.note ? ` — ${escapeInline(node.note)}` : "";
      const children = node.children.length > 0 ? `\n${treeMd(node.children, r, depth + 1)}` : "";
      return `${indent}- ${mdLink(node.link, r.path)}${note}${children}`;
    })
    .join("\n");
}

// Header lines end with a backslash: a hard line break that survives editors trimming trailing spaces.
export function fieldsMd(fields: readonly Field[], r: RenderRoot): string {
  return fields
    .map((f) => `**${escapeInline(f.label)}:** ${f.link ? mdLink(f.link, r.path) : escapeInline(f.value)}`)
    .join("\\\n");
}

/** A helper given a field the view does not have; emit-markdown names the field from the template's text. */
export class MissingFieldError extends Error {
  constructor(
    readonly helper: string,
    readonly at: { line: number; column: number } | undefined,
  ) {
    super(`\`{{${helper} …}}\` is given a field this document does not have`);
  }
}

/** Registers the Markdown helpers; every helper escapes what it prints, templates never see raw user text. */
export function registerHelpers(hb: typeof import("handlebars")): void {
  hb.registerHelper("text", (value: unknown) => escapeText(String(value ?? "")));
  hb.registerHelper("inline", (value: unknown) => escapeInline(String(value ?? "")));
  // After "## " nothing opens a block, so a numbered heading («1. Общие знания») keeps its dot unescaped.
  hb.registerHelper("heading", (value: unknown) => escapeLinkText(String(value ?? "")));
  hb.registerHelper("link", (link: Link, options: HelperOptions) => mdLink(link, root(options).path));
  // One link reads as a sentence (the owner of a process); several as a list.
  hb.registerHelper("links", (links: readonly Link[], options: HelperOptions) =>
    links.length === 1 && links[0]
      ? mdLink(links[0], root(options).path)
      : links.map((l) => `- ${mdLink(l, root(options).path)}`).join("\n"),
  );
  hb.registerHelper("list", (items: readonly Item[], options: HelperOptions) => listMd(items, root(options)));
  hb.registerHelper("table", (table: Table, options: HelperOptions) => tableMd(table, root(options)));
  hb.registerHelper("tree", (nodes: readonly UnitNode[], options: HelperOptions) => treeMd(nodes, root(options)));
  hb.registerHelper("groups", (groups: readonly Group[], options: HelperOptions) =>
    groups.map((g) => `- ${mdLink(g.link, root(options).path)}\n${listMd(g.items, root(options), "  ")}`).join("\n"),
  );
  hb.registerHelper("fields", (fields: readonly Field[], options: HelperOptions) => fieldsMd(fields, root(options)));
  hb.registerHelper("blocks", (blocks: readonly ReportBlock[], options: HelperOptions) =>
    blocks.map((b) => reportBlockMd(b, root(options))).join("\n\n"),
  );
  // The document frame (../views/frame.ts): the approval block above the title, the sign-off sheets, passport and
  // change log at the end.
  hb.registerHelper("approval", (meta: DocumentFrame) => approvalMd(meta));
  hb.registerHelper("closing", (meta: DocumentFrame, options: HelperOptions) => closingMd(meta, root(options)));
  hb.registerHelper("image", (image: { alt: string; path: string }, options: HelperOptions) => {
    return `![${escapeLinkText(image.alt)}](${relativeLink(root(options).path, image.path)})`;
  });
  hb.registerHelper("mermaid", (source: string) => fencedBlock("mermaid", source));
  hb.registerHelper("source", (source: string | undefined, options: HelperOptions) =>
    traced(source, root(options)).trim(),
  );
  // Strict mode catches a missing field printed as `{{x}}`, but not one passed to a helper (`{{list x}}`): such a
  // helper would fail deep inside with "Cannot read properties of undefined". Say which line asks for what.
  for (const name of ["link", "links", "list", "table", "tree", "groups", "fields", "approval", "closing", "image"]) {
    const helper = hb.helpers[name];
    if (!helper) continue;
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const options = args.at(-1) as HelperOptions & { loc?: { start: { line: number; column: number } } };
      if (args.length < 2 || args[0] === undefined || args[0] === null) {
        throw new MissingFieldError(name, options.loc?.start);
      }
      return (helper as (...values: unknown[]) => unknown).apply(this, args);
    });
  }
}
