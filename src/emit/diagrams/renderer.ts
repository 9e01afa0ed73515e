/**
 * Draws Mermaid sources as SVG and PNG with ONE Chromium per call: Mermaid is loaded once into one page and
 * `mermaid.render()` is called per diagram (mermaid-cli reloads the page per diagram: ~1.1 s each against ~0.05 s,
 * bench/README.md). Results are cached by content hash; when everything is cached the browser is not started.
 * This module does I/O (browser, cache files) and is kept apart from the pure source generators.
 */

import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { diagramProblem } from "../../i18n/diagrams.js";
import type { Lang } from "../../i18n/lang.js";
import { cacheKey, pruneCached, readCached, writeCached } from "./cache.js";

export type DiagramFormat = "svg" | "png";

export interface DiagramSource {
  /** File name without extension: `process-map`, `context-vehicle-intake`. */
  name: string;
  source: string;
  /** Already drawn (the swimlane diagrams are SVG from their own layout): only rasterised here. */
  svg?: string;
}

export interface RenderOptions {
  formats: DiagramFormat[];
  /** Folder of cached images; without it every diagram is drawn afresh. */
  cacheDir?: string;
  /** Remove from `cacheDir` the images of diagrams not in this call (a build passes all of its diagrams). */
  pruneCache?: boolean;
  /** Browser executable from procspec.yaml; `PROCSPEC_CHROMIUM` overrides it, `/usr/bin/chromium` is the default. */
  chromium?: string;
  /** Language of the problem messages. */
  lang?: Lang;
  /** Called after each diagram that had to be drawn (for a progress display). */
  onDrawn?: (drawn: number, total: number) => void;
}

export interface RenderedDiagram {
  svg?: string;
  png?: Uint8Array;
  /** Set when Mermaid rejected this diagram; the others are still drawn. */
  error?: string;
}

export interface RenderStats {
  /** Browser launches: 1 when anything had to be drawn, 0 when all came from the cache. */
  launches: number;
  rendered: number;
  cached: number;
  failed: number;
  /** Wall time of the whole call, and the parts spent starting the browser and drawing SVG / PNG. */
  ms: number;
  startMs: number;
  svgMs: number;
  pngMs: number;
}

export type RenderOutcome =
  | { files: Map<string, RenderedDiagram>; stats: RenderStats }
  | { unavailable: string; stats: RenderStats };

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** No sandbox (root in containers), and nothing that reaches the network. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * Mermaid settings. Plain SVG text labels (no foreignObject) so LibreOffice and Word show the SVG; a fixed font
 * so PNGs are the same on every machine; deterministic ids so the same source gives the same bytes.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: "strict",
  deterministicIds: true,
  // Mermaid 11 draws some shapes with rough.js; seed 0 means "random", so two builds would differ in path data.
  handDrawnSeed: 1,
  fontFamily: "DejaVu Sans, sans-serif",
  htmlLabels: false,
  flowchart: { htmlLabels: false },
} as const;

const PNG_SCALE = 2;
/** Chromium cannot capture much more than this many device pixels on a side; larger diagrams are scaled down. */
const MAX_PNG_SIDE = 16000;
const SETTINGS = { mermaid: MERMAID_CONFIG, png: { scale: PNG_SCALE, background: "white", maxSide: MAX_PNG_SIDE } };

/**
 * The browser to use. The environment wins over procspec.yaml: the project file travels in git to every machine,
 * while PROCSPEC_CHROMIUM says where the browser is on this one.
 */
export function chromiumPath(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.PROCSPEC_CHROMIUM || option || DEFAULT_CHROMIUM;
}

interface MermaidAssets {
  script: string;
  version: string;
}

let assets: Promise<MermaidAssets> | undefined;
function mermaidAssets(): Promise<MermaidAssets> {
  assets ??= (async () => {
    const script = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");
    const pkg = JSON.parse(await readFile(join(dirname(script), "..", "package.json"), "utf8")) as { version: string };
    return { script, version: pkg.version };
  })();
  return assets;
}

export async function renderDiagrams(
  diagrams: readonly DiagramSource[],
  options: RenderOptions,
): Promise<RenderOutcome> {
  const began = performance.now();
  const lang = options.lang ?? "en";
  const stats: RenderStats = { launches: 0, rendered: 0, cached: 0, failed: 0, ms: 0, startMs: 0, svgMs: 0, pngMs: 0 };
  const done = <T extends RenderOutcome>(outcome: T): T => {
    stats.ms = Math.round(performance.now() - began);
    return outcome;
  };
  const { script, version } = await mermaidAssets();
  const wantSvg = options.formats.includes("svg");
  const wantPng = options.formats.includes("png");

  const files = new Map<string, RenderedDiagram>();
  const todo: Todo[] = [];
  const keys = diagrams.map((diagram) => cacheKey(diagram.source, SETTINGS, version));
  if (options.cacheDir && options.pruneCache) await pruneCached(options.cacheDir, new Set(keys));
  for (const [i, diagram] of diagrams.entries()) {
    const key = keys[i] ?? "";
    const cached = options.cacheDir ? await fromCache(options.cacheDir, key, wantSvg, wantPng) : undefined;
    if (cached) {
      files.set(diagram.name, cached);
      stats.cached++;
    } else todo.push({ diagram, key });
  }
  if (todo.length === 0) return done({ files, stats });

  const executable = chromiumPath(options.chromium);
  try {
    await access(executable, constants.X_OK);
  } catch {
    return done({ unavailable: diagramProblem(lang, "no-browser", { path: executable }), stats });
  }

  const startAt = performance.now();
  let browser: Browser;
  try {
    browser = await launchChromium(executable);
    stats.launches++;
  } catch (error) {
    const reason = firstLine(error);
    return done({ unavailable: diagramProblem(lang, "launch-failed", { path: executable, reason }), stats });
  }
  try {
    // Mermaid sources are drawn one after another in the one page that has Mermaid loaded; pictures already drawn
    // as SVG (the swimlanes) only need rasterising, which a few blank pages share, so the browser's renderer
    // processes use every core. The Mermaid page joins them once its own queue is done.
    const mermaidQueue = todo.filter((t) => t.diagram.svg === undefined);
    const rasterQueue = todo.filter((t) => t.diagram.svg !== undefined);
    let started = 0;
    let broken: string | undefined;
    const fail = (item: Todo, reason: string) => {
      files.set(item.diagram.name, {
        error: diagramProblem(lang, "render-failed", { name: item.diagram.name, reason }),
      });
      stats.failed++;
    };
    const work = async (queue: Todo[], newPage: () => Promise<Page>, page: Page): Promise<Page | undefined> => {
      let current = page;
      for (let item = queue.shift(); item; item = queue.shift()) {
        if (broken !== undefined) {
          fail(item, broken);
          continue;
        }
        options.onDrawn?.(started++, todo.length);
        try {
          files.set(
            item.diagram.name,
            await withTimeout(drawOne(current, item.diagram, item.key, options, stats), DIAGRAM_TIMEOUT_MS),
          );
        } catch (error) {
          // A diagram that breaks or hangs the page (not just Mermaid's parser) still must not stop the build:
          // report it and carry on in a fresh page.
          fail(item, firstLine(error));
          try {
            await current.close().catch(() => undefined);
            current = await newPage();
          } catch (gone) {
            // The browser itself is gone: the remaining diagrams fail with the reason, the build goes on without them.
            broken = firstLine(gone);
            return undefined;
          }
        }
      }
      return current;
    };
    const mermaid = () => mermaidPage(browser, script);
    const blank = () => rasterPage(browser);
    const workers: Promise<unknown>[] = [];
    if (mermaidQueue.length > 0) {
      const page = await mermaid();
      stats.startMs = Math.round(performance.now() - startAt);
      workers.push(
        work(mermaidQueue, mermaid, page).then((still) => (still ? work(rasterQueue, mermaid, still) : undefined)),
      );
    }
    const extra = Math.min(RASTER_PAGES - (mermaidQueue.length > 0 ? 1 : 0), rasterQueue.length);
    for (let i = 0; i < extra; i++) {
      workers.push(
        blank().then(
          (page) => work(rasterQueue, blank, page),
          (error) => {
            broken ??= firstLine(error);
          },
        ),
      );
    }
    await Promise.all(workers);
    // Whatever no page could take (the browser went away) fails with the reason, never silently.
    for (const item of [...mermaidQueue, ...rasterQueue]) fail(item, broken ?? "no page could be opened");
    if (stats.startMs === 0) stats.startMs = Math.round(performance.now() - startAt);
  } finally {
    await browser.close();
  }
  // Drawn in whatever order the pages finished; handed back in the order asked, so nothing downstream varies.
  const ordered = new Map<string, RenderedDiagram>();
  for (const diagram of diagrams) {
    const file = files.get(diagram.name);
    if (file) ordered.set(diagram.name, file);
  }
  files.clear();
  for (const [name, file] of ordered) files.set(name, file);
  stats.svgMs = Math.round(stats.svgMs);
  stats.pngMs = Math.round(stats.pngMs);
  return done({ files, stats });
}

interface Todo {
  diagram: DiagramSource;
  key: string;
}

/** Pages rasterising at once: the machines procspec runs on have a few cores; more pages only share them. */
const RASTER_PAGES = 2;

/** A blank page to rasterise SVG in (no Mermaid needed). */
async function rasterPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><body style="margin:0;background:white"></body>');
  return page;
}

/** Longer than the largest diagram takes (a 200-process map: about 6 s on a loaded machine), short of a hang. */
const DIAGRAM_TIMEOUT_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the browser within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Chromium started headless with the flags above; also used by tests to ask Mermaid to parse sources. */
export async function launchChromium(executable: string): Promise<Browser> {
  const { launch } = await import("puppeteer-core");
  return launch({ executablePath: executable, headless: true, args: CHROMIUM_ARGS });
}

async function drawOne(
  page: Page,
  diagram: DiagramSource,
  key: string,
  options: RenderOptions,
  stats: RenderStats,
): Promise<RenderedDiagram> {
  const svgAt = performance.now();
  const drawn =
    diagram.svg !== undefined ? { svg: diagram.svg } : await drawSvg(page, diagram.source, `m${key.slice(0, 12)}`);
  stats.svgMs += performance.now() - svgAt;
  if ("error" in drawn) {
    stats.failed++;
    return {
      error: diagramProblem(options.lang ?? "en", "render-failed", { name: diagram.name, reason: drawn.error }),
    };
  }
  const result: RenderedDiagram = {};
  if (options.formats.includes("svg")) result.svg = drawn.svg;
  if (options.formats.includes("png")) {
    const pngAt = performance.now();
    result.png = await drawPng(page, drawn.svg);
    stats.pngMs += performance.now() - pngAt;
  }
  if (options.cacheDir) {
    // Both formats are cached whenever they were drawn, so asking for PNG after SVG later costs nothing. A cache
    // that cannot be written costs only drawing again next time, not this diagram.
    try {
      await writeCached(options.cacheDir, key, "svg", drawn.svg);
      if (result.png) await writeCached(options.cacheDir, key, "png", result.png);
    } catch {}
  }
  stats.rendered++;
  return result;
}

async function fromCache(dir: string, key: string, svg: boolean, png: boolean): Promise<RenderedDiagram | undefined> {
  const result: RenderedDiagram = {};
  if (svg) {
    const bytes = await readCached(dir, key, "svg");
    if (!bytes) return undefined;
    result.svg = new TextDecoder().decode(bytes);
  }
  if (png) {
    const bytes = await readCached(dir, key, "png");
    if (!bytes) return undefined;
    result.png = bytes;
  }
  return result;
}

/** What the page sees of the Mermaid bundle. */
interface MermaidApi {
  initialize(config: unknown): void;
  render(id: string, text: string): Promise<{ svg: string }>;
  parse(text: string): Promise<unknown>;
}
type MermaidWindow = typeof globalThis & { mermaid: MermaidApi };

/** One page with Mermaid loaded and configured; also used by tests to ask Mermaid to parse sources. */
export async function mermaidPage(browser: Browser, script?: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800, deviceScaleFactor: PNG_SCALE });
  await page.setContent(
    '<!doctype html><meta charset="utf-8"><body style="margin:0;background:white"><div id="c" style="display:inline-block;background:white"></div></body>',
  );
  await page.addScriptTag({ path: script ?? (await mermaidAssets()).script });
  await page.evaluate((config) => (globalThis as MermaidWindow).mermaid.initialize(config), MERMAID_CONFIG);
  return page;
}

/** Mermaid's own parser run on a source: null when it is valid, else Mermaid's message. */
export async function parseInPage(page: Page, source: string): Promise<string | null> {
  return page.evaluate(async (text) => {
    try {
      await (globalThis as MermaidWindow).mermaid.parse(text);
      return null;
    } catch (error) {
      return String(error instanceof Error ? error.message : error);
    }
  }, source);
}

async function drawSvg(page: Page, source: string, id: string): Promise<{ svg: string } | { error: string }> {
  return page.evaluate(
    async (text, renderId) => {
      try {
        return { svg: (await (globalThis as MermaidWindow).mermaid.render(renderId, text)).svg };
      } catch (error) {
        // A failed render may leave its scratch element behind; remove it so the next diagram starts clean.
        document.getElementById(`d${renderId}`)?.remove();
        return { error: String(error instanceof Error ? error.message : error) };
      }
    },
    source,
    id,
  );
}

/** The SVG at its natural size (Mermaid caps it with max-width), captured as an element on white. */
async function drawPng(page: Page, svg: string): Promise<Uint8Array> {
  // Rasterised in the page through a canvas: much cheaper than a compositor screenshot, and the SVG has plain
  // <text> labels (no foreignObject), so the image is drawn with the same fonts.
  const dataUrl = await page.evaluate(
    async (markup, maxSide, scale) => {
      const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
      const element = doc.documentElement as unknown as SVGSVGElement;
      const box = element.viewBox.baseVal;
      const fit = Math.min(1, maxSide / scale / Math.max(box.width, box.height, 1));
      const width = Math.ceil(box.width * fit);
      const height = Math.ceil(box.height * fit);
      element.setAttribute("width", String(width));
      element.setAttribute("height", String(height));
      element.style.maxWidth = "none";
      const blob = new Blob([new XMLSerializer().serializeToString(element)], { type: "image/svg+xml" });
      const url = URL.createObjectURL(blob);
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = Math.ceil(width * scale);
        canvas.height = Math.ceil(height * scale);
        const context = canvas.getContext("2d") as CanvasRenderingContext2D;
        context.fillStyle = "white";
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.scale(scale, scale);
        context.drawImage(image, 0, 0, width, height);
        return canvas.toDataURL("image/png");
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    svg,
    MAX_PNG_SIDE,
    PNG_SCALE,
  );
  return new Uint8Array(Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64"));
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n").find((line) => line.trim() !== "") ?? text).trim();
}
