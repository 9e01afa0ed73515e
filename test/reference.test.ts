import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { emitDocx, readReferenceDocx, UnusableReference } from "../src/emit/docx/index.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";
import { REPO } from "./helpers/cli.js";
import { runMain } from "./helpers/in-process.js";

/** Made by LibreOffice: `soffice --convert-to docx reference.fodt` (DejaVu Sans, coloured headings, a logo in the header). */
const FIXTURE = join(REPO, "test", "fixtures", "reference", "reference.docx");

/** One position, one process: the whole DOCX set of a bundled example takes too long to build three times. */
function tiny() {
  const encode = (s: string) => new TextEncoder().encode(s);
  const files = {
    "org.yaml": "kind: Organization\nid: clinic\nname: ООО «Клиника»\n",
    "nurse.yaml": "kind: Position\nid: nurse\nname: Медицинская сестра\ngenitive: медицинской сестры\n",
    "p.yaml": `kind: Process
id: sampling
name: Забор биоматериала
owner: nurse
clients: [{ external: Пациент, goals: [Анализ сдан быстро] }]
results: [{ name: Пробирка }]
indicators: [{ name: Доля повторных заборов, measure: Журнал }]
executors: [{ position: nurse, functions: [Берёт кровь] }]
`,
  };
  return compileModel(
    loadProjectFromFiles(
      "/clinic",
      encode("lang: ru\ndocuments: { approver: { position: nurse, person: А. Б. Кузнецова } }\n"),
      Object.entries(files).map(([path, bytes]) => ({ path, bytes: encode(bytes) })),
    ),
  );
}

async function profileWith(reference: ReturnType<typeof readReferenceDocx> | undefined) {
  const { model, index } = tiny();
  const files = await emitDocx(model, index, { lang: "ru", trace: false, ...(reference ? { reference } : {}) });
  const file = files.find((f) => f.path === "docx/positions/nurse/profile.docx");
  if (!file || typeof file.content === "string") throw new Error("no profile");
  return file.content;
}

describe("documents.reference: a Word document whose look every DOCX takes", () => {
  it("gives the package the reference's styles, its header with the logo, and keeps our own table styles", async () => {
    const bytes = await profileWith(readReferenceDocx(readFileSync(FIXTURE)));
    const parts = unzipSync(bytes);
    const text = (name: string) => strFromU8(parts[name] ?? new Uint8Array());
    expect(text("word/styles.xml")).toContain('w:ascii="DejaVu Sans"');
    expect(text("word/styles.xml")).toContain('w:styleId="TableText"');
    // LibreOffice's outline numbering of headings would point into a numbering.xml the package does not have.
    expect(text("word/styles.xml")).not.toContain("<w:numPr>");
    const header = Object.keys(parts).find((name) => /^word\/ref-header\d+\.xml$/.test(name));
    expect(header).toBeDefined();
    expect(text(header ?? "")).toContain("Клиника здоровья");
    expect(Object.keys(parts).some((name) => name.startsWith("word/media/ref-"))).toBe(true);
    expect(text("[Content_Types].xml")).toContain(`PartName="/${header}"`);
    const document = text("word/document.xml");
    const sections = [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      expect(s).toMatch(/^<w:sectPr[^>]*><w:headerReference w:type="default" r:id="rIdN?\w+"\/>/);
      // Our footer with the page number stays: the reference has none. Left and right margins stay ours.
      expect(s).toContain("<w:footerReference");
      expect(s).toMatch(/w:top="1757"/);
      expect(s).toMatch(/w:left="1701"/);
    }
  });

  it("the same spec and reference give the same bytes; without a reference the package is as before", async () => {
    const reference = readReferenceDocx(readFileSync(FIXTURE));
    expect(Buffer.from(await profileWith(reference)).equals(Buffer.from(await profileWith(reference)))).toBe(true);
    const plain = unzipSync(await profileWith(undefined));
    expect(Object.keys(plain).some((name) => name.includes("ref-"))).toBe(false);
    expect(strFromU8(plain["word/styles.xml"] ?? new Uint8Array())).toContain("Times New Roman");
  });

  it("a file that is not a Word document is refused with a sentence", () => {
    expect(() => readReferenceDocx(new TextEncoder().encode("just text"))).toThrow(UnusableReference);
    expect(() => readReferenceDocx(new TextEncoder().encode("just text"))).toThrow(/not a Word document/);
  });

  it("build names a missing reference at its line in procspec.yaml and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-reference-"));
    cpSync(join(REPO, "examples", "trading-en"), dir, { recursive: true });
    const config = readFileSync(join(dir, "procspec.yaml"), "utf8");
    writeFileSync(join(dir, "procspec.yaml"), `${config}  reference: brand/missing.docx\n`);
    const line = `${config}  reference`.split("\n").length;
    const result = await runMain("build", dir, "--format", "docx", "--out", join(dir, "out"));
    expect(result.code).toBe(1);
    expect(result.err).toContain(`procspec.yaml:${line}:14`);
    expect(result.err).toContain("documents.reference: brand/missing.docx cannot be read");
  });
});
