/**
 * The DOCX files opened by a real word processor: LibreOffice converts them to PDF (as a client printing them
 * would), and the text read back from the PDF must hold the headings, sections and table rows of the documents.
 * Skipped with a reason where LibreOffice or poppler is not installed; CI installs both.
 */

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { strToU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { emitDocx } from "../src/emit/docx/index.js";
import { outputPaths } from "../src/emit/files.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { compileExample, PROFILE_SECTIONS_RU } from "./helpers/documents.js";

const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const missing = ["libreoffice", "pdftotext"].filter((tool) => !has(tool));
const reason = `needs ${missing.join(" and ")} (apt-get install libreoffice-writer-nogui poppler-utils)`;

/** The documents a client checks first, under the names they are converted to. */
const checked = {
  jobDuties: outputPaths.jobDuties("service-advisor"),
  profile: outputPaths.profile("service-advisor"),
  orgStructure: outputPaths.orgStructure,
  unit: outputPaths.unit("car-service"),
  competencyMatrix: outputPaths.competencyMatrix,
  kpiCard: outputPaths.kpiCard("service-advisor"),
} as const;

const hostileName = '<script>alert("x")</script> ]]> & «ёлочки» \u0001\u000b🙂';

/** A one-process project whose names are hostile; it must still open. */
function hostileProject() {
  const docs = [
    { kind: "Organization", id: "org", name: hostileName },
    { kind: "Unit", id: "unit-a", name: hostileName, head: "pos-a", functions: [hostileName] },
    { kind: "Position", id: "pos-a", name: hostileName, unit: "unit-a" },
    {
      kind: "Process",
      id: "proc-a",
      name: hostileName,
      owner: "pos-a",
      clients: [{ external: hostileName, goals: [hostileName] }],
      results: [{ name: hostileName }],
      indicators: [{ name: hostileName, measure: hostileName }],
      executors: [{ position: "pos-a", functions: [hostileName] }],
    },
  ];
  const files = docs.map((doc, i) => ({ path: `f${i}.yaml`, bytes: strToU8(JSON.stringify(doc)) }));
  return loadProjectFromFiles("/hostile", strToU8(JSON.stringify({ lang: "ru" })), files);
}

describe.skipIf(missing.length > 0)(
  `DOCX opened in LibreOffice${missing.length > 0 ? ` (skipped: ${reason})` : ""}`,
  () => {
    const work = mkdtempSync(join(tmpdir(), "procspec-docx-lo-"));
    const text: Record<string, string> = {};
    let conversion: { status: number | null; stderr: string };

    beforeAll(async () => {
      const { model, index } = compileExample("car-service-ru");
      // Only the kinds of document converted below: each is rendered as in the whole set.
      const only = new Set([
        "job-duties",
        "profile",
        "org-structure",
        "unit-regulation",
        "competency-matrix",
        "kpi-card",
      ] as const);
      const files = await emitDocx(model, index, { lang: model.lang, trace: false, only });
      const hostile = validateProject(hostileProject()).compiled;
      const hostileFiles = await emitDocx(hostile.model, hostile.index, { lang: "ru", trace: false });
      const inputs: string[] = [];
      const write = (name: string, content: string | Uint8Array | undefined) => {
        if (content === undefined) throw new Error(`no DOCX for ${name}`);
        const path = join(work, "docx", `${name}.docx`);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
        inputs.push(path);
      };
      for (const [name, base] of Object.entries(checked)) {
        write(name, files.find((f) => f.path === outputPaths.docx(base))?.content);
      }
      write("hostile", hostileFiles.find((f) => f.path === outputPaths.docx(outputPaths.process("proc-a")))?.content);

      // One soffice start for all files: starting LibreOffice is most of the cost.
      const run = spawnSync(
        "libreoffice",
        [
          "--headless",
          "--norestore",
          `-env:UserInstallation=file://${join(work, "profile")}`,
          "--convert-to",
          "pdf",
          "--outdir",
          join(work, "pdf"),
          ...inputs,
        ],
        { encoding: "utf8", timeout: 180_000 },
      );
      // "failed to launch javaldx" is LibreOffice looking for Java, which the conversion does not need.
      conversion = {
        status: run.status,
        stderr: run.stderr.replace(/^Warning: failed to launch javaldx.*$/gm, "").trim(),
      };
      for (const input of inputs) {
        const name = basename(input, ".docx");
        const pdf = join(work, "pdf", `${name}.pdf`);
        const read = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
        text[name] = read.status === 0 ? read.stdout : "";
      }
    }, 240_000);

    /** Words of the PDF with the layout's runs of spaces and line breaks folded, so phrases can be searched. */
    const flat = (name: string) => (text[name] ?? "").replace(/\s+/g, " ");

    it("converts every file without an error", () => {
      expect(conversion.status).toBe(0);
      expect(conversion.stderr).not.toMatch(/error/i);
      for (const name of [...Object.keys(checked), "hostile"]) expect(text[name], name).not.toBe("");
    });

    it("job duties of the service advisor: the title, the header row and the row of a process with its function", () => {
      const pdf = flat("jobDuties");
      expect(pdf).toContain("Должностные обязанности");
      expect(pdf).toContain("УТВЕРЖДАЮ");
      expect(pdf).toContain("Должность: Мастер-приёмщик");
      for (const column of ["Процесс", "Функции в", "Цели процесса", "Показатели процесса"])
        expect(pdf).toContain(column);
      // Table cells wrap, so the process and its function are looked up line by line in the layout text.
      const lines = (text.jobDuties ?? "").split("\n");
      const row = lines.findIndex((line) => line.includes("3.2 Приём автомобиля"));
      expect(row).toBeGreaterThan(0);
      expect(lines.slice(row, row + 4).join(" ")).toMatch(/Оформляет наряд-/);
    });

    it("the profile of «Мастер-приёмщик» shows the sections of the method in order", () => {
      const pdf = flat("profile");
      const sections = ["Профиль должности мастера-приёмщика", ...PROFILE_SECTIONS_RU];
      const at = sections.map((s) => pdf.indexOf(s));
      expect(
        at.every((i) => i >= 0),
        JSON.stringify(at),
      ).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(pdf).toContain("Устройство автомобиля");
    });

    it("the org-structure regulation lists the units and who owns each process", () => {
      const pdf = flat("orgStructure");
      expect(pdf).toContain("Положение об организационной структуре");
      expect(pdf).toContain("Подразделения, их руководители и подчинённость");
      expect(pdf).toContain("Процессы верхнего уровня, их владельцы и назначение");
      expect(pdf).toContain("Руководитель автосервиса");
    });

    it("the regulation on «Автосервис» has its functions, positions and processes", () => {
      const pdf = flat("unit");
      expect(pdf).toContain("Положение о подразделении «Автосервис»");
      expect(pdf).toContain("Функции");
      expect(pdf).toContain("Права");
      expect(pdf).toContain("Взаимодействие");
      expect(pdf).toContain("Мастер-приёмщик");
      expect(pdf).toContain("3.2 Приём автомобиля от клиента");
    });

    it("the competency matrix is printed landscape with its header row on every page", () => {
      const pdf = join(work, "pdf", "competencyMatrix.pdf");
      const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
      expect(Number(w)).toBeGreaterThan(Number(h));
      const all = text.competencyMatrix ?? "";
      // The matrix ends where the document's passport and change log begin.
      const pages = all
        .slice(0, all.indexOf("Паспорт документа"))
        .split("\f")
        .filter((page) => page.trim() !== "");
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page).toContain("Компетенция");
    });

    it("the service advisor's KPI card is one sheet: table, bonus rule and control schedule on the first page", () => {
      const [first = "", ...rest] = (text.kpiCard ?? "").split("\f").filter((page) => page.trim() !== "");
      const page = first.replace(/\s+/g, " ");
      expect(page).toContain("Карта ключевых показателей деятельности (KPI)");
      expect(page).toMatch(/Итого 100/);
      expect(page).toContain("Как рассчитывается премия");
      expect(page).toContain("График контроля работы в системе");
      expect(page).toContain("Далее:");
      // What follows is the acknowledgement sheet, not the rest of the card.
      for (const later of rest) expect(later).not.toMatch(/Как рассчитывается премия|Далее:|Итого/);
    });

    it("a document built from hostile names opens and shows the markup as text", () => {
      const pdf = flat("hostile");
      expect(pdf).toContain('<script>alert("x")</script> ]]> & «ёлочки»');
    });

    it("keeps the PDFs for a person to look at", () => {
      expect(readFileSync(join(work, "pdf", "profile.pdf")).length).toBeGreaterThan(1000);
    });
  },
);
