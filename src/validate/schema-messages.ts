import type { ErrorObject } from "ajv";
import { distance } from "fastest-levenshtein";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { nearest, suggest } from "../i18n/suggest.js";
import { locate, parsePointer } from "../load/locate.js";
import type { SourceDoc } from "../load/source.js";
import { suggestId } from "./slug.js";

/** The id pattern of docs/format.md; a pattern error on it gets its own, friendlier message. */
export const ID_PATTERN = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

/**
 * Rewrites ajv errors into plain words at the offending node. ajv with allErrors reports the branches of a
 * `oneOf` too; those are folded into one message about the party or executor.
 */
export function schemaDiagnostics(doc: SourceDoc, errors: readonly ErrorObject[], lang: Lang): Diagnostic[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  // A party that is not even a mapping gets the type message; "exactly one of" would only repeat it.
  const typePaths = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const isBranchNoise =
      oneOfPaths.has(error.instancePath) && (error.keyword === "required" || error.keyword === "not");
    if (isBranchNoise || error.keyword === "if") continue;
    if (error.keyword === "oneOf" && typePaths.has(error.instancePath)) continue;
    const d = rewrite(doc, error, lang);
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/**
 * Pointers of the keys a misspelt key was meant to be (`/ownr` → `/owner`). A rule that finds `owner` missing
 * would only repeat what the typo diagnostic already says, at another place, so validate drops it.
 */
export function intendedKeys(errors: readonly ErrorObject[]): string[] {
  const out: string[] = [];
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const candidate = nearest(String((error.params as { additionalProperty?: unknown }).additionalProperty), known);
    if (candidate !== undefined) out.push(`${error.instancePath}/${candidate}`);
  }
  return out;
}

/**
 * Pointers of values of the wrong type (`clients: 5`). The schema diagnostic already says what to write there;
 * a rule that then finds no clients would report the same mistake again, so validate drops it.
 */
export function wrongTypePointers(errors: readonly ErrorObject[]): string[] {
  return errors.filter((e) => e.keyword === "type").map((e) => e.instancePath);
}

function keyName(pointer: string): string {
  const segments = parsePointer(pointer);
  const last = segments[segments.length - 1];
  if (last === undefined) return "kind";
  if (/^\d+$/.test(last)) return `${segments[segments.length - 2] ?? ""}[${last}]`;
  return last;
}

function rewrite(doc: SourceDoc, error: ErrorObject, lang: Lang): Diagnostic {
  const path = error.instancePath;
  const key = keyName(path);
  const params = error.params as Record<string, unknown>;
  let pointer = path;
  let at: "key" | "value" = "value";
  let text: string;
  let suggestion: string | undefined;
  let rename: { from: string; to: string } | undefined;
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      pointer = `${path}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      at = "key";
      text = message(lang, "schema.unknown-key", { key: extra });
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      suggestion = suggest(extra, known, lang);
      const to = safeRename(extra, known, error.data);
      if (to !== undefined) rename = { from: extra, to };
      break;
    }
    case "required":
    // An own KPI's `indicator` without its `process`: the missing key is named the same way.
    case "dependentRequired":
      text = message(lang, "schema.required", { key: String(params.missingProperty) });
      break;
    case "enum":
      text = message(lang, "schema.enum", {
        key,
        values: (params.allowedValues as unknown[]).map(String).join(", "),
      });
      break;
    case "const":
      text = message(lang, "schema.const", { key, value: String(params.allowedValue) });
      break;
    case "type": {
      const type = String(params.type).split(",")[0] ?? "string";
      const typeId = `schema.type.${type}` as const;
      const typeText = isTypeId(typeId) ? message(lang, typeId) : type;
      text = message(lang, "schema.type", { key, type: typeText });
      break;
    }
    case "pattern": {
      const value = String(error.data);
      if (params.pattern === ID_PATTERN) {
        text = message(lang, "schema.id-pattern", { value });
        const id = suggestId(value);
        if (id) suggestion = message(lang, "did-you-mean", { candidate: id });
      } else {
        text = message(lang, "schema.pattern", { key, value });
      }
      break;
    }
    case "minLength":
    case "minItems":
    case "minProperties":
      text = message(lang, "schema.min-length", { key });
      break;
    case "maxLength":
    case "maxItems":
      text = message(lang, "schema.max-length", { key, limit: String(params.limit) });
      break;
    case "minimum":
    case "exclusiveMinimum":
      text = message(lang, "schema.minimum", { key, limit: String(params.limit) });
      break;
    case "maximum":
    case "exclusiveMaximum":
      text = message(lang, "schema.maximum", { key, limit: String(params.limit) });
      break;
    case "oneOf": {
      // The schemaPath is relative to the $ref'd definition, so tell an executor from a party by its properties.
      const properties = (error.parentSchema as { properties?: object } | undefined)?.properties ?? {};
      text = "role" in properties ? message(lang, "schema.executor") : message(lang, "schema.party", { key });
      // Two kinds given at once: point at the one written second, where the mistake most likely is.
      const second = secondKindKey(doc, path, error);
      if (second !== undefined) {
        pointer = `${path}/${second}`;
        at = "key";
      }
      break;
    }
    default:
      text = message(lang, "schema.other", { key, detail: error.message ?? error.keyword });
  }
  const pos = locate(doc, pointer, at);
  const d: Diagnostic = {
    code: "schema",
    severity: "error",
    message: suggestion ? `${text} — ${suggestion}` : text,
    file: doc.file,
    line: pos.line,
    column: pos.column,
    pointer,
  };
  if (suggestion) d.suggestion = suggestion;
  if (rename) {
    const start = doc.lineCounter.lineStarts[pos.line - 1];
    if (start !== undefined) d.fix = { kind: "rename-key", offset: start + pos.column - 1, ...rename };
  }
  return d;
}

/**
 * The key an unknown key can be renamed to without asking: the only known key 1–2 edits away, and not already
 * written in the same mapping (renaming would then make a duplicate key).
 */
function safeRename(key: string, known: readonly string[], mapping: unknown): string | undefined {
  const close = known.filter((k) => {
    const d = distance(key, k);
    return d >= 1 && d <= 2;
  });
  const [only, ...others] = close;
  if (only === undefined || others.length > 0) return undefined;
  if (typeof mapping === "object" && mapping !== null && only in mapping) return undefined;
  return only;
}

/** The later of the keys that made several branches of a `oneOf` pass, if there are several. */
function secondKindKey(doc: SourceDoc, path: string, error: ErrorObject): string | undefined {
  const passing = (error.params as { passingSchemas?: number[] | null }).passingSchemas;
  const branches = (error.schema as Array<{ required?: string[] }> | undefined) ?? [];
  if (!Array.isArray(passing) || passing.length < 2) return undefined;
  const keys = passing.map((i) => branches[i]?.required?.[0]).filter((k): k is string => k !== undefined);
  const written = keys
    .map((k) => ({ k, pos: locate(doc, `${path}/${k}`, "key") }))
    .sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
  return written[written.length - 1]?.k;
}

function isTypeId(
  id: string,
): id is
  | "schema.type.string"
  | "schema.type.integer"
  | "schema.type.number"
  | "schema.type.boolean"
  | "schema.type.array"
  | "schema.type.object" {
  return ["string", "integer", "number", "boolean", "array", "object"].some((t) => id === `schema.type.${t}`);
}
