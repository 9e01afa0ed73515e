import { type Document, LineCounter, parseAllDocuments } from "yaml";
import type { PosNode } from "./fast-parse.js";
import { YAML_OPTIONS } from "./parse-options.js";
import type { Kind, SchemaCheck, SourceDoc } from "./source.js";

/**
 * One file's text and, made only when first asked for, its line starts and its `yaml` Documents: the fast path
 * reads a file without them, and most files never need them (only places that are reported, and editors).
 */
export class SpecText {
  private lines?: LineCounter;
  private documents?: Document.Parsed[];

  constructor(readonly text: string) {}

  get lineCounter(): LineCounter {
    if (this.lines) return this.lines;
    // The same line starts `yaml`'s lexer reports: offset 0 and the offset after every `\\n`.
    const lines = new LineCounter();
    lines.addNewLine(0);
    for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
    this.lines = lines;
    return lines;
  }

  yamlDocument(index: number): Document.Parsed {
    this.documents ??= parseAllDocuments(this.text, YAML_OPTIONS) as Document.Parsed[];
    const doc = this.documents[index];
    if (!doc) throw new Error(`the text read fast has no document ${index} for yaml`);
    return doc;
  }
}

/** A document the fast path read: data and positions now, the `yaml` Document on demand. */
export class PositionedDoc implements SourceDoc {
  schema?: SchemaCheck;

  constructor(
    readonly file: string,
    readonly index: number,
    public kind: Kind | null,
    readonly data: Record<string, unknown>,
    readonly positions: PosNode,
    readonly source: SpecText,
  ) {}

  get yaml(): Document.Parsed {
    return this.source.yamlDocument(this.index);
  }

  get lineCounter(): LineCounter {
    return this.source.lineCounter;
  }
}
