import { rmSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { Command } from "commander";
import { countDiagnostics } from "../../diagnostics/diagnostic.js";
import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { loadProject, ProjectError } from "../../load/project.js";
import { validateProject } from "../../validate/validate.js";
import type { BuildRequest } from "../build-pipeline.js";
import { type Io, UsageError } from "../io.js";
import { STAGING } from "../output.js";
import { addOutputOptions, type OutputOptions, parseFormats } from "./build.js";
import { formatDiagnostics } from "./validate.js";

export type WatchOptions = OutputOptions;

/** Edits come in bursts (an editor saves several files, a git checkout touches many): one rebuild per burst. */
export const DEBOUNCE_MS = 200;

export function watchCommand(io: Io, setExit: (code: number) => void): Command {
  return addOutputOptions(
    new Command("watch").description("validate and rebuild the documents whenever a spec file changes; Ctrl-C stops"),
  )
    .addHelpText(
      "after",
      `
Examples:
  procspec watch                                   rebuild ./out on every save
  procspec watch examples/car-service-ru --out out --format md,json

Every change is validated first and the diagnostics are printed; while there are errors the previous
documents stay as they were. Unchanged files are not rewritten. Ctrl-C stops and leaves no temporary files.`,
    )
    .action(async (dir: string, options: WatchOptions) => {
      setExit(await runWatch(dir, options, io));
    });
}

/** What another command (`serve`) does around watch's rounds. */
export interface WatchHooks {
  /** The watcher is ready and the first build is about to start. */
  onStart?: (lang: Lang) => void;
  /** A round wrote new documents (not called when validation found errors or the build failed). */
  onBuilt?: () => void;
  /** Watching stopped (Ctrl-C); called before the staging folder is removed. */
  onStop?: () => void | Promise<void>;
}

/** Runs until SIGINT or SIGTERM; resolves with the exit code (0: stopped by the user). */
export async function runWatch(dir: string, options: WatchOptions, io: Io, hooks: WatchHooks = {}): Promise<number> {
  // Loaded on use, like build's: the other commands start without the file watcher and the build pipeline.
  const [{ watch: watchFiles }, { runBuild }] = await Promise.all([import("chokidar"), import("../build-pipeline.js")]);
  // Fail early (exit 2) on what no edit can fix: no project folder, bad --format.
  const first = loadProject(dir, options.lang ? { lang: options.lang } : {});
  const root = first.root;
  let lang = first.config.lang;
  const request: BuildRequest = {
    dir: root,
    formats: parseFormats(options.format),
    trace: options.trace ?? false,
    notes: options.notes ?? false,
    quiet: false,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
  };
  const out = resolve(options.out ?? join(root, "out"));
  request.out = out;
  const templates = options.templates ? resolve(options.templates) : undefined;

  let running: Promise<void> | undefined;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  /** One round: validate and show every diagnostic, then build unless there are errors. Never throws. */
  const rebuild = async (changed: readonly string[]) => {
    if (changed.length > 0) io.err(`${cliText(lang, "watch.change", { files: changed.join(", ") })}\n`);
    try {
      const project = loadProject(root, options.lang ? { lang: options.lang } : {});
      lang = project.config.lang;
      const validation = validateProject(project);
      const { diagnostics } = validation;
      const context = { lang, color: io.isTTY, filesChecked: project.files.length };
      if (diagnostics.length > 0) io.out(formatDiagnostics("stylish", diagnostics, context));
      if (countDiagnostics(diagnostics).errors > 0) {
        io.err(`${cliText(lang, "watch.not-built")}\n`);
      } else {
        const result = await runBuild(request, io, { project, validation });
        if (result.exitCode === 0) hooks.onBuilt?.();
      }
    } catch (error) {
      // A deleted procspec.yaml, an --out that now holds a spec file: say so and keep watching.
      const reason = error instanceof ProjectError || error instanceof UsageError ? error.message : String(error);
      io.err(`${cliText(lang, "watch.failed", { reason })}\n`);
    }
    io.err(`${cliText(lang, "watch.waiting")}\n`);
  };

  const schedule = (path: string) => {
    if (stopped) return;
    pending.add(relative(root, path).split(sep).join("/"));
    clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  };
  const flush = () => {
    if (stopped) return;
    if (running) {
      // A build is under way: the change is picked up as soon as it ends.
      timer = setTimeout(flush, DEBOUNCE_MS);
      return;
    }
    if (pending.size === 0) return;
    const changed = [...pending].sort();
    pending = new Set();
    running = rebuild(changed).finally(() => {
      running = undefined;
    });
  };

  const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);
  const watcher = watchFiles(templates ? [root, templates] : root, {
    ignoreInitial: true,
    ignored: (path: string) =>
      isInside(path, out) || /(^|[\\/])(\.git|node_modules|\.procspec(-[^\\/]*)?)([\\/]|$)/.test(relative(root, path)),
  });
  const relevant = (path: string) =>
    /\.ya?ml$/i.test(path) || (templates !== undefined && isInside(resolve(path), templates));
  watcher.on("all", (_event, path) => {
    if (relevant(path)) schedule(path);
  });
  watcher.on("error", (error) => io.err(`${cliText(lang, "watch.failed", { reason: String(error) })}\n`));

  await new Promise<void>((ready) => watcher.once("ready", () => ready()));
  io.err(`${cliText(lang, "watch.start", { dir: root })}\n`);
  hooks.onStart?.(lang);
  running = rebuild([]).finally(() => {
    running = undefined;
  });

  let onSignal: (signal: NodeJS.Signals) => void = () => {};
  const signal = await new Promise<NodeJS.Signals>((stop) => {
    onSignal = stop;
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  stopped = true;
  clearTimeout(timer);
  // A second Ctrl-C while the current build finishes means "now".
  const force = () => process.exit(130);
  process.once(signal, force);
  await watcher.close();
  await running;
  process.removeListener(signal, force);
  await hooks.onStop?.();
  // The writer removes its staging folder itself; this covers a stop at any other moment too.
  rmSync(join(out, STAGING), { recursive: true, force: true });
  io.err(`${cliText(lang, "watch.stopped")}\n`);
  return 0;
}
