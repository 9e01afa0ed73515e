import type { Fix } from "../diagnostics/diagnostic.js";
import { applyFixes } from "../fix/apply.js";
import { describeFix } from "../fix/project.js";
import { message } from "../i18n/messages.js";
import type { Kind } from "../load/source.js";
import type { ElementKind } from "../model/types.js";
import { ID_PATTERN } from "../validate/schema-messages.js";
import { docAt, keyAt, type Occurrence, occurrenceAt, occurrences } from "./ids.js";
import { keyDescription } from "./schema-help.js";
import type { Snapshot } from "./workspace.js";

/** A replacement of `start..end` (offsets in the file's text) by `text`. */
export interface Edit {
  file: string;
  start: number;
  end: number;
  text: string;
}

export function definition(snapshot: Snapshot, file: string, offset: number): Occurrence | undefined {
  const at = occurrenceAt(snapshot, file, offset);
  if (!at) return undefined;
  return occurrences(snapshot).find((o) => o.role === "definition" && o.id === at.id);
}

export function references(snapshot: Snapshot, file: string, offset: number, withDefinition: boolean): Occurrence[] {
  const at = occurrenceAt(snapshot, file, offset);
  if (!at) return [];
  return occurrences(snapshot).filter((o) => o.id === at.id && (withDefinition || o.role === "reference"));
}

export type RenameResult = { edits: Edit[] } | { error: string };

/** Renames an id everywhere it is written: its own `id` and every reference, across all files. */
export function rename(snapshot: Snapshot, file: string, offset: number, newId: string): RenameResult | undefined {
  const at = occurrenceAt(snapshot, file, offset);
  if (!at) return undefined;
  const lang = snapshot.project.config.lang;
  if (!new RegExp(ID_PATTERN).test(newId)) return { error: message(lang, "schema.id-pattern", { value: newId }) };
  const edits = occurrences(snapshot)
    .filter((o) => o.id === at.id)
    .map((o) => ({ file: o.file, start: o.start, end: o.end, text: newId }));
  return { edits };
}

/** Which kinds a reference key expects; `parent` depends on the document's kind. */
function expectedKinds(key: string, kind: Kind | null): ElementKind[] | undefined {
  if (key === "owner" || key === "reportsTo" || key === "head" || key === "position") return ["position"];
  if (key === "unit") return ["unit"];
  if (key === "process") return ["process"];
  if (key === "parent") return kind === "Unit" ? ["unit"] : ["process"];
  if (key === "to") return ["position", "unit", "process"];
  return undefined;
}

export interface Completion {
  id: string;
  name: string;
  kind: ElementKind;
}

/** Ids of the kind the key before the cursor expects (`owner: ` offers positions), with their names. */
export function completions(snapshot: Snapshot, file: string, text: string, offset: number): Completion[] {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const match =
    /(?:^|[\s{,-])([A-Za-z]+):\s*["']?[a-z0-9-]*$/.exec(before) ??
    /(?:^|[\s{,-])([A-Za-z]+):\s*\[(?:[^\]]*,)?\s*[a-z0-9-]*$/.exec(before);
  const key = match?.[1];
  if (!key) return [];
  const kindText = [...text.slice(0, offset).matchAll(/^kind:\s*(\w+)/gm)].pop()?.[1];
  const kinds = expectedKinds(key, (kindText as Kind | undefined) ?? docAt(snapshot, file, offset)?.kind ?? null);
  if (!kinds) return [];
  const { index } = snapshot.validation.compiled;
  const out: Completion[] = [];
  for (const kind of kinds) {
    const elements = kind === "position" ? index.positions : kind === "unit" ? index.units : index.processes;
    for (const [id, element] of elements) out.push({ id, name: element.name, kind });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface Hover {
  text: string;
  start: number;
  end: number;
}

/** On a reference: the element's name and kind; on a key: what the schema says about it. */
export function hover(snapshot: Snapshot, file: string, offset: number): Hover | undefined {
  const lang = snapshot.project.config.lang;
  const at = occurrenceAt(snapshot, file, offset);
  if (at) {
    const { index } = snapshot.validation.compiled;
    const element = index.positions.get(at.id) ?? index.units.get(at.id) ?? index.processes.get(at.id);
    const text = element
      ? `**${element.name}** — ${message(lang, `kind.${element.kind}`)} \`${at.id}\``
      : message(lang, "unknown-reference", {
          field: at.kinds.join("/"),
          id: at.id,
          expected: at.kinds.map((k) => message(lang, `kind.${k}`)).join(" / "),
        });
    return { text, start: at.start, end: at.end };
  }
  const doc = docAt(snapshot, file, offset);
  if (!doc?.kind) return undefined;
  const path = keyAt(doc, offset);
  if (!path) return undefined;
  const description = keyDescription(doc.kind, path, lang);
  if (!description) return undefined;
  return { text: `\`${path[path.length - 1]}\` — ${description}`, start: offset, end: offset };
}

export interface Action {
  title: string;
  edit: Edit;
}

/** The edit a fix makes, as the smallest replacement that turns the text into the fixed text. */
export function fixAction(snapshot: Snapshot, file: string, text: string, fix: Fix): Action | undefined {
  const fixed = applyFixes(text, [fix]).text;
  if (fixed === text) return undefined;
  let start = 0;
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
  let tail = 0;
  while (
    tail < text.length - start &&
    tail < fixed.length - start &&
    text[text.length - 1 - tail] === fixed[fixed.length - 1 - tail]
  )
    tail++;
  return {
    title: describeFix(fix, snapshot.project.config.lang),
    edit: { file, start, end: text.length - tail, text: fixed.slice(start, fixed.length - tail) },
  };
}
