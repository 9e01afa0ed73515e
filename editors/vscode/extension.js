// The procspec extension: starts `procspec lsp` and lets VS Code's language client do the rest.
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { workspace } = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

/** The project's own procspec first (the version its specs were written for), else the one on the PATH. */
function serverCommand() {
  const configured = workspace.getConfiguration("procspec").get("path");
  if (configured) return configured;
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, "node_modules", ".bin", process.platform === "win32" ? "procspec.cmd" : "procspec");
    if (existsSync(local)) return local;
  }
  return "procspec";
}

async function activate(context) {
  const command = serverCommand();
  const run = { command, args: ["lsp"], transport: TransportKind.stdio, options: { shell: process.platform === "win32" } };
  client = new LanguageClient(
    "procspec",
    "procspec",
    { run, debug: run },
    {
      documentSelector: [{ scheme: "file", language: "yaml" }],
      synchronize: { fileEvents: workspace.createFileSystemWatcher("**/*.yaml") },
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
