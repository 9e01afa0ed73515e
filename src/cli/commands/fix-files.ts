import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unifiedDiff } from "../../fix/diff.js";
import { fixProject } from "../../fix/project.js";
import { cliText } from "../../i18n/cli.js";
import { CONFIG_FILE } from "../../load/config.js";
import { decodeUtf8 } from "../../load/decode.js";
import type { Project } from "../../load/project.js";
import type { Io } from "../io.js";

const BOM = [0xef, 0xbb, 0xbf];

/**
 * `validate --fix` and `--fix-dry-run`: fixes the project's spec files in place (or shows the diff), and says
 * what changed, per file and line, on stderr (stdout stays the diagnostics, JSON included); the dry run's diff
 * goes to `diffTo`. Returns whether any file was written.
 */
export function fixOnDisk(project: Project, io: Io, dryRun: boolean, diffTo: (text: string) => void): boolean {
  const texts = new Map<string, string>();
  const hadBom = new Set<string>();
  for (const path of project.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(project.root, path));
    } catch {
      continue; // already a diagnostic of the load
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) continue; // a file procspec cannot read is never rewritten
    if (BOM.every((b, i) => bytes[i] === b)) hadBom.add(path);
    texts.set(path, decoded.text);
  }
  let configText = "";
  try {
    const decoded = decodeUtf8(readFileSync(join(project.root, CONFIG_FILE)));
    configText = decoded.ok ? decoded.text : "";
  } catch {
    configText = "";
  }
  const lang = project.config.lang;
  const { changed, changes } = fixProject(project.root, configText, texts, { lang });
  for (const [path, text] of [...changed].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (dryRun) {
      diffTo(unifiedDiff(path, texts.get(path) ?? "", text));
      continue;
    }
    const full = join(project.root, path);
    const bytes = new TextEncoder().encode(text);
    const out = hadBom.has(path) ? new Uint8Array([...BOM, ...bytes]) : bytes;
    // Written beside the file and renamed over it: an interrupted fix never leaves half a spec.
    const temp = `${full}.procspec-fix-${process.pid}`;
    writeFileSync(temp, out);
    renameSync(temp, full);
  }
  for (const change of changes) io.err(`${change.file}:${change.line}  ${change.description}\n`);
  const key = dryRun ? "fix.would-change" : "fix.changed";
  io.err(`${cliText(lang, key, { changes: changes.length, files: changed.size })}\n`);
  return !dryRun && changed.size > 0;
}
