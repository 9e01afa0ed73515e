import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { statsCommand } from "../src/cli/commands/stats.js";
import { emitMarkdown } from "../src/emit/markdown/index.js";
import { formatPercent } from "../src/i18n/documents.js";
import { loadProject } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";
import { percentOf } from "../src/model/percent.js";
import { scorecard } from "../src/model/scorecard.js";
import { copyExample, REPO } from "./helpers/cli.js";
import { captureIo } from "./helpers/in-process.js";

const TRADING = join(REPO, "examples", "trading-en");
/** The trading example (100 % complete) with one position in no process, whose three documents are missing. */
const INCOMPLETE = (() => {
  const dir = copyExample("trading-en");
  const position =
    "kind: Position\nid: office-assistant\nname: Office Assistant\nunit: head-office\nreportsTo: managing-director\n";
  writeFileSync(join(dir, "positions", "office-assistant.yaml"), position);
  return dir;
})();

function cardOf(dir: string) {
  const { model, index } = compileModel(loadProject(dir));
  return scorecard(model, index);
}

async function stats(args: string[]) {
  const capture = captureIo();
  let status = 0;
  await statsCommand(capture.io, (code) => {
    status = code;
  }).parseAsync(args, { from: "user" });
  return { stdout: capture.out, stderr: capture.err, status };
}

describe("the completeness scorecard", () => {
  it("counts every process of the reference example as described by all its elements", () => {
    const card = cardOf(TRADING);
    expect(card.totals.processes).toBeGreaterThan(0);
    expect(card.totals.processesComplete).toBe(card.totals.processes);
  });

  it("does not ask a lowest-level process for a structure, so it still scores 100 %", () => {
    const leaf = cardOf(TRADING).processes.find((p) => p.id === "order-handling");
    expect(leaf?.elements.structure).toBe("n/a");
    expect(leaf?.applicable).toBe(10);
    expect(leaf?.percent).toBe(100);
  });

  it("counts indicators as missing when one of them does not say how it is measured", () => {
    const dir = copyExample("trading-en");
    const file = join(dir, "processes/sales/order-handling.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^\s+measure: Share of ordered lines.*\n/m, ""));
    const process = cardOf(dir).processes.find((p) => p.id === "order-handling");
    expect(process?.elements.indicators).toBe("missing");
    expect(process?.complete).toBe(false);
    expect(process?.percent).toBe(90);
  });

  it("gives a position without executed processes no job duties, competencies or full profile", () => {
    const director = cardOf(TRADING).positions.find((p) => p.id === "managing-director");
    expect(director?.documents).toEqual({ jobDuties: false, competencies: false, profile: false });
  });

  it("rolls positions and the processes they take part in up to their unit", () => {
    const card = cardOf(TRADING);
    const sales = card.units.find((u) => u.id === "sales-department");
    expect(sales?.positions).toBeGreaterThan(0);
    expect(sales?.processes).toBeGreaterThan(0);
    expect(sales?.percent).toBe(100);
  });

  it("shows a dash, not 100 %, for a unit with no processes and no positions yet", async () => {
    const dir = copyExample("trading-en");
    appendFileSync(
      join(dir, "units/units.yaml"),
      "\n---\nkind: Unit\nid: legal-department\nname: Legal Department\nparent: head-office\n",
    );
    const legal = cardOf(dir).units.find((u) => u.id === "legal-department");
    expect(legal?.applicable).toBe(0);
    expect(legal?.percent).toBeNull();
    const { stdout } = await stats([dir]);
    expect(stdout).toMatch(/\n\s+— {2}Legal Department {2}\(/);
  });
});

describe("completeness figures", () => {
  it("round down in stats and in the index alike: 2 of 3 is 66.6 %, 0 of 0 is a dash", () => {
    expect(percentOf(2, 3)).toBe(66.6);
    expect(percentOf(1999, 2000)).toBe(99.9);
    expect(percentOf(0, 0)).toBeNull();
    expect(formatPercent("ru", percentOf(2, 3))).toBe("66,6 %");
    expect(formatPercent("en", percentOf(2, 3))).toBe("66.6%");
    expect(formatPercent("ru", percentOf(0, 0))).toBe("—");
  });

  it("the index document and stats give the same figure for the same count", async () => {
    const { model, index } = compileModel(loadProject(TRADING));
    const md = String(
      emitMarkdown(model, index, { lang: "en", trace: false }).find((f) => f.path === "index.md")?.content,
    );
    const card = scorecard(model, index);
    const t = card.totals;
    expect(md).toContain(
      `| ${t.jobDuties} of ${t.positions} (${formatPercent("en", percentOf(t.jobDuties, t.positions))}) |`,
    );
    const { stdout } = await stats([TRADING, "--format", "json"]);
    expect(JSON.parse(stdout).units.length).toBe(card.units.length);
  });
});

describe("procspec stats", () => {
  it("names what is missing in the terminal report", async () => {
    const { stdout, status } = await stats([INCOMPLETE]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Completeness of the description: \d+(\.\d)?%/);
    expect(stdout).toMatch(/Office Assistant {2}missing: Job duties, Competencies, Position profile/);
    // a position that only owns processes is asked for no documents: they come from executing
    expect(stdout).toMatch(/ {2}— {2}Managing Director$/m);
  });

  it("writes a Markdown table with one row per process and a column per element", async () => {
    const { stdout } = await stats([TRADING, "--format", "md"]);
    const header = stdout.split("\n").find((l) => l.startsWith("| Process |"));
    expect(header?.split(" | ")).toHaveLength(13);
    expect(stdout).toContain("| 3.2 Customer order handling | ✔ | ✔ | ✔ | ✔ | ✔ | ✔ | ✔ | ✔ | ✔ | ✔ | — | 100% |");
  });

  it("speaks Russian with a decimal comma when asked", async () => {
    const { stdout } = await stats([INCOMPLETE, "--lang", "ru"]);
    expect(stdout).toMatch(/^Полнота описания: \d+,\d %/);
    expect(stdout).toContain("не заполнено: Должностные обязанности");
  });

  it("gives the same JSON on every run", async () => {
    const first = await stats([INCOMPLETE, "--format", "json"]);
    const second = await stats([INCOMPLETE, "--format", "json"]);
    expect(first.stdout).toBe(second.stdout);
    expect(JSON.parse(first.stdout).overall.percent).toBeLessThan(100);
  });

  it("fails a CI gate set above the overall completeness and passes one below it", async () => {
    const high = await stats([INCOMPLETE, "--min-completeness", "100"]);
    expect(high.status).toBe(1);
    expect(high.stderr).toMatch(/below --min-completeness 100%/);
    const low = await stats([INCOMPLETE, "--min-completeness", "50"]);
    expect(low.status).toBe(0);
    expect(low.stderr).toBe("");
  });
});
