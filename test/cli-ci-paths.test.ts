import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "./helpers/cli.js";

describe("CI formats name files from where CI runs", () => {
  const repo = mkdtempSync(join(tmpdir(), "procspec-ci-"));
  mkdirSync(join(repo, "specs"));
  cpSync(join(REPO, "examples", "trading-en"), join(repo, "specs"), { recursive: true });
  const file = join(repo, "specs", "organization.yaml");
  writeFileSync(file, `${readFileSync(file, "utf8")}colour: red\n`);

  it("github annotations carry the path from the repository root when the spec is in a subfolder", () => {
    const run = runCli(["validate", "specs", "--format", "github"], { cwd: repo });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=specs\/organization\.yaml,line=\d+,col=1,title=schema::/m);
  });

  it("sarif locations too", () => {
    const run = runCli(["validate", "specs", "--format", "sarif"], { cwd: repo });
    const uri = JSON.parse(run.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe("specs/organization.yaml");
  });

  it("while stylish and json keep paths inside the project, as a person reads them", () => {
    const run = runCli(["validate", "specs", "--format", "json"], { cwd: repo });
    expect(JSON.parse(run.stdout)[0].file).toBe("organization.yaml");
  });
});
