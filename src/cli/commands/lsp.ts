import { Command } from "commander";
import type { Io } from "../io.js";

/**
 * `procspec lsp`: the language server over stdio, for VS Code, Neovim, Zed or any LSP editor. Loaded only
 * when asked for, so that the other commands do not pay for it.
 */
export function lspCommand(_io: Io, _setExit: (code: number) => void): Command {
  return new Command("lsp")
    .description("run the language server (stdio): live checks, go to definition, rename, completion in an editor")
    .option("--stdio", "talk LSP over stdin/stdout (the default; editors pass it)")
    .allowUnknownOption()
    .action(async () => {
      const { createConnection, ProposedFeatures } = await import("vscode-languageserver/node");
      const { startServer } = await import("../../lsp/server.js");
      // createConnection reads the transport from argv; stdio unless the editor asked for another.
      if (!process.argv.some((a) => a === "--stdio" || a.startsWith("--node-ipc") || a.startsWith("--socket")))
        process.argv.push("--stdio");
      startServer(createConnection(ProposedFeatures.all));
      // The connection keeps the process alive until the editor says exit.
      await new Promise<never>(() => {});
    });
}
