/**
 * procspec against its peers (issue 19), every row a command run as a process, interleaved round by round so that
 * the machine's load falls on all rows alike; only ratios within one run compare. Rows:
 *   js-yaml floor   find and parse every YAML file with js-yaml (bench/floor.mjs), nothing else
 *   yaml floor      the same with the `yaml` package (the floor of issue 4)
 *   ajv-cli         ajv-cli 5 with the process schema over the process files (schema only, js-yaml inside)
 *   validate        `procspec validate`, cold: YAML, schema and every rule (PROCSPEC_WORKERS=2: two threads)
 *   warm --cache    `procspec validate --cache` after one file changed
 *   build md        `procspec build --format md`
 * Sizes: a five-file project (start-up), 2,000 processes, and with --big 20,000 (about 10 minutes on 2 cores).
 * Usage: npm run bench [-- --big] [-- --rounds 5] [-- 20000]   (builds first; the CLI rows run dist/; plain
 * numbers choose the sizes, 5 being the five-file project)
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateOrganization } from "./generate.js";

const REPO = resolve(import.meta.dirname, "..");
const BIN = join(REPO, "bin", "procspec.js");
const AJV = join(REPO, "node_modules", "ajv-cli", "dist", "index.js");
const args = process.argv.slice(2);
const rounds = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 3;
const onlyRows = args.includes("--rows") ? (args[args.indexOf("--rows") + 1] ?? "").split(",") : undefined;
// A number is a size unless it is the value of --rounds (`5 2000 --rounds 5` is two sizes, five rounds).
const given = args.filter((a, i) => /^\d+$/.test(a) && !["--rounds", "--rows"].includes(args[i - 1] ?? "")).map(Number);
const sizes = given.length > 0 ? given : [5, 2000, ...(args.includes("--big") ? [20000] : [])];
if (!existsSync(join(REPO, "dist", "cli", "main.js"))) throw new Error("run `npm run build` first");

type Row = "jsyaml" | "yaml" | "ajv" | "validate" | "validate2" | "warm" | "build";
const LABELS: Record<Row, string> = {
  jsyaml: "js-yaml floor",
  yaml: "yaml floor",
  ajv: "ajv-cli (schema only)",
  validate: "validate",
  validate2: "validate, 2 threads",
  warm: "validate --cache, 1 file changed",
  build: "build --format md",
};

function run(command: string[], env: Record<string, string> = {}): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command, {
    cwd: REPO,
    env: { ...process.env, NO_COLOR: "1", ...env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command.join(" ")} exited ${result.status}: ${result.stderr.slice(-500)}`);
  return ms;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
console.log(`Node ${process.version}, load average at start ${load()}, median of ${rounds} rounds`);
console.log(`sizes ${sizes.join(", ")}`);
const results: Array<{ n: number; files: number; times: Record<Row, number> }> = [];
for (const n of sizes) {
  const dir = join(REPO, "bench", ".data", n === 5 ? "org-five" : `org-${n}`);
  const org = n === 5 ? generateOrganization(dir, 2, { positions: 3 }) : generateOrganization(dir, n);
  const out = mkdtempSync(join(tmpdir(), "procspec-bench-"));
  const changed = join(dir, "processes", "process-1.yaml");
  const commands: Record<Row, () => number> = {
    jsyaml: () => run(["bench/floor.mjs", "js-yaml", dir]),
    yaml: () => run(["bench/floor.mjs", "yaml", dir]),
    ajv: () =>
      run([
        AJV,
        "validate",
        "--spec=draft2020",
        "--allow-union-types",
        "--all-errors",
        "-s",
        "schemas/process.schema.json",
        "-r",
        "schemas/common.schema.json",
        "-r",
        "schemas/step.schema.json",
        "-d",
        `${dir}/processes/*.yaml`,
      ]),
    validate: () => run([BIN, "validate", dir]),
    validate2: () => run([BIN, "validate", dir], { PROCSPEC_WORKERS: "2" }),
    warm: () => {
      appendFileSync(changed, `# edited ${Date.now()}\n`);
      return run([BIN, "validate", "--cache", dir]);
    },
    build: () => run([BIN, "build", dir, "--format", "md", "--out", out, "--quiet", "--force"]),
  };
  run([BIN, "validate", "--cache", dir]); // fills the cache, warms the page cache
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, [] as number[]])) as Record<Row, number[]>;
  for (let round = 0; round < (n > 5000 ? 1 : rounds); round++) {
    for (const row of Object.keys(commands) as Row[])
      if (!onlyRows || onlyRows.includes(row)) samples[row].push(commands[row]());
  }
  rmSync(out, { recursive: true, force: true });
  const times = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<Row, number>;
  results.push({ n, files: org.files, times });
}
console.log(`load average at end ${load()}\n`);
const ms = (x: number) => `${x.toFixed(0)} ms`;
const ratio = (x: number) => `${x.toFixed(2)}×`;
for (const { n, files, times } of results) {
  console.log(`### ${n === 5 ? "five-file project" : `${n} processes`} (${files} files)\n`);
  console.log("| what | time | ÷ js-yaml floor | ÷ ajv-cli |");
  console.log("|---|---|---|---|");
  for (const row of (Object.keys(LABELS) as Row[]).filter((r) => times[r] > 0))
    console.log(
      `| ${LABELS[row]} | ${ms(times[row])} | ${ratio(times[row] / times.jsyaml)} | ${ratio(times[row] / times.ajv)} |`,
    );
  console.log("");
}
// The first two sizes other than the five-file project (`npm run bench -- --big`: 2,000 and 20,000).
const [a, b] = results.filter((r) => r.n !== 5);
if (a && b) {
  const grow = (row: Row) => (a.times[row] > 0 ? `${row} ${ratio(b.times[row] / a.times[row])}` : "");
  console.log(`10× the processes: ${(["jsyaml", "ajv", "validate", "warm", "build"] as Row[]).map(grow).join(", ")}`);
}
