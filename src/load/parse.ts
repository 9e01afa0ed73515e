import { closest, distance } from "fastest-levenshtein";
import { LineCounter, parseAllDocuments, visit, type YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { KINDS, type Kind, type SourceDoc } from "./source.js";

/** Aliases are legal YAML, but a spec has no need for many of them; more than this is treated as an alias bomb. */
const MAX_ALIASES = 100;

export interface ParsedFile {
  docs: SourceDoc[];
  diagnostics: Diagnostic[];
}

/** Parses every YAML document of one file, keeping positions; YAML problems become diagnostics, never exceptions. */
export function parseSpecText(file: string, text: string, lang: Lang, expectKind = true): ParsedFile {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const docs: SourceDoc[] = [];
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(parsed) ? parsed : [];
  list.forEach((yamlDoc, index) => {
    if (yamlDoc.errors.length > 0) {
      for (const error of yamlDoc.errors)
        diagnostics.push(yamlErrorDiagnostic(file, text, error, at(error.pos[0]), lang));
      return;
    }
    if (yamlDoc.contents === null) return; // an empty document or one of comments only: nothing to check
    let aliases = 0;
    let firstAlias = 0;
    visit(yamlDoc, {
      Alias(_key, node) {
        if (aliases === 0) firstAlias = node.range?.[0] ?? 0;
        aliases++;
      },
    });
    let data: unknown;
    try {
      data = yamlDoc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      diagnostics.push(diag(file, "yaml-alias", message(lang, "yaml-alias", { detail }), at(firstAlias), ""));
      return;
    }
    const start = at(yamlDoc.contents.range?.[0] ?? 0);
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      const found = Array.isArray(data) ? "a list" : JSON.stringify(data);
      diagnostics.push(diag(file, "not-a-mapping", message(lang, "not-a-mapping", { found }), start, ""));
      return;
    }
    const record = data as Record<string, unknown>;
    const doc: SourceDoc = { file, index, kind: null, data: record, yaml: yamlDoc, lineCounter };
    if (expectKind) {
      const kind = checkKind(doc, record.kind, lang, diagnostics, start);
      if (kind === undefined) return;
      doc.kind = kind;
    }
    docs.push(doc);
  });
  return { docs, diagnostics };
}

function checkKind(
  doc: SourceDoc,
  kind: unknown,
  lang: Lang,
  diagnostics: Diagnostic[],
  start: { line: number; column: number },
): Kind | undefined {
  const kinds = KINDS.join(", ");
  if (kind === undefined) {
    diagnostics.push(diag(doc.file, "missing-kind", message(lang, "missing-kind", { kinds }), start, ""));
    return undefined;
  }
  if (typeof kind === "string" && (KINDS as readonly string[]).includes(kind)) return kind as Kind;
  const text = String(kind);
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
  const suggestion = suggest(text, KINDS, lang);
  if (suggestion) {
    d.suggestion = suggestion;
    d.message = `${d.message} — ${suggestion}`;
  }
  diagnostics.push(d);
  return undefined;
}

/** "did you mean `x`?" when some candidate is close enough to be a plausible typo, else undefined. */
export function suggest(value: string, candidates: readonly string[], lang: Lang): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = value.toLowerCase();
  const exactCase = candidates.find((c) => c.toLowerCase() === lower);
  const candidate =
    exactCase ??
    closest(
      lower,
      candidates.map((c) => c.toLowerCase()),
    );
  const original = exactCase ?? candidates.find((c) => c.toLowerCase() === candidate) ?? candidate;
  const limit = Math.max(2, Math.floor(value.length / 3));
  if (!exactCase && distance(lower, candidate) > limit) return undefined;
  return message(lang, "did-you-mean", { candidate: original });
}

function yamlErrorDiagnostic(
  file: string,
  text: string,
  error: YAMLError,
  pos: { line: number; column: number },
  lang: Lang,
): Diagnostic {
  if (error.code === "DUPLICATE_KEY") {
    // yaml reports the second occurrence; its source text is the key as written.
    const key = (/^[^:\n]*/.exec(text.slice(error.pos[0], error.pos[0] + 200))?.[0] ?? "").trim();
    return diag(file, "yaml-duplicate-key", message(lang, "yaml-duplicate-key", { key }), pos, "");
  }
  if (error.code === "TAB_AS_INDENT") return diag(file, "yaml-tab", message(lang, "yaml-tab"), pos, "");
  const detail = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.code;
  return diag(file, "yaml-syntax", message(lang, "yaml-syntax", { detail }), pos, "");
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
