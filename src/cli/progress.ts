/**
 * Progress of a long build on stderr — "⠹ documents 120/400" redrawn in place — for a person watching a terminal.
 * Under CI or when stderr is a pipe or a file, one plain line per stage (no control characters in logs);
 * with --quiet, nothing.
 */

export interface Progress {
  /** Begins a stage of `total` steps (a new stage replaces the previous line). */
  start(label: string, total: number): void;
  tick(steps?: number): void;
  /** Clears the line; the build prints its own summary after. */
  done(): void;
}

export interface ProgressTarget {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  quiet?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const CLEAR_LINE = "\r\x1b[2K";

const silent: Progress = { start() {}, tick() {}, done() {} };

/** Not at a terminal (CI logs, a pipe): one plain line as each stage begins, so a slow step is visible in a log. */
function stageLines(target: ProgressTarget): Progress {
  return {
    start(label, total) {
      target.write(`… ${label}${total > 0 ? ` (${total})` : ""}\n`);
    },
    tick() {},
    done() {},
  };
}

/** True when someone is watching: a terminal, not CI, not asked to be quiet. */
export function wantsProgress(target: ProgressTarget, options: ProgressOptions = {}): boolean {
  const env = options.env ?? process.env;
  return Boolean(target.isTTY) && !options.quiet && !env.CI && env.TERM !== "dumb";
}

export function createProgress(target: ProgressTarget = process.stderr, options: ProgressOptions = {}): Progress {
  if (options.quiet) return silent;
  if (!wantsProgress(target, options)) return stageLines(target);
  let label = "";
  let total = 0;
  let count = 0;
  let frame = 0;
  let shown = -1;
  let active = false;
  // Redraw only when the whole percent changes, so 10 000 ticks cost 100 writes, with no clock involved.
  const draw = (force: boolean) => {
    const percent = total > 0 ? Math.floor((count * 100) / total) : 0;
    if (!force && percent === shown) return;
    shown = percent;
    frame = (frame + 1) % FRAMES.length;
    const counted = total > 0 ? ` ${Math.min(count, total)}/${total}` : "";
    target.write(`${CLEAR_LINE}${FRAMES[frame]} ${label}${counted}`);
  };
  return {
    start(nextLabel, nextTotal) {
      label = nextLabel;
      total = Math.max(0, nextTotal);
      count = 0;
      shown = -1;
      active = true;
      draw(true);
    },
    tick(steps = 1) {
      if (!active) return;
      count += steps;
      draw(count >= total);
    },
    done() {
      if (!active) return;
      active = false;
      target.write(CLEAR_LINE);
    },
  };
}
