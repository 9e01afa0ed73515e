/** The issue's own slips, as a new user makes them: one warning at the item, quoting both halves. */
import { describe, expect, it } from "vitest";
import { validateProject } from "../src/validate/validate.js";
import { projectOf } from "./helpers/project-files.js";

const CLINIC = `kind: Organization
id: clinic
name: Clinic
---
kind: Unit
id: nursing
name: Nursing
head: nurse
functions: [Измеряет давление, рост и вес пациента]
---
kind: Position
id: nurse
name: Nurse
unit: nursing
`;

describe("cut-phrase, as the issue found it", () => {
  it("functions: [Измеряет давление, рост и вес пациента] is one warning at «рост», quoting both halves", () => {
    const project = projectOf(
      new Map([
        ["procspec.yaml", "lang: ru\n"],
        ["clinic.yaml", CLINIC],
      ]),
    );
    const { diagnostics, compiled } = validateProject(project);
    const cut = diagnostics.filter((d) => d.code === "cut-phrase");
    expect(cut.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}`)).toEqual(["clinic.yaml:9:32 warn"]);
    expect(cut[0]?.message).toContain("«рост и вес пациента»");
    expect(cut[0]?.message).toContain("«Измеряет давление»");
    expect(cut[0]?.message).toContain("возьмите всю фразу в кавычки или запишите список блоком");
    expect(cut[0]?.message).toContain("начните его с заглавной буквы");
    // The same place the model keeps for that item (its own source, as every list item has one).
    const source = compiled.model.units[0]?.functionSources[1];
    expect(source && `${source.line} ${source.pointer}`).toBe(`${cut[0]?.line} ${cut[0]?.pointer}`);
  });

  it("the English messages say the same", () => {
    const project = projectOf(
      new Map([
        ["procspec.yaml", "lang: en\n"],
        [
          "clinic.yaml",
          CLINIC.replace("[Измеряет давление, рост и вес пациента]", "[Measures blood pressure, height and weight]"),
        ],
      ]),
    );
    const [d] = validateProject(project).diagnostics.filter((x) => x.code === "cut-phrase");
    expect(d?.message).toBe(
      "«height and weight» starts with a lower-case letter after «Measures blood pressure»: if it continues that item, the comma cut the phrase in two — put the whole phrase in quotes or write the list as a block (one `- ` item per line); if it is an item of its own, start it with a capital letter",
    );
  });
});
