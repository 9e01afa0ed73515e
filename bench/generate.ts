/**
 * Generates a synthetic organization for benchmarks: N processes on three levels, N/5 positions, N/30 units,
 * with a realistic fan-out of executors and suppliers. Deterministic (a seeded generator), valid under every rule
 * that matters for the build. Usage: npx tsx bench/generate.ts --processes 2000 --out bench/.data/org-2000
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const q = (s: string) => JSON.stringify(s);

export interface GeneratedOrg {
  processes: number;
  positions: number;
  units: number;
  files: number;
}

/** Shape of the organization beyond its size; the defaults are the benchmark's. */
export interface GenerateOptions {
  /** Number of level-1 processes (default: one per 50 processes). */
  top?: number;
  /** Number of positions (default: one per 5 processes). */
  positions?: number;
  /** Language of procspec.yaml (default en). */
  lang?: "ru" | "en";
  /** Extra lines for the `documents:` block of procspec.yaml (e.g. `paper: A3`). */
  documents?: string;
}

export function generateOrganization(
  outDir: string,
  processCount: number,
  options: GenerateOptions = {},
): GeneratedOrg {
  const random = rng(processCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, "processes"), { recursive: true });
  const positionCount = options.positions ?? Math.max(3, Math.floor(processCount / 5));
  const unitCount = Math.max(2, Math.floor(processCount / 30));
  writeFileSync(
    join(outDir, "procspec.yaml"),
    `lang: ${options.lang ?? "en"}\ndocuments:\n  approvedBy: Chief Executive\n  version: "1.0"\n  date: 2026-12-01\n${options.documents ?? ""}`,
  );
  const units = Array.from({ length: unitCount }, (_, i) => `unit-${i}`);
  const positions = Array.from({ length: positionCount }, (_, i) => `position-${i}`);
  const unitOf = (p: number) => units[p % unitCount] as string;
  let org = `kind: Organization\nid: synthetic-org\nname: Synthetic Org\nvalues: [Clients first, Honesty]\n`;
  org += "strategy:\n  clients: [Regional car owners]\n  clientValues: [Fast repair]\n  advantages: [Own stock]\n";
  writeFileSync(join(outDir, "organization.yaml"), org);
  const unitDocs = units.map((id, i) => {
    const parent = i === 0 ? "" : `parent: unit-${Math.floor((i - 1) / 4)}\n`;
    return `kind: Unit\nid: ${id}\nname: Unit ${i}\n${parent}head: position-${i}\nfunctions: [Function ${i} a, Function ${i} b]\n`;
  });
  writeFileSync(join(outDir, "units.yaml"), unitDocs.join("---\n"));
  const positionDocs = positions.map((id, i) => {
    const reports =
      i < unitCount
        ? i === 0
          ? ""
          : `reportsTo: position-${Math.floor((i - 1) / 4)}\n`
        : `reportsTo: position-${i % unitCount}\n`;
    return `kind: Position\nid: ${id}\nname: Position ${i}\nunit: ${unitOf(i)}\n${reports}headcount: ${1 + (i % 3)}\ngeneralKnowledge: [Economics, Law basics]\nresponsibilities: [Client loyalty ${i % 7}]\n`;
  });
  writeFileSync(join(outDir, "positions.yaml"), positionDocs.join("---\n"));
  // Three levels: 1/50 top, then ~1/5 middle, the rest leaves; every parent gets at least two children.
  const top = options.top ?? Math.max(1, Math.floor(processCount / 50));
  const middle = Math.max(2 * top, Math.floor(processCount / 5));
  const parentOf = (i: number): number | undefined => {
    if (i < top) return undefined;
    if (i < top + middle) return (i - top) % top;
    return top + ((i - top - middle) % middle);
  };
  // Supplier links: leaf i is supplied by leaf i-1 (same parent chain is irrelevant), which sends a result to it.
  for (let i = 0; i < processCount; i++) {
    const id = `process-${i}`;
    const parent = parentOf(i);
    const executors = [pick(positions), pick(positions)].filter((p, k, all) => all.indexOf(p) === k);
    const owner = positions[i % unitCount] as string;
    const supplier = i > top + middle ? `process-${i - 1}` : undefined;
    const consumer = i >= top + middle && i + 1 < processCount ? `process-${i + 1}` : undefined;
    let y = `kind: Process\nid: ${id}\ncode: ${q(String(i + 1))}\nname: ${q(`Process ${i} of ${pick(["sales", "service", "purchasing", "finance"])}`)}\n`;
    if (parent !== undefined) y += `parent: process-${parent}\n`;
    y += `description: ${q(`The process turns requests into finished work number ${i}. It is measured every month.`)}\n`;
    y += `owner: ${owner}\n`;
    y += `clients:\n  - external: Car owner\n    goals: [${q(`Car repaired fast ${i}`)}]\n  - company: true\n    goals: [Loyal clients]\n`;
    y += `results:\n  - name: ${q(`Work order ${i}`)}\n`;
    if (consumer) y += `    to: [${consumer}]\n`;
    y += "  - name: Invoice\n";
    y += `indicators:\n  - name: Client satisfaction\n    measure: Phone survey\n    type: quality\n    target: ">= 4.5"\n  - name: Lead time\n    measure: Hours from request to result\n    type: efficiency\n`;
    y += `resources:\n  - name: Request\n    type: consumable\n    from: ${supplier ? `{ process: ${supplier} }` : `{ position: ${pick(positions)} }`}\n  - name: Computer\n    type: renewable\n    from: { unit: ${pick(units)} }\n`;
    y += "executors:\n";
    for (const p of executors) {
      y += `  - position: ${p}\n    functions: [${q(`Handles step A of ${i}`)}, Records the result]\n    competencies:\n      knowledge: [${q(`Knowledge ${i % 40}`)}, Price list]\n      skills: [${q(`Skill ${i % 30}`)}]\n      qualities: [${q(`Quality ${i % 10}`)}]\n`;
    }
    writeFileSync(join(outDir, "processes", `${id}.yaml`), y);
  }
  return { processes: processCount, positions: positionCount, units: unitCount, files: processCount + 4 };
}

if (process.argv[1]?.endsWith("generate.ts")) {
  const args = process.argv.slice(2);
  const n = Number(args[args.indexOf("--processes") + 1] ?? 2000);
  const out = args.includes("--out") ? (args[args.indexOf("--out") + 1] as string) : `bench/.data/org-${n}`;
  const result = generateOrganization(out, n);
  process.stdout.write(`${JSON.stringify(result)} → ${out}\n`);
}
