import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { type AddressInfo, createServer } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, copyExample } from "./helpers/cli.js";
import { startCli, waitFor } from "./helpers/long-running.js";

let running: ChildProcess | undefined;
afterEach(() => {
  if (running && running.exitCode === null) running.kill("SIGKILL");
});

// No browser: what is under test is serving and rebuilding, not the diagrams (the site says they were not drawn).
const ENV = { ...process.env, CI: "true", NO_COLOR: "1", PROCSPEC_CHROMIUM: "/nonexistent/chromium" };

function startServe(dir: string, ...args: string[]) {
  const serve = startCli(["serve", dir, "--port", "0", ...args], ENV);
  running = serve.child;
  return serve;
}

async function get(url: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
}

/** Listens to the live-reload stream and counts the reload events. */
function listen(url: string): { reloads: () => number; close: () => void } {
  let reloads = 0;
  const req = request(url, (response) => {
    response.on("data", (chunk: Buffer) => {
      reloads += chunk.toString("utf8").split("event: reload").length - 1;
    });
  });
  req.on("error", () => {});
  req.end();
  return { reloads: () => reloads, close: () => req.destroy() };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("procspec serve", () => {
  it("builds the site, serves it, rebuilds on a change with a live reload, and leaves nothing on Ctrl-C", async () => {
    const dir = copyExample("trading-en");
    const serve = startServe(dir);
    await waitFor(() => serve.output().includes("written,"), "the first build");
    const base = /the site is served at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(serve.output())?.[1];
    expect(base, serve.output()).toBeDefined();
    const out = /documents in (\S+):/.exec(serve.output())?.[1] ?? "";
    expect(existsSync(join(out, "site", "index.html"))).toBe(true);

    const home = await get(`${base}`);
    expect(home.status).toBe(200);
    expect(home.type).toContain("text/html");
    expect(home.body).toContain('<script src="/__procspec/reload.js"></script>');
    // The built file itself carries no live-reload script: it is added while serving.
    expect(readFileSync(join(out, "site", "index.html"), "utf8")).not.toContain("__procspec");
    expect((await get(`${base}assets/site.css`)).type).toContain("text/css");
    expect((await get(`${base}no-such-page.html`)).status).toBe(404);
    expect((await get(`${base}..%2f..%2fpackage.json`)).status).toBe(404);

    const events = listen(`${base}__procspec/events`);
    const file = join(dir, "processes/sales/order-handling.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("name: Customer order handling", "name: Order desk"));
    await waitFor(() => count(serve.output(), "written,") >= 2, "the rebuild");
    await waitFor(() => events.reloads() >= 1, "the reload event", 5_000);
    events.close();
    const card = await get(`${base}processes/order-handling.html`);
    expect(card.body).toContain("Order desk");

    serve.child.kill("SIGINT");
    expect([0, 130]).toContain(await serve.exited);
    expect(serve.output()).toContain("watch stopped");
    expect(existsSync(out)).toBe(false);
    expect(serve.output()).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }, 240_000);

  it("says which port is taken instead of failing with a stack trace (exit 2)", async () => {
    const dir = copyExample("trading-en");
    const taken = createServer();
    await new Promise<void>((ready) => taken.listen(0, "127.0.0.1", ready));
    const { port } = taken.address() as AddressInfo;
    const second = spawn(process.execPath, [BIN, "serve", dir, "--port", String(port)], { env: ENV });
    let err = "";
    second.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((done) => second.on("exit", done));
    taken.close();
    expect(code).toBe(2);
    expect(err).toContain(`port ${port} is already in use`);
    expect(err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
