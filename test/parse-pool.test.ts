/**
 * Both cores: on a project large enough for the pool, `procspec validate` parses and schema-checks in worker
 * threads and prints byte for byte what the main thread alone prints — positions included — whatever the
 * scheduling. Runs the built CLI (workers load dist/), on a generated organization with mistakes in it.
 */
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateOrganization } from "../bench/generate.js";
import { POOL_MIN_FILES } from "../src/cli/parse-pool.js";
import { runCli } from "./helpers/cli.js";

describe("parse pool", () => {
  it("gives the same diagnostics on two threads as on one", () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-pool-"));
    const org = generateOrganization(dir, POOL_MIN_FILES + 50);
    expect(org.files).toBeGreaterThan(POOL_MIN_FILES);
    // A schema mistake late in the file order, a YAML one (which only the main thread reads) and a typo.
    appendFileSync(join(dir, "processes", "process-400.yaml"), "ownr: position-1\n");
    appendFileSync(join(dir, "processes", "process-7.yaml"), "broken: [unclosed\n");
    const file = join(dir, "processes", "process-300.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("owner: ", "owner: 42\nname2: "));
    const one = runCli(["validate", dir, "--format", "json"], { env: { PROCSPEC_WORKERS: "1" } });
    const two = runCli(["validate", dir, "--format", "json"], { env: { PROCSPEC_WORKERS: "2" } });
    expect(two.status).toBe(1);
    const diagnostics = JSON.parse(two.stdout) as Array<{ file: string; line: number; code: string }>;
    expect(diagnostics.map((d) => d.file)).toEqual(
      expect.arrayContaining(["processes/process-400.yaml", "processes/process-7.yaml", "processes/process-300.yaml"]),
    );
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  }, 240_000);
});
