import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { type Io, parseLang, UsageError } from "../io.js";

export interface ServeOptions {
  port: number;
  host: string;
  lang?: Lang;
  templates?: string;
  trace?: boolean;
  notes?: boolean;
}

/** Where the pages listen for a finished rebuild (server-sent events), and the script that does the listening. */
const EVENTS = "/__procspec/events";
const RELOAD_SCRIPT = "/__procspec/reload.js";
const RELOAD_JS = `new EventSource(${JSON.stringify(EVENTS)}).addEventListener("reload", () => location.reload());\n`;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("expected 0 to 65535");
  return port;
}

export function serveCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("serve")
    .description("build the HTML site into a temporary folder, serve it on localhost and rebuild it on every change")
    .argument("[dir]", "project folder (holds procspec.yaml)", ".")
    .option("--port <n>", "port to listen on (0: any free port)", parsePort, 4173)
    .option("--host <name>", "address to listen on; 0.0.0.0 shows the site to the local network", "127.0.0.1")
    .option("--lang <lang>", "language of the documents: ru or en (default: lang in procspec.yaml)", parseLang)
    .option("--templates <dir>", "folder of Handlebars templates replacing the bundled Markdown ones by name")
    .option("--trace", "add the source file:line to every generated row")
    .option("--notes", "add notes on how each document was compiled")
    .addHelpText(
      "after",
      `
Examples:
  procspec serve                                   the site of ./ at http://127.0.0.1:4173/
  procspec serve examples/car-service-ru --port 8080

The site is the one \`procspec build --format html\` writes to out/site/. serve keeps it in a temporary
folder removed on exit, rebuilds it like \`procspec watch\` whenever a spec file changes, and open pages
reload by themselves after each rebuild. Ctrl-C stops.`,
    )
    .action(async (dir: string, options: ServeOptions) => {
      setExit(await runServe(dir, options, io));
    });
}

/** Runs until SIGINT or SIGTERM, like watch; resolves with the exit code. */
export async function runServe(dir: string, options: ServeOptions, io: Io): Promise<number> {
  const [{ default: sirv }, { runWatch }] = await Promise.all([import("sirv"), import("./watch.js")]);
  const lang = options.lang ?? "en";
  const out = mkdtempSync(join(tmpdir(), "procspec-serve-"));
  const root = join(out, "site");
  const listeners = new Set<ServerResponse>();
  // dev: files are read on each request, since every rebuild replaces them.
  const files = sirv(root, { dev: true, etag: true });
  const server = createServer((request, response) => {
    const path = pathOf(request);
    if (path === EVENTS) return subscribe(response, listeners);
    if (path === RELOAD_SCRIPT) {
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
      return response.end(RELOAD_JS);
    }
    const page = path === undefined ? undefined : htmlFile(root, path);
    if (page) return sendPage(response, readFileSync(page, "utf8"));
    files(request, response, () => {
      // Before the first build ends there is nothing to show: a page that waits for it.
      const waiting = !existsSync(join(root, "index.html"));
      response.statusCode = waiting ? 503 : 404;
      sendPage(response, `<!doctype html><meta charset="utf-8"><title>procspec</title><p>${waiting ? "…" : "404"}</p>`);
    });
  });
  try {
    await listen(server, options.port, options.host);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new UsageError(cliText(lang, "serve.port-busy", { port: options.port }));
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  try {
    return await runWatch(
      dir,
      {
        out,
        format: "html",
        ...(options.lang ? { lang: options.lang } : {}),
        ...(options.templates ? { templates: options.templates } : {}),
        trace: options.trace ?? false,
        notes: options.notes ?? false,
      },
      io,
      {
        onStart: (projectLang) =>
          io.err(`${cliText(projectLang, "serve.listening", { url: `http://${host}:${port}/` })}\n`),
        onBuilt: () => {
          for (const listener of listeners) listener.write("event: reload\ndata: built\n\n");
        },
      },
    );
  } finally {
    for (const listener of listeners) listener.end();
    server.closeAllConnections();
    await new Promise<void>((closed) => server.close(() => closed()));
    rmSync(out, { recursive: true, force: true });
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((ready, failed) => {
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      ready();
    });
  });
}

function pathOf(request: IncomingMessage): string | undefined {
  try {
    return decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    return undefined; // a malformed escape: sirv answers it
  }
}

/** The HTML file a path names inside the site (a folder means its index.html); nothing outside the site. */
function htmlFile(root: string, path: string): string | undefined {
  const name = path.endsWith("/") ? `${path}index.html` : path;
  if (!name.endsWith(".html")) return undefined;
  const file = resolve(root, `.${name}`);
  if (!file.startsWith(root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A page with the live-reload script added: the built site stays as `build` writes it. */
function sendPage(response: ServerResponse, html: string): void {
  const script = `<script src="${RELOAD_SCRIPT}"></script>`;
  const body = html.includes("</body>") ? html.replace("</body>", `${script}\n</body>`) : `${html}${script}`;
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("cache-control", "no-store");
  response.end(body);
}

function subscribe(response: ServerResponse, listeners: Set<ServerResponse>): void {
  response.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
  });
  response.write(": procspec live reload\n\n");
  listeners.add(response);
  response.on("close", () => listeners.delete(response));
}
