/**
 * Where a build's time goes (`build --timings`): the time of each stage, printed to stderr after the build. The
 * first stage is start-up — from the moment Node started the process to the first stage of the build (loading
 * procspec's modules) — so the stages add up to the whole run as a user waits for it. Each stage has its wall
 * time and the CPU time of procspec's own process: on a busy machine the first grows and the second does not, and
 * the browser drawing diagrams is another process, so its work shows as wall time only.
 */
export interface StageTime {
  stage: string;
  ms: number;
  cpuMs: number;
}

export interface Stopwatch {
  /** Ends the current stage under `stage`; the next stage starts now. */
  lap(stage: string): void;
  readonly stages: readonly StageTime[];
}

export interface Clock {
  /** Milliseconds since the process started. */
  wall(): number;
  /** CPU milliseconds this process has used (user and system) since it started. */
  cpu(): number;
}

const processClock: Clock = {
  wall: () => performance.now(),
  cpu: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
};

export function stopwatch(clock: Clock = processClock): Stopwatch {
  const stages: StageTime[] = [];
  // Both clocks count from the start of the process, so the first lap is the start-up.
  let wall = 0;
  let cpu = 0;
  return {
    stages,
    lap(stage) {
      const nowWall = clock.wall();
      const nowCpu = clock.cpu();
      const previous = stages.find((s) => s.stage === stage);
      // A stage met twice is one line with the time added up.
      if (previous) {
        previous.ms += nowWall - wall;
        previous.cpuMs += nowCpu - cpu;
      } else stages.push({ stage, ms: nowWall - wall, cpuMs: nowCpu - cpu });
      wall = nowWall;
      cpu = nowCpu;
    },
  };
}

/** A small table: stage, wall milliseconds and share of the total, CPU milliseconds. */
export function formatTimings(watch: Stopwatch): string {
  const total = watch.stages.reduce((sum, s) => sum + s.ms, 0);
  const totalCpu = watch.stages.reduce((sum, s) => sum + s.cpuMs, 0);
  const width = Math.max(5, ...watch.stages.map((s) => s.stage.length));
  const ms = (n: number) => Math.round(n).toString().padStart(7);
  const share = (n: number) => (total > 0 ? ((100 * n) / total).toFixed(1) : "0.0").padStart(5);
  const line = (stage: string, wall: number, cpu: number) =>
    `${stage.padEnd(width)}  ${ms(wall)} ms  ${share(wall)} %  ${ms(cpu)} ms`;
  return `${[
    `${"stage".padEnd(width)}  ${"wall".padStart(10)}  ${"share".padStart(7)}  ${"cpu".padStart(10)}`,
    ...watch.stages.map((s) => line(s.stage, s.ms, s.cpuMs)),
    line("total", total, totalCpu),
  ].join("\n")}\n`;
}
