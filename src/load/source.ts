import type { Document, LineCounter } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PosNode } from "./fast-parse.js";

/** The kinds of spec documents; each has a schema in `schemas/`. */
export type Kind = "Organization" | "Unit" | "Position" | "Process" | "Instruction" | "System" | "Assessment";
export const KINDS: readonly Kind[] = [
  "Organization",
  "Unit",
  "Position",
  "Process",
  "Instruction",
  "System",
  "Assessment",
];

/** One YAML document of a spec file, as plain data plus what is needed to find any node in the file again. */
export interface SourceDoc {
  /** Project-relative path with `/` separators. */
  file: string;
  /** Index of the document inside its file (files may hold several, separated by `---`). */
  index: number;
  kind: Kind | null;
  data: Record<string, unknown>;
  /**
   * The `yaml` package's reading of the document. A document the fast path read has none until something asks
   * (a language server's hover, an unknown kind): then its file is parsed again with `yaml`, once.
   */
  readonly yaml: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Where each node starts, when the fast path read the document; `locate` prefers it to `yaml`. */
  readonly positions?: PosNode;
  /** The document's schema check, when it was made with the parse (a worker thread, the `--cache`). */
  schema?: SchemaCheck;
}

/** What the schema says of one document: its diagnostics, and the pointers rules need not repeat. */
export interface SchemaCheck {
  diagnostics: Diagnostic[];
  /** Pointers (`/owner`) of intended keys and wrong types the schema reported; a rule there would repeat it. */
  answered: string[];
}

/** Where a model element or diagnostic comes from: a document and a JSON pointer inside it. */
export interface SourceRef {
  file: string;
  /** 1-based line of the node the pointer names. */
  line: number;
  doc: number;
  pointer: string;
}

/**
 * What could still be read of a document with a YAML syntax error: its kind and id, and every id-like word in
 * it. Other documents' references to that id are not unknown, and an element it names is not unused — one
 * missing `]` is one diagnostic, not three files of noise.
 */
export interface UnreadableDoc {
  file: string;
  index: number;
  kind: Kind | null;
  id?: string;
  mentions: ReadonlySet<string>;
}
