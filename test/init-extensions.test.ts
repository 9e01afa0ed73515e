import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { initFiles } from "../src/cli/commands/init.js";
import { PROCSPEC_EXTENSION } from "../src/cli/scaffold/extensions.js";
import { REPO } from "./helpers/cli.js";

describe("init recommends the editor extensions", () => {
  it("writes .vscode/extensions.json naming the extension of editors/vscode", () => {
    const { support } = initFiles("ru", false, { projectPath: "", procspec: "0.1.0" });
    const file = support.find((f) => f.path === ".vscode/extensions.json");
    const { recommendations } = JSON.parse(String(file?.content ?? "{}")) as { recommendations: string[] };
    expect(recommendations).toContain(PROCSPEC_EXTENSION);
    const extension = JSON.parse(readFileSync(join(REPO, "editors", "vscode", "package.json"), "utf8")) as {
      publisher: string;
      name: string;
    };
    expect(`${extension.publisher}.${extension.name}`).toBe(PROCSPEC_EXTENSION);
  });
});
