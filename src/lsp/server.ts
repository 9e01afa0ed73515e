import { existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind,
  CompletionItemKind,
  type Connection,
  DiagnosticSeverity,
  ErrorCodes,
  FileChangeType,
  type Location,
  type Diagnostic as LspDiagnostic,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic, Fix } from "../diagnostics/diagnostic.js";
import { CONFIG_FILE } from "../load/config.js";
import { completions, definition, type Edit, fixAction, hover, references, rename } from "./features.js";
import type { Occurrence } from "./ids.js";
import { Workspace } from "./workspace.js";

/** How long typing may go on before the project is checked again; a check takes longer than a keystroke. */
const DEBOUNCE_MS = 25;

/**
 * The language server (`procspec lsp --stdio`): the three layers of checks live in the editor, recomputed on
 * every change against the whole project, plus navigation, rename, completion, hover and quick fixes.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspaces = new Map<string, Workspace>();
  const published = new Map<string, string>();
  const pending = new Set<Workspace>();
  let timer: NodeJS.Timeout | undefined;

  /** The project folder of a file: the nearest folder above it that holds procspec.yaml. */
  const locate = (uri: string): { workspace: Workspace; path: string } | undefined => {
    if (!uri.startsWith("file:")) return undefined;
    const full = fileURLToPath(uri);
    for (let dir = dirname(full); ; dir = dirname(dir)) {
      if (existsSync(join(dir, CONFIG_FILE))) {
        let workspace = workspaces.get(dir);
        if (!workspace) {
          try {
            workspace = new Workspace(dir);
          } catch {
            return undefined;
          }
          workspaces.set(dir, workspace);
        }
        return { workspace, path: relative(dir, full).split(sep).join("/") };
      }
      if (dirname(dir) === dir) return undefined;
    }
  };

  const uriOf = (workspace: Workspace, path: string) => pathToFileURL(join(workspace.root, path)).href;

  /** The text of a file as an editor document, for offset ↔ line/character. */
  const textDocument = (workspace: Workspace, path: string): TextDocument => {
    const uri = uriOf(workspace, path);
    return documents.get(uri) ?? TextDocument.create(uri, "yaml", 0, workspace.textOf(path) ?? "");
  };

  const publish = (workspace: Workspace) => {
    for (const [path, list] of workspace.diagnosticsByFile()) {
      const uri = uriOf(workspace, path);
      const doc = textDocument(workspace, path);
      const diagnostics = list.map((d) => toLsp(d, doc, workspace));
      const key = JSON.stringify(diagnostics);
      if (published.get(uri) === key) continue;
      published.set(uri, key);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  };

  const schedule = (workspace: Workspace) => {
    pending.add(workspace);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      for (const w of pending) publish(w);
      pending.clear();
    }, DEBOUNCE_MS);
  };

  const toLsp = (d: Diagnostic, doc: TextDocument, workspace: Workspace): LspDiagnostic => {
    const start = doc.offsetAt({ line: d.line - 1, character: d.column - 1 });
    const end = start + tokenLength(doc.getText(), start);
    const out: LspDiagnostic = {
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      severity:
        d.severity === "error"
          ? DiagnosticSeverity.Error
          : d.severity === "warn"
            ? DiagnosticSeverity.Warning
            : DiagnosticSeverity.Information,
      code: d.code,
      source: "procspec",
      message: d.message,
    };
    if (d.fix) out.data = d.fix;
    if (d.related)
      out.relatedInformation = d.related.map((r) => ({
        location: {
          uri: uriOf(workspace, r.file),
          range: {
            start: { line: r.line - 1, character: r.column - 1 },
            end: { line: r.line - 1, character: r.column - 1 },
          },
        },
        message: r.message,
      }));
    return out;
  };

  const location = (workspace: Workspace, o: Occurrence | Edit): Location => {
    const doc = textDocument(workspace, o.file);
    return { uri: uriOf(workspace, o.file), range: { start: doc.positionAt(o.start), end: doc.positionAt(o.end) } };
  };

  /** The snapshot, file and offset of a request's cursor. */
  const at = (uri: string, position: { line: number; character: number }) => {
    const found = locate(uri);
    const doc = documents.get(uri);
    if (!found || !doc) return undefined;
    return { ...found, snapshot: found.workspace.snapshot(), offset: doc.offsetAt(position), doc };
  };

  const workspaceEdit = (workspace: Workspace, edits: readonly Edit[]): WorkspaceEdit => {
    const changes: Record<string, TextEdit[]> = {};
    for (const e of edits) {
      const { uri, range } = location(workspace, e);
      const list = changes[uri] ?? [];
      list.push({ range, newText: e.text });
      changes[uri] = list;
    }
    return { changes };
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: true,
      hoverProvider: true,
      completionProvider: { triggerCharacters: [" ", ",", "["] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: "procspec" },
  }));

  documents.onDidOpen(({ document }) => {
    const found = locate(document.uri);
    if (!found) return;
    found.workspace.setBuffer(found.path, document.getText());
    schedule(found.workspace);
  });
  documents.onDidChangeContent(({ document }) => {
    const found = locate(document.uri);
    if (!found) return;
    found.workspace.setBuffer(found.path, document.getText());
    schedule(found.workspace);
  });
  documents.onDidClose(({ document }) => {
    const found = locate(document.uri);
    if (!found) return;
    found.workspace.closeBuffer(found.path);
    schedule(found.workspace);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const found = locate(change.uri);
      if (!found) continue;
      if (change.type === FileChangeType.Changed && found.workspace.has(found.path)) found.workspace.reread(found.path);
      else found.workspace.rescan();
      schedule(found.workspace);
    }
  });

  connection.onDefinition(({ textDocument: { uri }, position }) => {
    const c = at(uri, position);
    const target = c && definition(c.snapshot, c.path, c.offset);
    return c && target ? location(c.workspace, target) : null;
  });
  connection.onReferences(({ textDocument: { uri }, position, context }) => {
    const c = at(uri, position);
    if (!c) return [];
    return references(c.snapshot, c.path, c.offset, context.includeDeclaration).map((o) => location(c.workspace, o));
  });
  connection.onRenameRequest(({ textDocument: { uri }, position, newName }) => {
    const c = at(uri, position);
    const result = c && rename(c.snapshot, c.path, c.offset, newName);
    if (!c || !result) return null;
    if ("error" in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error);
    return workspaceEdit(c.workspace, result.edits);
  });
  connection.onCompletion(({ textDocument: { uri }, position }) => {
    const c = at(uri, position);
    if (!c) return [];
    return completions(c.snapshot, c.path, c.doc.getText(), c.offset).map((item) => ({
      label: item.name,
      labelDetails: { description: item.id },
      detail: `${item.kind} ${item.id}`,
      insertText: item.id,
      filterText: `${item.id} ${item.name}`,
      sortText: item.id,
      kind: CompletionItemKind.Reference,
    }));
  });
  connection.onHover(({ textDocument: { uri }, position }) => {
    const c = at(uri, position);
    const result = c && hover(c.snapshot, c.path, c.offset);
    if (!c || !result) return null;
    return {
      contents: { kind: "markdown", value: result.text },
      range: { start: c.doc.positionAt(result.start), end: c.doc.positionAt(result.end) },
    };
  });
  connection.onCodeAction(({ textDocument: { uri }, context }) => {
    const found = locate(uri);
    const doc = documents.get(uri);
    if (!found || !doc) return [];
    const snapshot = found.workspace.snapshot();
    const text = doc.getText();
    // Offsets of a fix hold only for the text it was computed on.
    if (snapshot.texts.get(found.path) !== text) return [];
    return context.diagnostics.flatMap((d) => {
      const action = d.data ? fixAction(snapshot, found.path, text, d.data as Fix) : undefined;
      if (!action) return [];
      return [
        {
          title: action.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: workspaceEdit(found.workspace, [action.edit]),
        },
      ];
    });
  });

  documents.listen(connection);
  connection.listen();
}

/** The length of the word, quoted string or phrase that starts at `start`, to underline it rather than a point. */
function tokenLength(text: string, start: number): number {
  const rest = text.slice(start, start + 300);
  const quoted = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')/.exec(rest);
  if (quoted) return quoted[0].length;
  const plain = /^[^\s,\]}#:]+(?:[ \t]+[^\s,\]}#:]+)*/.exec(rest);
  return Math.max(1, plain?.[0].length ?? 1);
}
