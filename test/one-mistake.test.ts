/** One mistake, one diagnostic: a YAML syntax error in one file is reported once, at its place, and nowhere else. */
import { describe, expect, it } from "vitest";
import { validateProject } from "../src/validate/validate.js";
import { projectOf, validProjectFiles } from "./helpers/project-files.js";

const show = (d: { file: string; line: number; column: number; code: string }) =>
  `${d.file}:${d.line}:${d.column} ${d.code}`;

describe("a syntax error in one file", () => {
  it("an unclosed `[` in a process: one diagnostic at the `[`, none in the files that name it or that it names", () => {
    const files = validProjectFiles();
    const text = files.get("processes/order-handling.yaml") ?? "";
    files.set(
      "processes/order-handling.yaml",
      text.replace("[Receive the goods on the agreed day]", "[Receive the goods"),
    );
    const { diagnostics } = validateProject(projectOf(files));
    expect(diagnostics.map(show)).toEqual(["processes/order-handling.yaml:11:12 yaml-syntax"]);
    const [d] = diagnostics;
    expect(d?.message).toBe("the list opened with `[` on line 11 is never closed; close it with `]`");
    // Where yaml noticed it, for an editor's related information.
    expect(d?.related?.[0]?.line).toBeGreaterThan(11);
  });

  it("an unclosed `{` in a unit: references to the unit's id elsewhere are not unknown", () => {
    const files = validProjectFiles();
    files.set("units/sales.yaml", "kind: Unit\nid: sales\nname: {Sales Department\nhead: sales-manager\n");
    const { diagnostics } = validateProject(projectOf(files));
    expect(diagnostics.map(show)).toEqual(["units/sales.yaml:3:7 yaml-syntax"]);
  });

  it("a position that only a broken file names is not reported as unused; an unknown reference still is", () => {
    const files = validProjectFiles();
    files.set("positions/clerk.yaml", "kind: Position\nid: clerk\nname: Clerk\nunit: sales\nreportsTo: sales-manger\n");
    files.set(
      "processes/archive.yaml",
      'kind: Process\nid: archive\nname: "Archive\nowner: sales-manager\nexecutors:\n  - position: clerk\n',
    );
    const { diagnostics } = validateProject(projectOf(files));
    expect(diagnostics.map(show)).toEqual([
      "positions/clerk.yaml:5:12 unknown-reference",
      "processes/archive.yaml:3:7 yaml-syntax",
    ]);
  });
});
