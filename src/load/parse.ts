import type { Document, YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { suggest } from "../i18n/suggest.js";
import { yamlErrorText } from "../i18n/yaml-errors.js";
import { type FastDoc, fastParse } from "./fast-parse.js";
import { yamlLib } from "./libraries.js";
import { locate } from "./locate.js";
import { YAML_OPTIONS } from "./parse-options.js";
import { PositionedDoc, SpecText } from "./positioned-doc.js";
import { KINDS, type Kind, type SourceDoc, type UnreadableDoc } from "./source.js";

export { YAML_OPTIONS } from "./parse-options.js";

/** Aliases are legal YAML, but a spec has no need for many of them; more than this is treated as an alias bomb. */
const MAX_ALIASES = 100;

export interface ParsedFile {
  docs: SourceDoc[];
  diagnostics: Diagnostic[];
  /** Documents with a syntax error: what could still be read of them. */
  unreadable: UnreadableDoc[];
}

/** Parses every YAML document of one file, keeping positions; YAML problems become diagnostics, never exceptions. */
export function parseSpecText(file: string, text: string, lang: Lang, expectKind = true): ParsedFile {
  const fast = fastParse(text);
  if (fast) return readFast(file, text, fast, lang, expectKind);
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const docs: SourceDoc[] = [];
  const unreadable: UnreadableDoc[] = [];
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const parsed = parseAllDocuments(text, { lineCounter, ...YAML_OPTIONS });
  const list = Array.isArray(parsed) ? parsed : [];
  list.forEach((yamlDoc, index) => {
    if (yamlDoc.errors.length > 0) {
      for (const error of reportableErrors(yamlDoc.errors))
        diagnostics.push(yamlErrorDiagnostic(file, text, error, at, lang));
      if (!soundDespiteErrors(yamlDoc, text, index)) {
        unreadable.push(readWhatRemains(file, index, yamlDoc, text));
        return;
      }
    }
    if (yamlDoc.contents === null) return; // an empty document or one of comments only: nothing to check
    const aliases = checkAliases(yamlDoc, lang);
    if (aliases.problem) {
      diagnostics.push(diag(file, "yaml-alias", aliases.problem.text, at(aliases.problem.offset), ""));
      return;
    }
    let data: unknown;
    try {
      data = yamlDoc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      // Fewer aliases than the limit can still expand exponentially when they nest: yaml counts them as it
      // expands and throws a ReferenceError. A RangeError is its other limit, a very deep structure.
      if (error instanceof ReferenceError) {
        const text = message(lang, "yaml-alias", { limit: MAX_ALIASES });
        diagnostics.push(diag(file, "yaml-alias", text, at(aliases.firstOffset), ""));
        return;
      }
      const start = at(yamlDoc.contents.range?.[0] ?? 0);
      const text =
        error instanceof RangeError
          ? message(lang, "yaml-syntax.too-deep")
          : message(lang, "yaml-syntax", { detail: yamlErrorText(lang, "unknown") });
      diagnostics.push(diag(file, "yaml-syntax", text, start, ""));
      return;
    }
    // `---` with nothing after it, or an explicit `~`: an empty document, as harmless as an empty file.
    if (data === null || data === undefined) return;
    const start = at(yamlDoc.contents.range?.[0] ?? 0);
    if (typeof data !== "object" || Array.isArray(data)) {
      const found = Array.isArray(data) ? message(lang, "found.list") : JSON.stringify(data);
      const id = expectKind ? "not-a-mapping" : "config.not-a-mapping";
      diagnostics.push(diag(file, "not-a-mapping", message(lang, id, { found }), start, ""));
      return;
    }
    const record = data as Record<string, unknown>;
    const doc: SourceDoc = { file, index, kind: null, data: record, yaml: yamlDoc, lineCounter };
    if (expectKind) {
      const kind = checkKind(doc, record.kind, lang, diagnostics, () => start);
      if (kind === undefined) return;
      doc.kind = kind;
    }
    docs.push(doc);
  });
  return { docs, diagnostics, unreadable };
}

/**
 * Documents the fast path read (every one a mapping, without a YAML problem): only the kind is left to check.
 * Positions are looked up only for a kind that is missing or wrong; nothing here builds a `yaml` Document else.
 */
function readFast(file: string, text: string, fast: readonly FastDoc[], lang: Lang, expectKind: boolean): ParsedFile {
  const source = new SpecText(text);
  const diagnostics: Diagnostic[] = [];
  const docs: SourceDoc[] = [];
  fast.forEach(({ data, positions }, index) => {
    const doc = new PositionedDoc(file, index, null, data, source, positions);
    if (expectKind) {
      const kind = checkKind(doc, data.kind, lang, diagnostics, () => locate(doc, ""));
      if (kind === undefined) return;
      doc.kind = kind;
    }
    docs.push(doc);
  });
  return { docs, diagnostics, unreadable: [] };
}

/** An id as docs/format.md writes it; in a broken document any such word may be a reference. */
const ID_WORD = /[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g;

/**
 * The kind and id of a document yaml could only partly read, from the tree it still built (yaml recovers most
 * of a document around an unclosed bracket), and every id-like word of its text, whatever the tree made of it.
 */
function readWhatRemains(file: string, index: number, yamlDoc: Document.Parsed, text: string): UnreadableDoc {
  const source = text.slice(yamlDoc.range[0], yamlDoc.range[2]);
  const mentions = new Set(source.match(ID_WORD) ?? []);
  let data: unknown;
  try {
    data = yamlDoc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    data = undefined;
  }
  const record =
    typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const kindText = typeof record.kind === "string" ? record.kind : /^kind:[ \t]*["']?(\w+)/m.exec(source)?.[1];
  const idText = typeof record.id === "string" ? record.id : /^id:[ \t]*["']?([a-z0-9-]+)/m.exec(source)?.[1];
  const kind = (KINDS as readonly string[]).includes(kindText ?? "") ? (kindText as Kind) : null;
  return idText ? { file, index, kind, id: idText, mentions } : { file, index, kind, mentions };
}

/**
 * An alias to no anchor, or so many aliases that expanding them could exhaust memory ("billion laughs"):
 * both are found by walking the tree, before anything is expanded. `firstOffset` is where a nested alias
 * bomb, which only expansion reveals, is reported.
 */
function checkAliases(
  yamlDoc: Document.Parsed,
  lang: Lang,
): { problem?: { text: string; offset: number }; firstOffset: number } {
  let count = 0;
  let firstOffset = 0;
  let problem: { text: string; offset: number } | undefined;
  const { visit } = yamlLib();
  visit(yamlDoc, {
    Alias(_key, node) {
      if (count === 0) firstOffset = node.range?.[0] ?? 0;
      count++;
      if (!problem && node.resolve(yamlDoc) === undefined) {
        const text = message(lang, "yaml-alias.unresolved", { name: node.source });
        problem = { text, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (problem) return { problem, firstOffset };
  if (count > MAX_ALIASES)
    return { problem: { text: message(lang, "yaml-alias", { limit: MAX_ALIASES }), offset: firstOffset }, firstOffset };
  return { firstOffset };
}

/** Errors after which yaml still builds the whole tree; syntax errors leave it partial or guessed. */
const RECOVERABLE = new Set(["DUPLICATE_KEY", "TAB_AS_INDENT"]);
/** Tab widths tried when a tab indents a line; editors show 1 to 8 columns. */
const TAB_WIDTHS = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * Whether a document with errors can still be read, so that one slip does not turn into false reports elsewhere
 * (`unknown-reference` to its id, `single-child` on its parent). With a duplicate key yaml builds the whole
 * tree (the later value wins). A tab in indentation is kept only when it means the same at every tab width:
 * yaml ignores such a tab, which reads a tab-indented key as a sibling of the key above instead of its child.
 */
function soundDespiteErrors(yamlDoc: Document.Parsed, text: string, index: number): boolean {
  if (!yamlDoc.errors.every((e) => RECOVERABLE.has(e.code))) return false;
  if (!yamlDoc.errors.some((e) => e.code === "TAB_AS_INDENT")) return true;
  const asRead = plainData(yamlDoc);
  if (asRead === undefined) return false;
  return TAB_WIDTHS.every((width) => {
    const spaced = text.replace(/^[ \t]+/gm, (lead) => lead.replace(/\t/g, " ".repeat(width)));
    const other = yamlLib().parseAllDocuments(spaced, YAML_OPTIONS);
    const same = Array.isArray(other) ? other[index] : undefined;
    if (!same || same.errors.some((e) => e.code !== "DUPLICATE_KEY")) return false;
    return plainData(same) === asRead;
  });
}

/** A document's data as JSON text, for comparing two readings; undefined when it cannot be expanded safely. */
function plainData(yamlDoc: Document.Parsed): string | undefined {
  try {
    return JSON.stringify(yamlDoc.toJS({ maxAliasCount: MAX_ALIASES })) ?? "null";
  } catch {
    return undefined;
  }
}

/**
 * Which of a document's YAML errors to show. Duplicate keys and tabs are independent of each other and all
 * shown; of the syntax errors only the most telling one, because the rest are usually echoes of the first.
 */
function reportableErrors(errors: readonly YAMLError[]): YAMLError[] {
  const independent = errors.filter((e) => e.code === "DUPLICATE_KEY" || e.code === "TAB_AS_INDENT");
  const syntax = errors.filter((e) => !independent.includes(e));
  const spansLines = (e: YAMLError) => e.code === "MULTILINE_IMPLICIT_KEY" && e.pos[1] - e.pos[0] > 1;
  const rank = (e: YAMLError) => (e.code === "MISSING_CHAR" && /quote/.test(e.message) ? 0 : spansLines(e) ? 1 : 2);
  const first = [...syntax].sort((a, b) => rank(a) - rank(b))[0];
  return first ? [...independent, first] : independent;
}

function checkKind(
  doc: SourceDoc,
  kind: unknown,
  lang: Lang,
  diagnostics: Diagnostic[],
  /** Where the document starts, for a missing kind: asked only then (a fast-read file's positions wait till asked). */
  start: () => { line: number; column: number },
): Kind | undefined {
  const kinds = KINDS.join(", ");
  if (kind === undefined) {
    diagnostics.push(diag(doc.file, "missing-kind", message(lang, "missing-kind", { kinds }), start(), ""));
    return undefined;
  }
  if (typeof kind === "string" && (KINDS as readonly string[]).includes(kind)) return kind as Kind;
  // A list or number as kind is shown as written, not flattened into a name it merely contains.
  const text = typeof kind === "string" ? kind : JSON.stringify(kind);
  const pair = doc.yaml.contents && "items" in doc.yaml.contents ? doc.yaml.get("kind", true) : undefined;
  const offset = (pair as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;
  const p = doc.lineCounter.linePos(offset);
  const d = diag(
    doc.file,
    "unknown-kind",
    message(lang, "unknown-kind", { kind: text, kinds }),
    {
      line: p.line,
      column: p.col,
    },
    "/kind",
  );
  const suggestion = typeof kind === "string" ? suggest(text, KINDS, lang) : undefined;
  if (suggestion) {
    d.suggestion = suggestion;
    d.message = `${d.message} — ${suggestion}`;
  }
  diagnostics.push(d);
  return undefined;
}

/** One YAML error as a diagnostic in the user's language, at the place the mistake starts. */
export function yamlErrorDiagnostic(
  file: string,
  text: string,
  error: YAMLError,
  at: (offset: number) => { line: number; column: number },
  lang: Lang,
): Diagnostic {
  const from = error.pos[0];
  if (error.code === "DUPLICATE_KEY") {
    // yaml reports the second occurrence; its source text is the key as written.
    const key = (/^[^:\n]*/.exec(text.slice(from, from + 200))?.[0] ?? "").trim();
    return diag(file, "yaml-duplicate-key", message(lang, "yaml-duplicate-key", { key }), at(from), "");
  }
  if (error.code === "TAB_AS_INDENT") return diag(file, "yaml-tab", message(lang, "yaml-tab"), at(from), "");
  const plain = plainSyntaxError(text, error, lang, at);
  if (plain) {
    const d = diag(file, "yaml-syntax", plain.text, at(plain.offset), "");
    // An unclosed bracket or quote is noticed far from where it was opened: show both places.
    const noticed = at(from);
    if (plain.opened && noticed.line !== d.line)
      d.related = [{ file, ...noticed, message: message(lang, "yaml-syntax.noticed") }];
    return d;
  }
  // The parser's own message is English and for YAML experts: its code says what it means in the user's words.
  const detail = yamlErrorText(lang, error.code);
  return diag(file, "yaml-syntax", message(lang, "yaml-syntax", { detail }), at(from), "");
}

/**
 * yaml's messages are written for YAML experts and point where the parser gave up (often the end of the file).
 * For the mistakes people make by hand, say it in plain words and point where the mistake starts.
 */
function plainSyntaxError(
  text: string,
  error: YAMLError,
  lang: Lang,
  at: (offset: number) => { line: number; column: number },
): { text: string; offset: number; opened?: boolean } | undefined {
  const [from, to] = error.pos;
  if (error.code === "MISSING_CHAR" && /quote/.test(error.message)) {
    const quote = /'/.test(error.message) && !/"/.test(error.message) ? "'" : '"';
    const offset = openingQuote(text, from, quote);
    const line = at(offset).line;
    return { text: message(lang, "yaml-syntax.unclosed-quote", { quote, line }), offset, opened: true };
  }
  if (
    /must be sufficiently indented and end with a [\]}]/.test(error.message) ||
    /end with a [\]}]/.test(error.message)
  ) {
    const close = error.message.includes("}") ? "}" : "]";
    const open = close === "]" ? "[" : "{";
    const offset = unmatchedOpening(text, from, open, close);
    if (offset !== undefined) {
      const id = open === "[" ? "yaml-syntax.unclosed-bracket" : "yaml-syntax.unclosed-brace";
      return { text: message(lang, id, { line: at(offset).line }), offset, opened: true };
    }
  }
  if (error.code === "MULTILINE_IMPLICIT_KEY") {
    // A key that runs over two lines: either the second line is indented too far (it continues the first),
    // or the first line has no `:` at all (a stray sentence); the indentation tells which.
    const firstLine = text.lastIndexOf("\n", from - 1) + 1;
    const lastLine = text.lastIndexOf("\n", Math.max(from, to - 1) - 1) + 1;
    if (lastLine > firstLine) {
      const indent = (at: number) => /^[ ]*/.exec(text.slice(at))?.[0].length ?? 0;
      if (indent(lastLine) > indent(firstLine))
        return { text: message(lang, "yaml-syntax.multiline-key"), offset: lastLine + indent(lastLine) };
      return { text: message(lang, "yaml-syntax.missing-colon"), offset: firstLine + indent(firstLine) };
    }
  }
  if (error.code === "MISSING_CHAR" && /followed by map values/.test(error.message)) {
    // A line with no `:` at all: yaml reads it as a key still waiting for its value.
    const lineStart = text.lastIndexOf("\n", from - 1) + 1;
    const indent = /^[ ]*/.exec(text.slice(lineStart))?.[0].length ?? 0;
    return { text: message(lang, "yaml-syntax.missing-colon"), offset: lineStart + indent };
  }
  if (
    (error.code === "BLOCK_AS_IMPLICIT_KEY" && /compact mappings/.test(error.message)) ||
    (error.code === "BLOCK_IN_FLOW" && /: /.test(text.slice(from, to)))
  )
    return { text: message(lang, "yaml-syntax.colon-in-value"), offset: from };
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" || (error.code === "BAD_INDENT" && /same column/.test(error.message)))
    return { text: message(lang, "yaml-syntax.misaligned"), offset: from };
  if (error.code === "BAD_SCALAR_START") {
    const char = text.charAt(from);
    return { text: message(lang, "yaml-syntax.reserved-start", { char }), offset: from };
  }
  if (error.code === "BAD_DQ_ESCAPE") {
    const sequence = /\\\S?/.exec(error.message)?.[0] ?? "\\";
    return { text: message(lang, "yaml-syntax.bad-escape", { escape: sequence }), offset: from };
  }
  if (error.code === "UNEXPECTED_TOKEN") {
    const char = text.charAt(from);
    if (char.trim()) return { text: message(lang, "yaml-syntax.unexpected", { char }), offset: from };
  }
  if (/call stack/i.test(error.message)) return { text: message(lang, "yaml-syntax.too-deep"), offset: from };
  return undefined;
}

/** The unclosed quote is the last one before `end` (everything after it was swallowed into the string). */
function openingQuote(text: string, end: number, quote: string): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === "\\") continue;
    if (quote === "'" && (text[i - 1] === "'" || text[i + 1] === "'")) continue;
    return i;
  }
  return end;
}

/** The last `open` before `end` that no `close` matches. */
function unmatchedOpening(text: string, end: number, open: string, close: string): number | undefined {
  let depth = 0;
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

export function diag(
  file: string,
  code: string,
  text: string,
  pos: { line: number; column: number },
  pointer: string,
): Diagnostic {
  return { code, severity: "error", message: text, file, line: pos.line, column: pos.column, pointer };
}
