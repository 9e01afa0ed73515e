/**
 * Part two as a new user tries it: add `steps` to a process of the example that had none, run `procspec build`,
 * and find the process's regulation in Markdown and DOCX with the swimlane picture drawn by the browser, the
 * system's regulation naming the new records — and a step given to someone outside the process reported at its line.
 */
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { runMain } from "./helpers/in-process.js";
import { copyExampleWithDiagrams } from "./helpers/shared-build.js";

const STEPS = `steps:
  - id: review
    name: Review sales, open orders and stock of each product line
    executor: buyer
    inputs: [Order history and lost-sales records, Current stock figures]
    outputs: [Demand review]
    term: Monday by 12:00
    system: inventory-system
  - id: calculate
    name: Calculate order quantities and safety stock
    executor: buyer
    inputs: [Demand review]
    outputs: [Draft replenishment plan, Safety stock levels by product line]
    term: Monday by 17:00
    system: inventory-system
  - id: approve
    name: Approve the replenishment plan
    executor: purchasing-manager
    inputs: [Draft replenishment plan]
    outputs: [Weekly replenishment plan]
    term: Tuesday by 10:00
    next:
      - { step: publish, when: The plan fits the budget }
      - { step: calculate, when: Quantities must change }
  - id: publish
    name: Publish the plan to supplier ordering
    executor: buyer
    inputs: [Weekly replenishment plan]
    system: inventory-system
`;

// The copy's diagram cache holds the run's drawings of the example: the build draws only the new swimlane.
const dir = copyExampleWithDiagrams("trading-en", ["svg", "png"]);
const spec = join(dir, "processes", "purchasing", "replenishment-planning.yaml");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a new user adds steps to a process and builds", () => {
  it("gets the regulation in Markdown and DOCX with the swimlane picture, and the system regulation", async () => {
    appendFileSync(spec, STEPS);
    const out = join(dir, "out");
    const run = await runMain("build", dir, "--out", out, "--format", "md,docx,svg", "--quiet");
    expect(run.err).toBe("");
    expect(run.code).toBe(0);

    const md = readFileSync(join(out, "regulations", "replenishment-planning.md"), "utf8");
    const course = md.slice(md.indexOf("## 6."), md.indexOf("## 7."));
    const rows = course.split("\n").filter((line) => /^\| \d \| /.test(line));
    expect(rows.map((row) => row.split(" | ").slice(0, 3).join(" | "))).toEqual([
      "| 1 | Review sales, open orders and stock of each product line | Buyer",
      "| 2 | Calculate order quantities and safety stock | Buyer",
      "| 3 | Approve the replenishment plan | Head of Purchasing and Warehouse",
      "| 4 | Publish the plan to supplier ordering | Buyer",
    ]);
    expect(md).toContain("- Quantities must change: go to step 2");
    const picture = /\]\(\.\.\/diagrams\/(swimlane-replenishment-planning[.0-9]*)\.svg\)/.exec(md)?.[1];
    expect(picture).toBeDefined();
    expect(existsSync(join(out, "diagrams", `${picture}.svg`))).toBe(true);

    const docx = unzipSync(readFileSync(join(out, "docx", "regulations", "replenishment-planning.docx")));
    const media = Object.keys(docx).filter((name) => name.startsWith("word/media/") && name.endsWith(".png"));
    expect(media.length).toBeGreaterThan(0);
    // A real picture from the browser, not a placeholder: a PNG of some size.
    for (const name of media) expect(docx[name]?.length ?? 0).toBeGreaterThan(5000);

    const system = readFileSync(join(out, "systems", "inventory-system.md"), "utf8");
    expect(system).toContain("| Buyer | Demand review | Monday by 12:00 | 1.1 Replenishment planning, step 1 |");
  }, 600_000);

  it("a step given to a position outside the process's executors is an error at that step's executor line", async () => {
    const text = readFileSync(spec, "utf8").replace(
      "    executor: buyer\n    inputs: [Weekly replenishment plan]",
      "    executor: sales-manager\n    inputs: [Weekly replenishment plan]",
    );
    writeFileSync(spec, text);
    const line = text.split("\n").indexOf("    executor: sales-manager") + 1;
    const run = await runMain("validate", dir);
    expect(run.code).toBe(1);
    expect(run.out + run.err).toMatch(new RegExp(`replenishment-planning\\.yaml:${line}:\\d+.*step-executor`, "s"));
  });
});
