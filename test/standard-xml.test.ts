/** Reading the registry's XML of a professional standard: both encodings, both list shapes, and bad files. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadProjectFromFiles } from "../src/load/project.js";
import { readStandardXml } from "../src/load/standard-xml.js";

const fixtures = join(import.meta.dirname, "fixtures", "standards");
const bytes = (name: string) => readFileSync(join(fixtures, name));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("a professional standard's XML", () => {
  it("is read from UTF-8: code, title, purpose, functions with their actions, skills and knowledge", () => {
    const { standards, diagnostics } = readStandardXml("standards/m.xml", bytes("mechanic-31.010.xml"), "ru");
    expect(diagnostics).toEqual([]);
    const [s] = standards;
    expect(s?.code).toBe("31.010");
    expect(s?.registrationNumber).toBe("1601");
    // The line break inside the element is one space in the text.
    expect(s?.purpose).toBe(
      "Поддержание автомобилей в технически исправном состоянии и обеспечение безопасности их эксплуатации",
    );
    const a = s?.generalized[0];
    expect(a?.level).toBe(4);
    expect(a?.jobTitles).toEqual(["Слесарь по ремонту автомобилей", "Автослесарь", "Автомеханик"]);
    expect(a?.functions.map((f) => f.code)).toEqual(["A/01.4", "A/02.4", "A/03.4"]);
    expect(a?.functions[1]?.actions).toHaveLength(4);
    // One element where a list is expected comes out as a one-item list.
    expect(s?.generalized[1]?.jobTitles).toEqual(["Мастер участка"]);
    expect(a?.functions[2]?.actions).toEqual(["Выполнение работ по регламенту технического обслуживания"]);
  });

  it("is read from Windows-1251, as the prolog declares", () => {
    const raw = bytes("advisor-31.012.xml");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(raw)).toThrow();
    const { standards, diagnostics } = readStandardXml("standards/a.xml", raw, "ru");
    expect(diagnostics).toEqual([]);
    expect(standards[0]?.title).toBe(
      "Специалист по приёмке и выдаче автотранспортных средств на станции технического обслуживания",
    );
    expect(standards[0]?.generalized[0]?.jobTitles).toContain("Мастер-приёмщик");
  });

  it("a file that is not XML is a diagnostic at the place of the mistake, not an exception", () => {
    const { standards, diagnostics } = readStandardXml("standards/x.xml", utf8("<a>\n  <b>text</a>\n"), "en");
    expect(standards).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: "standard-xml", severity: "error", file: "standards/x.xml", line: 2 }]);
    expect(diagnostics[0]?.message).toMatch(/not well-formed XML/);
  });

  it("a YAML file saved as .xml is a diagnostic too", () => {
    const { diagnostics } = readStandardXml("standards/x.xml", utf8("kind: Position\n"), "ru");
    expect(diagnostics).toMatchObject([{ line: 1, column: 1 }]);
  });

  it("well-formed XML that is not a standard says which element is missing", () => {
    const { diagnostics } = readStandardXml("standards/x.xml", utf8("<?xml version='1.0'?><Root/>"), "en");
    expect(diagnostics[0]?.message).toContain("ProfessionalStandart");
  });

  it("an encoding procspec cannot read is named", () => {
    const { diagnostics } = readStandardXml(
      "standards/x.xml",
      utf8('<?xml version="1.0" encoding="KOI8-R"?><a/>'),
      "en",
    );
    expect(diagnostics[0]?.message).toContain("koi8-r");
  });

  it("a project reads every standards/**/*.xml and reports a broken one without stopping", () => {
    const project = loadProjectFromFiles("/p", utf8("lang: ru\n"), [
      { path: "standards/31.010.xml", bytes: bytes("mechanic-31.010.xml") },
      { path: "standards/old/broken.xml", bytes: utf8("<XMLCardInfo>") },
    ]);
    expect(project.standards.map((s) => s.code)).toEqual(["31.010"]);
    expect(project.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(["standards/old/broken.xml standard-xml"]);
  });
});
