import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { message } from "../src/i18n/messages.js";
import { nearest, suggest } from "../src/i18n/suggest.js";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";

describe("a misspelt key is reported once, where it is written", () => {
  it("`ownr:` instead of `owner:` gives one error at that line naming `owner`, not also a missing owner", () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-typo-"));
    cpSync(join(REPO, "examples", "car-service-ru"), dir, { recursive: true });
    const file = join(dir, "processes", "car-service-delivery", "vehicle-intake.yaml");
    const lines = readFileSync(file, "utf8").split("\n");
    const line = lines.findIndex((l) => l.startsWith("owner:")) + 1;
    lines[line - 1] = lines[line - 1]?.replace("owner:", "ownr:") ?? "";
    writeFileSync(file, lines.join("\n"));

    // The service manager's KPI card still names vehicle-intake, which it no longer owns: a warning of its own.
    const diagnostics = validateProject(loadProject(dir, { lang: "en" })).diagnostics.filter(
      (d) => d.code !== "kpi-foreign-process",
    );

    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: "schema",
      severity: "error",
      file: "processes/car-service-delivery/vehicle-intake.yaml",
      line,
      column: 1,
      suggestion: "did you mean `owner`?",
    });
    expect(diagnostics[0]?.message).toContain("`owner`");
  });

  it("a key with no plausible intended name still leaves the missing element to its rule", () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-typo-"));
    cpSync(join(REPO, "examples", "car-service-ru"), dir, { recursive: true });
    const file = join(dir, "processes", "car-service-delivery", "vehicle-intake.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^owner:/m, "responsible:"));
    const codes = validateProject(loadProject(dir, { lang: "en" })).diagnostics.map((d) => d.code);
    expect(codes.sort()).toEqual(["kpi-foreign-process", "process-without-owner", "schema"]);
  });
});

describe("did you mean: a word close enough to be a typo", () => {
  it("finds the intended word whatever its case, and nothing for a word far from every candidate", () => {
    expect(nearest("Ownr", ["owner", "clients"])).toBe("owner");
    expect(nearest("PROCESS", ["Process", "Unit"])).toBe("Process");
    expect(nearest("responsible", ["owner", "clients"])).toBeUndefined();
    expect(suggest("Unti", ["Unit", "Position"], "ru")).toBe(message("ru", "did-you-mean", { candidate: "Unit" }));
  });

  it("is a leaf of i18n: it imports nothing from loading, validation or the model", () => {
    const source = readFileSync(join(REPO, "src", "i18n", "suggest.ts"), "utf8");
    const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    expect(imports.filter((i) => i?.startsWith("."))).toEqual(["./lang.js", "./messages.js"]);
  });
});
