import type { Diagnostic, Fix } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { loadProjectFromFiles } from "../load/project.js";
import { validateProject } from "../validate/validate.js";
import { applyFixes } from "./apply.js";

/** One change `--fix` made, for the report: where, and what in plain words. */
export interface Change {
  file: string;
  line: number;
  description: string;
}

export interface FixResult {
  /** The new text of every file that changed, by project-relative path. */
  changed: Map<string, string>;
  changes: Change[];
}

/** Enough passes for any chain of fixes a hand-written file holds; each pass fixes what the last one revealed. */
const MAX_PASSES = 10;

/** What a fix does, in the project's language (the `--fix` report, an editor's code action). */
export function describeFix(fix: Fix, lang: Lang): string {
  return fix.kind === "rename-key"
    ? message(lang, "fix.rename-key", { from: fix.from, to: fix.to })
    : message(lang, "fix.join-item", { joined: fix.joined });
}

/**
 * The fixes of diagnostics, by file; files with a YAML error are never touched (their tree is a guess), nor is
 * procspec.yaml (its settings are the user's to change).
 */
export function fixesByFile(diagnostics: readonly Diagnostic[]): Map<string, Fix[]> {
  const broken = new Set(diagnostics.filter((d) => d.code.startsWith("yaml-")).map((d) => d.file));
  const out = new Map<string, Fix[]>();
  for (const d of diagnostics) {
    if (!d.fix || broken.has(d.file)) continue;
    out.set(d.file, [...(out.get(d.file) ?? []), d.fix]);
  }
  return out;
}

/**
 * Fixes a project held in memory until nothing fixable is left: load, validate, apply every file's fixes,
 * and again, so that fixing twice changes nothing the second time.
 */
export function fixProject(
  root: string,
  configText: string,
  texts: ReadonlyMap<string, string>,
  options: { lang?: Lang } = {},
): FixResult {
  const encode = (text: string) => new TextEncoder().encode(text);
  const current = new Map(texts);
  const changed = new Map<string, string>();
  const changes: Change[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const files = [...current].map(([path, text]) => ({ path, bytes: encode(text) }));
    const project = loadProjectFromFiles(root, encode(configText), files, options.lang ? { lang: options.lang } : {});
    const lang = project.config.lang;
    const byFile = fixesByFile(validateProject(project).diagnostics);
    let progress = false;
    for (const [file, fixes] of byFile) {
      const text = current.get(file);
      if (text === undefined) continue;
      const result = applyFixes(text, fixes);
      if (result.text === text) continue;
      progress = true;
      current.set(file, result.text);
      changed.set(file, result.text);
      for (const fix of result.applied)
        changes.push({ file, line: lineOf(text, fix.offset), description: describeFix(fix, lang) });
    }
    if (!progress) break;
  }
  changes.sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line));
  return { changed, changes };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
