/**
 * Time from an edit to the language server's diagnostics for it, on a synthetic project (issue 10: under
 * 300 ms at 200 processes after the first load). Drives the built server (`npm run build` first) over stdio
 * with a real LSP client, as an editor does; each edit adds or removes a cut phrase, so diagnostics change.
 * Usage: npx tsx bench/lsp.ts [processes=200] [edits=20]
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";
import { generateOrganization } from "./generate.js";

const processes = Number(process.argv[2] ?? 200);
const edits = Number(process.argv[3] ?? 20);
const dir = join(import.meta.dirname, ".data", `lsp-${processes}`);
generateOrganization(dir, processes);
const file = "processes/process-0.yaml";
const uri = pathToFileURL(join(dir, file)).href;
const text = readFileSync(join(dir, file), "utf8");
if (!/functions: \[/.test(text)) throw new Error(`${file} has no [...] functions list to edit`);

const bin = join(import.meta.dirname, "..", "bin", "procspec.js");
const child = spawn(process.execPath, [bin, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
if (!child.stdout || !child.stdin) throw new Error("no stdio");
const connection = createProtocolConnection(
  new StreamMessageReader(child.stdout),
  new StreamMessageWriter(child.stdin),
);
let waiting: ((count: number) => void) | undefined;
connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
  if (p.uri === uri) waiting?.(p.diagnostics.length);
});
connection.listen();
await connection.sendRequest(InitializeRequest.type, {
  processId: process.pid,
  rootUri: pathToFileURL(dir).href,
  capabilities: {},
});
await connection.sendNotification(InitializedNotification.type, {});
const published = () => new Promise<number>((resolve) => (waiting = resolve));

let start = performance.now();
let next = published();
await connection.sendNotification(DidOpenTextDocumentNotification.type, {
  textDocument: { uri, languageId: "yaml", version: 1, text },
});
await next;
const first = performance.now() - start;

const samples: number[] = [];
for (let i = 0; i < edits; i++) {
  const edited = i % 2 === 0 ? text.replace("functions: [", "functions: [Checks, and more, ") : text;
  next = published();
  start = performance.now();
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: i + 2 },
    contentChanges: [{ text: edited }],
  });
  await next;
  samples.push(performance.now() - start);
}
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]?.toFixed(0);
console.log(
  `${processes} processes: first diagnostics ${first.toFixed(0)} ms; after an edit: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms (${edits} edits)`,
);
child.kill();
process.exit(0);
