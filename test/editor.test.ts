import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";

/**
 * Editor support as a consultant gets it: a project made by `procspec init`, opened in yaml-language-server (the
 * engine of VS Code's YAML extension), offline. Speaks LSP over stdio like an editor does.
 */

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
}
interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}

class LanguageServer {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly listeners: Array<(m: Message) => void> = [];
  readonly child: ChildProcessWithoutNullStreams;

  constructor() {
    const bin = join(
      dirname(createRequire(import.meta.url).resolve("yaml-language-server/package.json")),
      "bin",
      "yaml-language-server",
    );
    this.child = spawn(process.execPath, [bin, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message) {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.id !== undefined && message.method) {
      // Requests from the server (workspace/configuration, client/registerCapability): answer like a plain editor.
      const items = (message.params as { items?: unknown[] } | undefined)?.items;
      this.send({
        id: message.id,
        result: message.method === "workspace/configuration" ? (items ?? []).map(() => null) : null,
      });
      return;
    }
    for (const listener of this.listeners) listener(message);
  }

  send(message: Message) {
    const text = JSON.stringify({ jsonrpc: "2.0", ...message });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = ++this.nextId;
    this.send({ id, method, params });
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  /** The first non-empty diagnostics published for a document. */
  diagnosticsFor(uri: string): Promise<LspDiagnostic[]> {
    return new Promise((resolve) =>
      this.listeners.push((m) => {
        const params = m.params as { uri?: string; diagnostics?: LspDiagnostic[] } | undefined;
        if (m.method === "textDocument/publishDiagnostics" && params?.uri === uri && params.diagnostics?.length)
          resolve(params.diagnostics);
      }),
    );
  }
}

const SPEC = `kind: Process
id: vehicle-intake
name: Приём автомобиля от клиента
owner: service-manager
colour: red
indicators:
  - name: Удовлетворённость клиента
    measure: Телефонный опрос
    type: speed
`;

let base: string;
let server: LanguageServer;
let uri: string;
let text: string;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "procspec-editor-"));
  const dir = join(base, "company");
  await main(["node", "procspec", "init", dir, "--lang", "ru"], { out: () => {}, err: () => {}, isTTY: false });
  const file = join(dir, "processes", "vehicle-intake.yaml");
  // the modeline init writes, as the first line of a spec with an unknown key and a wrong enum value
  const modeline = readFileSync(join(dir, "processes", "order-handling.yaml"), "utf8").split("\n")[0];
  text = `${modeline}\n${SPEC}`;
  writeFileSync(file, text);
  uri = pathToFileURL(file).href;
  server = new LanguageServer();
  await server.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: { textDocument: { hover: { contentFormat: ["markdown", "plaintext"] } } },
  });
  server.send({ method: "initialized", params: {} });
  server.send({
    method: "workspace/didChangeConfiguration",
    params: { settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } } },
  });
}, 30_000);

afterAll(() => {
  server?.child.kill();
  rmSync(base, { recursive: true, force: true });
});

const lineOf = (prefix: string) => text.split("\n").findIndex((l) => l.trimStart().startsWith(prefix));

describe("editor support through yaml-language-server, offline", () => {
  it("a process spec with an unknown key and a wrong enum is underlined at those lines", async () => {
    const published = server.diagnosticsFor(uri);
    server.send({
      method: "textDocument/didOpen",
      params: { textDocument: { uri, languageId: "yaml", version: 1, text } },
    });
    const diagnostics = await published;
    const at = (line: number) => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
    expect(at(lineOf("colour:")).join(" ")).toMatch(/colour/);
    // the enum lives in common.schema.json: the relative $ref was resolved from the copy in .procspec/schemas
    expect(at(lineOf("type: speed")).join(" ")).toMatch(/effectiveness.*efficiency.*quality.*productivity/);
    expect(diagnostics).toHaveLength(2);
  }, 30_000);

  it("hovering `owner` shows its help from process.schema.json", async () => {
    const schema = JSON.parse(readFileSync("schemas/process.schema.json", "utf8"));
    const response = await server.request("textDocument/hover", {
      textDocument: { uri },
      position: { line: lineOf("owner:"), character: 2 },
    });
    const contents = (response.result as { contents?: { value?: string } } | null)?.contents?.value ?? "";
    expect(contents).toContain(schema.properties.owner.title);
    const [ru, en] = String(schema.properties.owner.description).split("\n");
    expect(contents).toContain(ru);
    expect(contents).toContain(en);
  }, 30_000);
});
