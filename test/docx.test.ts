/**
 * The DOCX documents as a client opens them: real Word structure (heading styles, tables with a repeating header
 * row, landscape matrices, A4 with the office margins, page numbers, the approval block), pictures with their
 * aspect ratio, and no input that can break a file.
 */

import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zlibSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { type DocxImage, docxPaths, emitDocx } from "../src/emit/docx/index.js";
import type { EmittedFile } from "../src/emit/files.js";
import { outputPaths } from "../src/emit/files.js";
import { documentViews } from "../src/emit/views/index.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { compileExample, PROFILE_SECTIONS_RU } from "./helpers/documents.js";

function parts(file: EmittedFile | undefined): Record<string, string> {
  if (!file || typeof file.content === "string") throw new Error("not a DOCX package");
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(file.content))) {
    out[name] = /\.(xml|rels)$/.test(name) ? strFromU8(data) : `<${data.length} bytes>`;
  }
  return out;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The visible text of a document part, paragraph by paragraph. */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? "")).join(""),
  );
}

/** Tables as rows of cell texts. */
function tablesOf(xml: string): { header: boolean; cells: string[] }[][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => ({
      header: row[0].includes("<w:tblHeader/>"),
      cells: [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphsOf(cell[0]).join("\n")),
    })),
  );
}

/** Paragraph texts with a given style (`Heading1`…). */
function styled(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="([^"]+)"\/>[\s\S]*?<\/w:p>/g)]
    .filter((m) => m[1] === style)
    .map((m) => paragraphsOf(m[0]).join(""));
}

/**
 * A minimal XML 1.0 well-formedness check (Node has no DOMParser): allowed characters, balanced and properly
 * nested tags, quoted attributes without `<` or stray `&`, no `]]>` in text, one root. Returns the problem or "".
 */
function xmlProblem(xml: string): string {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) return "a character XML forbids";
  const badAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (badAmp.test(text)) return `bare & in text near ${JSON.stringify(text.slice(0, 40))}`;
    if (text.includes("]]>")) return "]]> in text";
    if (text.includes(">")) return `stray > in text near ${JSON.stringify(text.slice(0, 40))}`;
    if (stack.length === 0 && text.trim() !== "") return "text outside the root element";
    if (lt < 0) break;
    if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt);
      if (end < 0) return "unclosed processing instruction";
      i = end + 2;
      continue;
    }
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt);
      if (end < 0) return "unclosed comment";
      i = end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end < 0 || stack.length === 0) return "bad CDATA";
      i = end + 3;
      continue;
    }
    let j = lt + 1;
    let quote = "";
    for (; j < xml.length; j++) {
      const ch = xml[j];
      if (quote) {
        if (ch === quote) quote = "";
        else if (ch === "<") return "< inside an attribute value";
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === ">") break;
    }
    if (j >= xml.length) return "unclosed tag";
    const tag = xml.slice(lt + 1, j);
    i = j + 1;
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) return `mismatched </${name}>`;
      continue;
    }
    const self = tag.endsWith("/");
    const body = self ? tag.slice(0, -1) : tag;
    const name = /^[A-Za-z_][\w.:-]*/.exec(body)?.[0];
    if (!name) return `bad tag <${tag.slice(0, 20)}>`;
    let rest = body.slice(name.length);
    const seen = new Set<string>();
    const attribute = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*')/;
    for (let m = attribute.exec(rest); m; m = attribute.exec(rest)) {
      if (seen.has(m[1] ?? "")) return `duplicate attribute ${m[1]}`;
      seen.add(m[1] ?? "");
      if (badAmp.test(m[2] ?? "")) return "bare & in an attribute";
      rest = rest.slice(m[0].length);
    }
    if (rest.trim() !== "") return `junk in tag <${name}: ${JSON.stringify(rest.slice(0, 30))}`;
    if (stack.length === 0) roots++;
    if (!self) stack.push(name);
  }
  if (stack.length > 0) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? "" : `${roots} root elements`;
}

// A real PNG (IHDR, IDAT, IEND with CRCs) of any size, white: enough for Word and LibreOffice to show it.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function whitePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(strToU8(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = new Uint8Array((width + 1) * height).fill(255);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter byte "none"
  const pieces = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlibSync(raw)),
    chunk("IEND", new Uint8Array()),
  ];
  const png = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

describe("the DOCX set of the car-service example", () => {
  let files: EmittedFile[];
  const byPath = (path: string) => files.find((f) => f.path === path);
  const images = new Map<string, DocxImage>([
    ["process-map", { png: whitePng(1600, 900) }],
    ["org-chart", { png: whitePng(1200, 900) }],
    ["context-vehicle-intake", { png: whitePng(400, 600) }],
  ]);

  beforeAll(async () => {
    const { model, index } = compileExample("car-service-ru");
    files = await emitDocx(model, index, { lang: model.lang, trace: false, images, bundle: true });
  });

  it("has a DOCX for every document of the Markdown set, one per position and one book of regulations", () => {
    const { model, index } = compileExample("car-service-ru");
    const views = documentViews(model, index, model.lang, { trace: false });
    for (const view of views) expect(byPath(outputPaths.docx(view.path)), view.path).toBeDefined();
    for (const position of model.positions) expect(byPath(docxPaths.positionBundle(position.id))).toBeDefined();
    expect(byPath(docxPaths.regulations)).toBeDefined();
    expect(files).toHaveLength(views.length + model.positions.length + 1);
  });

  it("every part of every package is well-formed XML", () => {
    for (const file of files) {
      for (const [name, text] of Object.entries(parts(file))) {
        if (/\.(xml|rels)$/.test(name)) expect(xmlProblem(text), `${file.path} ${name}`).toBe("");
      }
    }
  });

  it("job duties of the service advisor: title as Heading 1, one table row per executed process, header row repeats", () => {
    const xml = parts(byPath(outputPaths.docx(outputPaths.jobDuties("service-advisor"))))["word/document.xml"] ?? "";
    expect(styled(xml, "Heading1")).toEqual(["Должностные обязанности мастера-приёмщика"]);
    const [duties] = tablesOf(xml);
    expect(duties?.[0]?.header).toBe(true);
    expect(duties?.[0]?.cells).toEqual([
      "Процесс",
      "Функции в процессе",
      "Цели процесса",
      "Результаты процесса",
      "Показатели процесса",
    ]);
    const intake = duties?.find((row) => row.cells[0] === "3.2 Приём автомобиля от клиента");
    expect(intake?.header).toBe(false);
    expect(intake?.cells[1]).toContain("Оформляет наряд-заказ");
    expect(paragraphsOf(xml)).toContain("Должность: Мастер-приёмщик");
  });

  it("the profile has the seven sections of the method as Heading 2, in the guide's order", () => {
    const xml = parts(byPath(outputPaths.docx(outputPaths.profile("service-advisor"))))["word/document.xml"] ?? "";
    expect(styled(xml, "Heading1")).toEqual(["Профиль должности мастера-приёмщика"]);
    // The service advisor links to a professional standard, printed after the seven sections.
    expect(styled(xml, "Heading2")).toEqual([
      ...PROFILE_SECTIONS_RU,
      "8. Профессиональный стандарт",
      "С документом ознакомлен(а)",
      "Паспорт документа",
      "Лист регистрации изменений",
    ]);
    // Lists are real Word numbering, not typed dashes.
    expect(xml).toMatch(/<w:numPr>/);
  });

  it("every page is A4 with margins 30/15/20/20 mm and a page number in the footer", () => {
    const p = parts(byPath(outputPaths.docx(outputPaths.unit("car-service"))));
    const xml = p["word/document.xml"] ?? "";
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const footer = Object.entries(p).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? "";
    expect(footer).toContain("PAGE");
  });

  it("sets the body font explicitly, so LibreOffice does not guess", () => {
    const styles = parts(byPath(outputPaths.docx(outputPaths.orgStructure)))["word/styles.xml"] ?? "";
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<\/w:docDefaults>/);
  });

  it("the matrices are on landscape pages", () => {
    for (const path of [outputPaths.competencyMatrix, outputPaths.participationMatrix]) {
      const xml = parts(byPath(outputPaths.docx(path)))["word/document.xml"] ?? "";
      expect(xml, path).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
      expect(tablesOf(xml)[0]?.[0]?.header, path).toBe(true);
      // The columns fill the landscape text column exactly: 297 mm − 30 mm − 15 mm.
      const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml)?.[1] ?? "";
      const widths = [...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
      expect(
        widths.reduce((a, b) => a + b, 0),
        path,
      ).toBe(16838 - 1701 - 850);
    }
  });

  it("carries the approval block: УТВЕРЖДАЮ, the approver's position, signature line with initials and surname, date line", () => {
    const xml = parts(byPath(outputPaths.docx(outputPaths.orgStructure)))["word/document.xml"] ?? "";
    const text = paragraphsOf(xml);
    const at = text.indexOf("УТВЕРЖДАЮ");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(text.slice(at, at + 4)).toEqual([
      "УТВЕРЖДАЮ",
      "Генеральный директор",
      "______________ И. И. Петров",
      "«___» ____________ 20___ г.",
    ]);
    // Version and date are in the passport at the end, not in the block.
    expect(text).toContain("Версия: 1.0");
    expect(text.indexOf("Версия: 1.0")).toBeGreaterThan(text.indexOf("Паспорт документа"));
    expect(text.indexOf("Положение об организационной структуре")).toBeGreaterThan(at);
  });

  it("embeds the org chart in the org-structure regulation and the context diagram in the card, keeping the aspect ratio", () => {
    const structure = parts(byPath(outputPaths.docx(outputPaths.orgStructure)));
    expect(Object.keys(structure).some((name) => name.startsWith("word/media/"))).toBe(true);
    const [cx, cy] = (/<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(structure["word/document.xml"] ?? "") ?? [])
      .slice(1)
      .map(Number);
    expect((cx ?? 0) / (cy ?? 1)).toBeCloseTo(1200 / 900, 2);
    const card = parts(byPath(outputPaths.docx(outputPaths.process("vehicle-intake"))))["word/document.xml"] ?? "";
    const [w, h] = (/<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(card) ?? []).slice(1).map(Number);
    expect((w ?? 0) / (h ?? 1)).toBeCloseTo(400 / 600, 2);
    // A card without a rendered diagram simply has no picture.
    const other = parts(byPath(outputPaths.docx(outputPaths.process("vehicle-repair"))))["word/document.xml"] ?? "";
    expect(other).not.toContain("<wp:extent");
  });

  it("the position bundle holds job duties, competencies, profile and KPI card; the book holds every regulation and card", () => {
    const bundle = parts(byPath(docxPaths.positionBundle("service-advisor")))["word/document.xml"] ?? "";
    expect(styled(bundle, "Heading1")).toEqual([
      "Должностные обязанности мастера-приёмщика",
      "Состав компетенций мастера-приёмщика",
      "Профиль должности мастера-приёмщика",
      "Карта ключевых показателей деятельности (KPI)",
    ]);
    const { model } = compileExample("car-service-ru");
    const book = parts(byPath(docxPaths.regulations))["word/document.xml"] ?? "";
    const titles = styled(book, "Heading1");
    expect(titles[0]).toBe("Положение об организационной структуре");
    expect(titles).toHaveLength(1 + model.units.length + model.processes.length);
    expect(titles).toContain("Положение о подразделении «Автосервис»");
  });
});

// That two builds in different time zones, a second apart, give the same DOCX bytes (bundles and source lines
// included) is checked with the rest of the output in determinism.test.ts, on the run's shared build.

const hostileText = fc.oneof(
  fc.constantFrom(
    "\"кавычки\" 'single' «ёлочки» & амперсанд",
    "<script>alert(1)</script>",
    "]]> <![CDATA[ x ]]>",
    "\u0000\u0001\u0008\u000b\u000c\u001f\ufffe\uffff управляющие",
    "эмодзи 🙂👨‍👩‍👧🇷🇺",
    "\ud800 одинокий суррогат \udfff",
    "строка\nс переносом\r\nи\tтабуляцией",
    "Д".repeat(300),
  ),
  fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
);

function hostileProject(names: string[]) {
  const [org, unit, position, process, goal, fn, approver] = names;
  const files = [
    { kind: "Organization", id: "org", name: org, values: [goal] },
    { kind: "Unit", id: "unit-a", name: unit, head: "pos-a", functions: [fn] },
    {
      kind: "Position",
      id: "pos-a",
      name: position,
      unit: "unit-a",
      generalKnowledge: [fn],
      responsibilities: [goal],
    },
    {
      kind: "Process",
      id: "proc-a",
      code: "1",
      name: process,
      description: `${fn}. ${goal}.`,
      owner: "pos-a",
      clients: [{ external: org, goals: [goal] }],
      results: [{ name: fn }],
      indicators: [{ name: goal, measure: fn, type: "quality", target: process }],
      resources: [{ name: unit, type: "renewable", from: { external: position } }],
      executors: [
        { position: "pos-a", functions: [fn], competencies: { knowledge: [goal], skills: [fn], qualities: [org] } },
      ],
    },
  ].map((doc, i) => ({ path: `f${i}.yaml`, bytes: strToU8(JSON.stringify(doc)) }));
  const config = strToU8(
    JSON.stringify({ lang: "ru", documents: { approvedBy: approver, version: "1", date: "2026-12-01" } }),
  );
  return loadProjectFromFiles("/hostile", config, files);
}

describe("text written by the consultant cannot break a DOCX", () => {
  it("names with quotes, markup, ]]>, control characters, emoji and 300 characters give well-formed packages", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 7, maxLength: 7 }), async (names) => {
        const { model, index } = validateProject(hostileProject(names)).compiled;
        const files = await emitDocx(model, index, { lang: "ru", trace: true, bundle: true });
        expect(files.length).toBeGreaterThan(10);
        for (const file of files) {
          for (const [name, text] of Object.entries(parts(file))) {
            if (/\.(xml|rels)$/.test(name)) expect(xmlProblem(text), `${file.path} ${name}`).toBe("");
          }
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it("markup in a name is shown as text, not interpreted", async () => {
    const names = ["ООО «Тест»", "Отдел", "Мастер", "<script>alert(1)</script>", "Цель", "Функция", "Директор"];
    const { model, index } = validateProject(hostileProject(names)).compiled;
    const files = await emitDocx(model, index, { lang: "ru", trace: false });
    const card = files.find((f) => f.path === outputPaths.docx(outputPaths.process("proc-a")));
    const xml = parts(card)["word/document.xml"] ?? "";
    expect(paragraphsOf(xml)).toContain("<script>alert(1)</script>");
  });
});
