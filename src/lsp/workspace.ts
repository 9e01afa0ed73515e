import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FileCache } from "../cli/file-cache.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { CONFIG_FILE } from "../load/config.js";
import type { ParsedFile } from "../load/parse.js";
import { assembleProject, loadProjectFromFiles, type Project, readProjectFiles } from "../load/project.js";
import { type Validation, validateProject } from "../validate/validate.js";

/** The project as the editor sees it, validated: unsaved buffers win over the disk. */
export interface Snapshot {
  project: Project;
  validation: Validation;
  /** The text of every spec file as validated, by project-relative path. */
  texts: ReadonlyMap<string, string>;
}

/**
 * One procspec project (a folder with procspec.yaml) open in an editor. Files are read from disk once and
 * then replaced by the editor's buffers; re-validation parses only the files whose text changed.
 */
export class Workspace {
  private disk = new Map<string, string>();
  private buffers = new Map<string, string>();
  private configText = "";
  private readonly parseCache = new Map<string, { text: string; lang: Lang; parsed: ParsedFile }>();
  private files: string[] = [];
  private current: Snapshot | undefined;

  constructor(readonly root: string) {
    this.rescan();
  }

  /** Re-reads the list of files and their text from disk (at start, and when files are created or deleted). */
  rescan(): void {
    // Parsed once here and kept: the first snapshot then only validates. On disk, the `--cache` of validate and
    // build: an editor opened on an unchanged project parses none of its files.
    const files = readProjectFiles(this.root);
    const cache = FileCache.open(files.root, files.config.lang);
    const project = assembleProject(files, { parseCache: this.parseCache, parseFile: cache.parseFile });
    cache.save();
    this.files = project.files;
    this.disk = new Map();
    for (const path of this.files) this.readFromDisk(path);
    this.configText = readText(join(this.root, CONFIG_FILE)) ?? "";
    this.current = undefined;
  }

  /** A file saved or changed outside the editor. */
  reread(path: string): void {
    if (path === CONFIG_FILE) this.configText = readText(join(this.root, CONFIG_FILE)) ?? "";
    else if (this.files.includes(path)) this.readFromDisk(path);
    this.current = undefined;
  }

  /** Whether `path` is a spec file of this project (not procspec.yaml, not outside `include`). */
  has(path: string): boolean {
    return this.files.includes(path) || path === CONFIG_FILE;
  }

  setBuffer(path: string, text: string): void {
    if (path === CONFIG_FILE) this.configText = text;
    else this.buffers.set(path, text);
    this.current = undefined;
  }

  closeBuffer(path: string): void {
    this.buffers.delete(path);
    if (path === CONFIG_FILE) this.reread(path);
    this.current = undefined;
  }

  /** The project validated as it is now; computed once per change. */
  snapshot(): Snapshot {
    if (this.current) return this.current;
    const texts = new Map<string, string>();
    for (const path of this.files) {
      const text = this.buffers.get(path) ?? this.disk.get(path);
      if (text !== undefined) texts.set(path, text);
    }
    const encode = (text: string) => new TextEncoder().encode(text);
    const sources = [...texts].map(([path, text]) => ({ path, bytes: encode(text) }));
    const project = loadProjectFromFiles(this.root, encode(this.configText), sources, {
      parseCache: this.parseCache,
    });
    this.current = { project, validation: validateProject(project), texts };
    return this.current;
  }

  /** Diagnostics by file, every spec file included (an empty list clears what an editor shows). */
  diagnosticsByFile(): Map<string, Diagnostic[]> {
    const out = new Map<string, Diagnostic[]>([[CONFIG_FILE, []]]);
    for (const path of this.files) out.set(path, []);
    for (const d of this.snapshot().validation.diagnostics) out.get(d.file)?.push(d) ?? out.set(d.file, [d]);
    return out;
  }

  textOf(path: string): string | undefined {
    if (path === CONFIG_FILE) return this.configText;
    return this.buffers.get(path) ?? this.disk.get(path);
  }

  private readFromDisk(path: string): void {
    const text = readText(join(this.root, path));
    if (text === undefined) this.disk.delete(path);
    else this.disk.set(path, text);
  }
}

function readText(full: string): string | undefined {
  try {
    return new TextDecoder("utf-8").decode(readFileSync(full));
  } catch {
    return undefined;
  }
}
