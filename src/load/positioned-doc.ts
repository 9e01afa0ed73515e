import type { Document, LineCounter } from "yaml";
import { type PosNode, positionTable } from "./fast-parse.js";
import { yamlLib } from "./libraries.js";
import { YAML_OPTIONS } from "./parse-options.js";
import type { Kind, SchemaCheck, SourceDoc } from "./source.js";

/**
 * One file's text and, made only when first asked for, its line starts and its `yaml` Documents: the fast path
 * reads a file without them, and most files never need them (only places that are reported, and editors).
 */
export class SpecText {
  private lines?: LineCounter;
  private documents?: Document.Parsed[];
  /** null: asked for, and the node-by-node reading left the file to `yaml`. */
  private positions?: PosNode[] | null;

  private known?: string;

  /**
   * The file's text, or how to read it when first asked for: a file the `--cache` knows unchanged by its metadata
   * is read only if a position in it, or its `yaml` Document, is ever asked for.
   */
  constructor(private readonly source: string | (() => string)) {}

  /** Whether the text is at hand, or asking for it would read the file. */
  get isRead(): boolean {
    return this.known !== undefined || typeof this.source === "string";
  }

  get text(): string {
    this.known ??= typeof this.source === "string" ? this.source : this.source();
    return this.known;
  }

  get lineCounter(): LineCounter {
    if (this.lines) return this.lines;
    this.lines = lineStarts(this.text);
    return this.lines;
  }

  /** Where the nodes of document `index` start, read again node by node when first asked for. */
  positionsOf(index: number): PosNode | undefined {
    if (this.positions === undefined) this.positions = positionTable(this.text) ?? null;
    return this.positions?.[index];
  }

  yamlDocument(index: number): Document.Parsed {
    this.documents ??= yamlLib().parseAllDocuments(this.text, YAML_OPTIONS) as Document.Parsed[];
    const doc = this.documents[index];
    if (!doc) throw new Error(`the text read fast has no document ${index} for yaml`);
    return doc;
  }
}

/**
 * A document the fast path read: its data now; its positions when the fast path kept them, else when first asked
 * for; the `yaml` Document on demand. Should the second reading leave positions to `yaml` after all, `locate`
 * walks the Document instead: slower, and the same answer, as the data of a file read plainly is `yaml`'s data.
 */
export class PositionedDoc implements SourceDoc {
  schema?: SchemaCheck;

  constructor(
    readonly file: string,
    readonly index: number,
    public kind: Kind | null,
    readonly data: Record<string, unknown>,
    readonly source: SpecText,
    private readonly kept?: PosNode,
  ) {}

  get positions(): PosNode | undefined {
    return this.kept ?? this.source.positionsOf(this.index);
  }

  get yaml(): Document.Parsed {
    return this.source.yamlDocument(this.index);
  }

  get lineCounter(): LineCounter {
    return this.source.lineCounter;
  }
}

/**
 * The same line starts and positions `yaml`'s LineCounter gives (offset 0 and the offset after every `\\n`; 1-based
 * line and column), without loading `yaml` for a file the fast path read: only places that are reported ask.
 */
function lineStarts(text: string): LineCounter {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    lineStarts: starts,
    addNewLine: (offset: number) => starts.push(offset),
    linePos(offset: number) {
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (offset < (starts[mid] ?? 0)) high = mid;
        else low = mid + 1;
      }
      const start = starts[low - 1] ?? 0;
      return { line: low, col: offset - start + 1 };
    },
  };
}
