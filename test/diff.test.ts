import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCommand } from "../src/cli/commands/diff.js";
import { reportFatal } from "../src/cli/io.js";
import { emitDocuments } from "../src/emit/index.js";
import { loadProject } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";
import { copyExample } from "./helpers/cli.js";
import { captureIo } from "./helpers/in-process.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.email=test@procspec.dev", "-c", "user.name=test", ...args], {
    cwd,
    encoding: "utf8",
  });

/** A repository whose first commit is the trading example, with the project in a sub-folder as in real use. */
function repoWithExample(): { repo: string; project: string } {
  const repo = copyExample("trading-en");
  mkdirSync(join(repo, "spec"));
  for (const entry of readdirSync(repo).filter((e) => e !== "spec"))
    renameSync(join(repo, entry), join(repo, "spec", entry));
  git(repo, "init", "-q");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "trading company");
  return { repo, project: join(repo, "spec") };
}

function edit(file: string, from: RegExp, to: string) {
  const text = readFileSync(file, "utf8");
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
}

async function diff(args: string[]) {
  const capture = captureIo();
  let status = 0;
  try {
    await diffCommand(capture.io, () => {}).parseAsync(args, { from: "user" });
  } catch (error) {
    status = reportFatal(capture.io, error);
  }
  return { stdout: capture.out, stderr: capture.err, status };
}

const ORDER_HANDLING = "processes/sales/order-handling.yaml";

/** The Markdown documents of a project as a user builds them, path → text (in-process: the CLI is not under test). */
async function documents(project: string): Promise<Map<string, string>> {
  const { model, index } = compileModel(loadProject(project));
  const files = await emitDocuments(model, index, { formats: new Set(["md"]), lang: model.lang, trace: false });
  return new Map(files.map((f) => [f.path, typeof f.content === "string" ? f.content : ""]));
}

/** Replaces an id wherever the spec files write it (file names stay), as a search-and-replace in an editor would. */
function renameEverywhere(project: string, from: string, to: string) {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : [],
    );
  let count = 0;
  for (const file of walk(project)) {
    const text = readFileSync(file, "utf8");
    const renamed = text.replace(new RegExp(`\\b${from}\\b`, "g"), to);
    if (renamed !== text) count++;
    writeFileSync(file, renamed);
  }
  expect(count, relative(project, project)).toBeGreaterThan(1);
}

const POSITION_DOCUMENTS = { jobDuties: "job-duties.md", competencies: "competencies.md", profile: "profile.md" };

/** What a reader sees of a Markdown document: link targets (file names made of ids) are not shown. */
const shown = (text: string | undefined) => text?.replace(/\]\([^)]*\)/g, "]");

/** Position documents that the diff reports, and those whose bytes differ (`changed`) or whose shown text does (`seen`). */
function reportedAndChanged(report: ModelDiffJson, before: Map<string, string>, after: Map<string, string>) {
  const reported: string[] = [];
  for (const entry of report.documents) {
    for (const [key, file] of Object.entries(POSITION_DOCUMENTS))
      if (entry.status !== "changed" || key in entry) reported.push(`positions/${entry.id}/${file}`);
  }
  const changed = [...new Set([...before.keys(), ...after.keys()])]
    .filter((path) => /^positions\/[^/]+\/(job-duties|competencies|profile)\.md$/.test(path))
    .filter((path) => before.get(path) !== after.get(path));
  const seen = changed.filter((path) => shown(before.get(path)) !== shown(after.get(path)));
  return { reported: reported.sort(), changed: changed.sort(), seen: seen.sort() };
}

interface ModelDiffJson {
  processes: { added: unknown[]; removed: unknown[]; changed: { id: string; previousId?: string; fields: string[] }[] };
  units: { added: unknown[]; removed: unknown[]; changed: { id: string; previousId?: string; fields: string[] }[] };
  documents: { id: string; status: string }[];
  steps?: { processes: unknown[]; positions: unknown[] };
}

describe("procspec diff", () => {
  it("names every position whose job duties change when a process is renamed", async () => {
    const { repo, project } = repoWithExample();
    edit(join(project, ORDER_HANDLING), /^name: Customer order handling$/m, "name: Customer order processing");
    const statusBefore = git(repo, "status", "--porcelain");
    const { stdout, status } = await diff(["HEAD", project]);
    expect(status).toBe(0);
    expect(stdout).toContain(
      "- changed: “Customer order processing” (`order-handling`) (formerly “Customer order handling”) — Name",
    );
    const { stdout: json } = await diff(["HEAD", project, "--format", "json"]);
    const report = JSON.parse(json);
    // Both execute «Customer order handling» (the head of sales takes part in its steps).
    const executors = ["sales-manager", "sales-representative"];
    const touched = report.documents
      .filter((d: { jobDuties?: { changed: { process: string; columns: string[] }[] } }) =>
        d.jobDuties?.changed.some((row) => row.process === "order-handling" && row.columns.includes("process")),
      )
      .map((d: { id: string }) => d.id);
    expect(touched).toEqual(executors);
    expect(stdout).toContain(
      "  - Job duties: changed row “3.2 Customer order processing” (formerly “3.2 Customer order handling”) — Process",
    );
    // The revision is read from git's object store: nothing is checked out or left behind.
    expect(git(repo, "status", "--porcelain")).toBe(statusBefore);
  });

  it("compares two commits and reports an added duty row and the processes that changed", async () => {
    const { repo, project } = repoWithExample();
    edit(
      join(project, ORDER_HANDLING),
      /^executors:\n/m,
      "executors:\n  - position: buyer\n    functions: [Checks stock for large orders]\n",
    );
    git(repo, "commit", "-q", "-am", "buyer helps with large orders");
    const { stdout } = await diff(["HEAD~1", project]);
    expect(stdout).toContain(
      "- changed: “Customer order handling” (`order-handling`) — Executors, Functions in the process, Competencies",
    );
    expect(stdout).toMatch(/\*\*Buyer\*\* \(`buyer`\)\n {2}- Job duties: new row “3\.2 Customer order handling”/);
    expect(stdout).toContain("Competencies: new row “3.2 Customer order handling”");
  });

  it("lists a new professional standard link as a change of the position's profile", async () => {
    const { project } = repoWithExample();
    edit(join(project, "positions/buyer.yaml"), /^headcount: 2$/m, 'headcount: 2\nprofstandard: { code: "40.033" }');
    const { stdout } = await diff(["HEAD", project, "--format", "json"]);
    const buyer = JSON.parse(stdout).documents.find((d: { id: string }) => d.id === "buyer");
    expect(buyer.profile).toEqual({ header: false, sections: ["profstandard"] });
  });

  it("does not report the profile as changed by knowledge the profile already shows as general knowledge", async () => {
    const { project } = repoWithExample();
    // Both already in the profile: one as general knowledge, one (in other spelling) as subject knowledge.
    edit(
      join(project, "processes/purchasing/replenishment-planning.yaml"),
      /^ {8}- Seasonality of the product range\n/m,
      "        - Seasonality of the product range\n        - Business  mathematics and statistics\n        - demand forecasting methods\n",
    );
    const { stdout } = await diff(["HEAD", project, "--format", "json"]);
    const buyer = JSON.parse(stdout).documents.find((d: { id: string }) => d.id === "buyer");
    expect(buyer.competencies.changed.map((row: { process: string }) => row.process)).toEqual([
      "replenishment-planning",
    ]);
    expect(buyer.profile).toBeUndefined();
  });

  it("says so when nothing of meaning changed, even if the files were reformatted", async () => {
    const { project } = repoWithExample();
    const file = join(project, ORDER_HANDLING);
    writeFileSync(file, `# a comment\n${readFileSync(file, "utf8")}\n\n`);
    const { stdout } = await diff(["HEAD", project]);
    expect(stdout).toContain("No changes in meaning");
  });

  it("writes the report in Russian for a Russian project", async () => {
    const { project } = repoWithExample();
    edit(join(project, ORDER_HANDLING), /^name: Customer order handling$/m, "name: Customer order processing");
    const { stdout } = await diff(["HEAD", project, "--lang", "ru"]);
    expect(stdout).toContain("→ рабочая копия");
    expect(stdout).toContain(
      "изменена строка «3.2 Customer order processing» (прежде — «3.2 Customer order handling»)",
    );
  });

  it("reports no document row as new or removed when a process id is renamed everywhere and its documents read the same", async () => {
    const { project } = repoWithExample();
    const before = await documents(project);
    renameEverywhere(project, "order-handling", "order-intake");
    const after = await documents(project);
    const report: ModelDiffJson = JSON.parse((await diff(["HEAD", project, "--format", "json"])).stdout);
    const { reported, changed } = reportedAndChanged(report, before, after);
    // Job duties and competencies show the process by code and name only: their bytes do not change.
    expect(before.get("positions/sales-manager/job-duties.md")).toBe(
      after.get("positions/sales-manager/job-duties.md"),
    );
    for (const path of reported) expect(changed, path).toContain(path);
    expect(report.documents).toEqual([]);
    expect(report.steps).toBeUndefined();
    expect(report.processes.added).toEqual([]);
    expect(report.processes.removed).toEqual([]);
    // The process itself is still one process, whose id changed; the processes naming it do not change.
    expect(report.processes.changed).toEqual([
      { id: "order-intake", name: "Customer order handling", previousId: "order-handling", fields: ["id"] },
    ]);
    const { stdout } = await diff(["HEAD", project]);
    expect(stdout).toContain("- changed: “Customer order handling” (`order-intake`) (formerly `order-handling`) — Id");
    expect(stdout).not.toMatch(/new row|removed row/);
  });

  it("reports only the documents whose text changes when an id is renamed together with real edits", async () => {
    const { project } = repoWithExample();
    const before = await documents(project);
    renameEverywhere(project, "sales-department", "sales-dept");
    renameEverywhere(project, "order-handling", "order-intake");
    edit(join(project, ORDER_HANDLING), /^name: Customer order handling$/m, "name: Customer order processing");
    const after = await documents(project);
    const report: ModelDiffJson = JSON.parse((await diff(["HEAD", project, "--format", "json"])).stdout);
    const { reported, changed, seen } = reportedAndChanged(report, before, after);
    expect(reported.length).toBeGreaterThan(0);
    // Links to the unit's and process's pages change with their ids; the text a reader sees changes only where the
    // process's name is shown. Those documents, and only those, are reported.
    for (const path of reported) expect(changed, path).toContain(path);
    expect(reported).toEqual(seen);
    expect(report.units.changed).toEqual([
      { id: "sales-dept", name: "Sales Department", previousId: "sales-department", fields: ["id"] },
    ]);
  });

  it("stops with exit 2 and a clear message for a revision git does not know", async () => {
    const { project } = repoWithExample();
    const { status, stderr } = await diff(["no-such-branch", project]);
    expect(status).toBe(2);
    expect(stderr).toContain("unknown git revision no-such-branch");
  });

  it("stops with exit 2 outside a git repository", async () => {
    const project = copyExample("trading-en");
    const { status, stderr } = await diff(["HEAD", project]);
    expect(status).toBe(2);
    expect(stderr).toContain("is not inside a git repository");
  });
});
