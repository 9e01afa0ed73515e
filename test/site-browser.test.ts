/**
 * The HTML site in a real browser (the project's Chromium through puppeteer-core), opened from disk as a user
 * double-clicking index.html would: one build of the example (the site alone), one browser for the whole file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium } from "../src/emit/diagrams/renderer.js";
import { BIN, REPO } from "./helpers/cli.js";

let out: string;
let site: string;
let browser: Browser;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "procspec-site-"));
  // A build with diagrams drawn in a browser: slow on a busy machine, so more time than runCli's default.
  const run = spawnSync(
    process.execPath,
    [BIN, "build", join(REPO, "examples", "car-service-ru"), "--out", out, "--format", "html", "--quiet"],
    { encoding: "utf8", env: { ...process.env, CI: "true", NO_COLOR: "1", TZ: "UTC", LANG: "C" }, timeout: 280_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  site = join(out, "site");
  browser = await launchChromium(chromiumPath());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

const url = (path: string) => pathToFileURL(join(site, path)).href;

/** A page that records every console error, uncaught exception and failed request while it is open. */
async function openPage(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(url(path), { waitUntil: "load" });
  return { page, problems };
}

async function search(page: Page, query: string): Promise<{ href: string; text: string }[]> {
  await page.click("#search-input", { count: 3 });
  await page.keyboard.press("Backspace");
  await page.type("#search-input", query);
  // The list says which query it answers: neither the «loading» note nor the results of a prefix typed so far.
  await page.waitForFunction(
    (q) => (document.querySelector("#search-results") as HTMLElement | null)?.dataset.query === q,
    { timeout: 15_000 },
    query,
  );
  return page.$$eval("#search-results a", (links) =>
    links.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? "" })),
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f))
    .sort();
}

describe("the site opened from disk (file://) in Chromium", () => {
  it("shows the process map on the home page and finds «наряд» and «мастер»", async () => {
    const { page, problems } = await openPage("index.html");
    expect(await page.$$eval("main svg a", (links) => links.length)).toBeGreaterThan(15);
    const work = await search(page, "наряд");
    expect(work[0]?.href).toBe(url("processes/vehicle-intake.html"));
    const master = await search(page, "мастер");
    expect(master[0]?.href).toBe(url("positions/service-advisor/index.html"));
    expect(master[0]?.text).toContain("Мастер-приёмщик");
    // A word form the documents never use as such: found by its stem.
    const forms = await search(page, "мастером");
    expect(forms.map((r) => r.href)).toContain(url("positions/service-advisor/index.html"));
    // Enter opens the first result.
    await search(page, "наряд");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(page.url()).toBe(url("processes/vehicle-intake.html"));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens a process's card from a click on its box on the map", async () => {
    const { page, problems } = await openPage("index.html");
    const box = await page.$('main svg a[href="processes/vehicle-intake.html"]');
    expect(box).not.toBeNull();
    await box?.scrollIntoView();
    await Promise.all([page.waitForNavigation(), box?.click()]);
    expect(page.url()).toBe(url("processes/vehicle-intake.html"));
    expect(await page.$eval("main h1", (h) => h.textContent)).toBe(
      "Спецификация процесса «Приём автомобиля от клиента»",
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("follows owner → position → a process it executes", async () => {
    const { page, problems } = await openPage("processes/vehicle-intake.html");
    const follow = async (selector: string) => {
      const link = await page.$(selector);
      expect(link, selector).not.toBeNull();
      await Promise.all([page.waitForNavigation(), link?.click()]);
    };
    // The owner, in the links panel.
    const ownerGroup = await page.$$eval("aside.related h3", (hs) => hs.map((h) => h.textContent));
    const ownerAt = ownerGroup.indexOf("Владелец") + 1;
    await follow(`aside.related h3:nth-of-type(${ownerAt}) + ul a`);
    expect(page.url()).toBe(url("positions/service-manager/index.html"));
    expect(await page.$eval("main h1", (h) => h.textContent)).toBe("Руководитель автосервиса");
    // A process it takes part in, from the position's own page.
    const headings = await page.$$eval("main h2", (hs) => hs.map((h) => h.textContent));
    const executesAt = headings.indexOf("Участвует в процессах") + 1;
    expect(executesAt).toBeGreaterThan(0);
    await follow(`main h2:nth-of-type(${executesAt}) + ul a`);
    expect(page.url()).toMatch(/\/processes\/[a-z-]+\.html$/);
    expect(await page.$eval("main h1", (h) => h.textContent)).toMatch(/^Спецификация процесса «/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("links every page, and every internal link resolves (crawled from index.html)", () => {
    const pages = htmlFiles(site);
    const seen = new Set<string>([join(site, "index.html")]);
    const queue = [join(site, "index.html")];
    const broken: string[] = [];
    while (queue.length > 0) {
      const file = queue.shift() as string;
      const html = readFileSync(file, "utf8");
      for (const m of html.matchAll(/\b(?:href|src)="([^"#]*)(#[^"]*)?"/g)) {
        const target = m[1] ?? "";
        if (target === "") continue;
        expect(target, relative(site, file)).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
        const path = resolve(dirname(file), decodeURI(target));
        if (!existsSync(path)) broken.push(`${relative(site, file)} → ${target}`);
        else if (path.endsWith(".html") && !seen.has(path)) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
    expect(broken).toEqual([]);
    expect([...seen].sort()).toEqual(pages);
  });

  it("loads every page without a console error or a failed request", async () => {
    const problems: string[] = [];
    const page = await browser.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
    page.on("requestfailed", (r) => problems.push(`${page.url()}: request failed ${r.url()}`));
    for (const file of htmlFiles(site)) await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
