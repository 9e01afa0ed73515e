/**
 * The language server, driven over stdio by a real LSP client (vscode-languageserver-protocol), as an editor
 * drives it: open, type, receive diagnostics, apply quick fixes, navigate, rename, complete.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  CompletionRequest,
  createProtocolConnection,
  DefinitionRequest,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ReferencesRequest,
  RenameRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit,
} from "vscode-languageserver-protocol/node";
import { BIN } from "./helpers/cli.js";
import { validProjectFiles } from "./helpers/project-files.js";

interface Server {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** Resolves with the next diagnostics published for `uri` that satisfy `test`. */
  next(uri: string, test?: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
}

async function startServer(root: string): Promise<Server> {
  const child = spawn(process.execPath, [BIN, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  if (!child.stdout || !child.stdin) throw new Error("no stdio");
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const latest = new Map<string, Diagnostic[]>();
  const waiting: Array<{ uri: string; test: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p.diagnostics);
    for (const w of [...waiting])
      if (w.uri === p.uri && w.test(p.diagnostics)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: "spec" }],
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const next = (uri: string, test: (d: Diagnostic[]) => boolean = () => true) =>
    new Promise<Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 30_000);
      waiting.push({
        uri,
        test,
        resolve: (d) => {
          clearTimeout(timer);
          resolve(d);
        },
      });
    });
  return { connection, child, next };
}

/** Applies LSP text edits to a text (edits of one file, any order). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offset = (line: number, character: number) => {
    let at = 0;
    for (let l = 0; l < line; l++) at = text.indexOf("\n", at) + 1;
    return at + character;
  };
  const sorted = [...edits].sort(
    (a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character),
  );
  let out = text;
  for (const e of sorted)
    out =
      out.slice(0, offset(e.range.start.line, e.range.start.character)) +
      e.newText +
      out.slice(offset(e.range.end.line, e.range.end.character));
  return out;
}

const PROCESS = `kind: Process
id: order-handling
code: "1"
name: Order handling
description: >-
  The sales manager takes an order from a customer and checks the stock.
  The confirmed order is passed to the warehouse.
owner: sales-manager
clients:
  - external: Customer
    goals: [Receive the goods on the agreed day]
results:
  - name: Confirmed order
indicators:
  - name: Orders confirmed on the same day
    measure: Share of orders confirmed within one working day
    type: efficiency
executors:
  - position: sales-manager
    functions: [Takes the order]
    competencies:
      knowledge: [Price list]
      skils: [Order entry]
      qualities: [Attention to detail]
resources:
  - name: Customer request
    type: consumable
    from: { external: Customer }
`;

describe("procspec lsp over stdio", () => {
  let root = "";
  let server: Server;
  const uri = (path: string) => pathToFileURL(join(root, path)).href;
  const file = "processes/order-handling.yaml";

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "procspec-lsp-"));
    for (const [path, text] of validProjectFiles()) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    server = await startServer(root);
  });
  afterAll(() => {
    server?.child.kill();
  });

  it("reports a cut phrase as it is typed and a misspelt key, at their ranges; the quick fixes clear both", async () => {
    const open = server.next(uri(file));
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uri(file), languageId: "yaml", version: 1, text: PROCESS },
    });
    expect((await open).map((d) => d.code)).toEqual(["schema"]);

    // The consultant goes on typing inside the list: «, checks the stock».
    const typed = PROCESS.replace("[Takes the order]", "[Takes the order, checks the stock]");
    const afterTyping = server.next(uri(file), (d) => d.length === 2);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri(file), version: 2 },
      contentChanges: [
        { range: { start: { line: 19, character: 31 }, end: { line: 19, character: 31 } }, text: ", checks the stock" },
      ],
    });
    const diagnostics = await afterTyping;
    const cut = diagnostics.find((d) => d.code === "cut-phrase");
    const typo = diagnostics.find((d) => d.code === "schema");
    expect(cut?.range).toEqual({ start: { line: 19, character: 33 }, end: { line: 19, character: 49 } });
    expect(cut?.message).toContain("«checks the stock»");
    expect(cut?.message).toContain("«Takes the order»");
    expect(typo?.range).toEqual({ start: { line: 22, character: 6 }, end: { line: 22, character: 11 } });

    let text = typed;
    let version = 3;
    let current = diagnostics;
    for (const code of ["cut-phrase", "schema"]) {
      // As an editor does: the code action is asked for the diagnostic as last published.
      const d = current.find((x) => x.code === code);
      if (!d) throw new Error(`missing ${code}`);
      const actions = await server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: uri(file) },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const action = actions?.[0];
      if (!action || !("edit" in action) || !action.edit?.changes) throw new Error("no code action");
      text = applyEdits(text, action.edit.changes[uri(file)] ?? []);
      const fixed = server.next(uri(file), (list) => !list.some((x) => x.code === code));
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: uri(file), version: version++ },
        contentChanges: [{ text }],
      });
      current = await fixed;
    }
    expect(current).toEqual([]);
    expect(text).toBe(
      PROCESS.replace("[Takes the order]", '["Takes the order, checks the stock"]').replace("skils:", "skills:"),
    );
  });

  it("goes to the definition of an id and finds every reference to it", async () => {
    const location = await server.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: uri(file) },
      position: { line: 7, character: 10 }, // owner: sales-manager
    });
    expect(location).toEqual({
      uri: uri("positions/sales-manager.yaml"),
      range: { start: { line: 1, character: 4 }, end: { line: 1, character: 17 } },
    });
    const refs = await server.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri(file) },
      position: { line: 7, character: 10 },
      context: { includeDeclaration: true },
    });
    expect((refs ?? []).map((r) => `${r.uri.slice(uri("").length + 1)}:${r.range.start.line}`).sort()).toEqual([
      "positions/sales-manager.yaml:1",
      "processes/order-handling.yaml:18",
      "processes/order-handling.yaml:7",
      "units/sales.yaml:3",
    ]);
  });

  it("renames an id in every file that names it", async () => {
    const edit = await server.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri(file) },
      position: { line: 7, character: 10 },
      newName: "account-manager",
    });
    const changes = edit?.changes ?? {};
    expect(Object.keys(changes).sort()).toEqual(
      [uri("positions/sales-manager.yaml"), uri(file), uri("units/sales.yaml")].sort(),
    );
    expect(
      Object.values(changes)
        .flat()
        .every((e) => e.newText === "account-manager"),
    ).toBe(true);
    expect(changes[uri(file)]?.length).toBe(2);
  });

  it("completes the ids of positions after `owner: `, named by the position's name", async () => {
    const items = await server.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: uri(file) },
      position: { line: 7, character: 7 },
    });
    const list = Array.isArray(items) ? items : (items?.items ?? []);
    expect(list.map((i) => [i.label, i.insertText])).toEqual([["Sales Manager", "sales-manager"]]);
  });

  it("hovers: a reference shows the element's name and kind, a key the schema's description", async () => {
    const onRef = await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: uri(file) },
      position: { line: 7, character: 10 },
    });
    expect(JSON.stringify(onRef?.contents)).toContain("**Sales Manager** — a position `sales-manager`");
    const onKey = await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: uri(file) },
      position: { line: 7, character: 2 },
    });
    expect(JSON.stringify(onKey?.contents)).toContain("Process owner");
  });
});
