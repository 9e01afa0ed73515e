import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { loadProject } from "../src/load/project.js";
import { idFromName } from "../src/model/staff-org.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";
import { runMain } from "./helpers/in-process.js";

/** Made by LibreOffice from a flat ODS: see test/fixtures/staff/make-staff-xlsx.mjs. */
const STAFF_30 = join(REPO, "test/fixtures/staff/staff-30.xlsx");

let work: string;
const templates: Record<string, string> = {};
let count = 0;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "procspec-import-"));
  for (const lang of ["ru", "en"]) {
    templates[lang] = join(work, `template-${lang}`);
    await runMain("init", templates[lang] as string, "--lang", lang);
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh `procspec init` project (copied from one made once per file: init is what it is, not what is tested). */
function freshProject(lang: "ru" | "en" = "ru"): string {
  const dir = join(work, `project-${++count}`);
  cpSync(templates[lang] as string, dir, { recursive: true });
  return dir;
}

function staffFile(name: string, content: string): string {
  const path = join(work, `${++count}-${name}`);
  writeFileSync(path, content);
  return path;
}

interface Spec {
  id: string;
  name: string;
  parent?: string;
  head?: string;
  unit?: string;
  reportsTo?: string;
  headcount?: number;
}

function units(dir: string): Map<string, Spec> {
  const docs = parseAllDocuments(readFileSync(join(dir, "org/units.yaml"), "utf8"));
  const list = (Array.isArray(docs) ? docs : [docs]).map((d) => d.toJS() as Spec);
  return new Map(list.map((u) => [u.id, u]));
}

function positions(dir: string): Map<string, Spec> {
  const folder = join(dir, "org/positions");
  const list = readdirSync(folder).map((f) => parseAllDocuments(readFileSync(join(folder, f), "utf8")));
  return new Map(
    list.map((docs) => {
      const spec = (Array.isArray(docs) ? docs[0] : docs)?.toJS() as Spec;
      return [spec.id, spec];
    }),
  );
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (existsSync(join(dir, "org/units.yaml"))) files.units = readFileSync(join(dir, "org/units.yaml"), "utf8");
  const folder = join(dir, "org/positions");
  if (existsSync(folder)) for (const f of readdirSync(folder)) files[f] = readFileSync(join(folder, f), "utf8");
  return files;
}

/** The manager chain of a position, up to the top. */
function chain(all: Map<string, Spec>, id: string): string[] {
  const ids = [id];
  for (let up = all.get(id)?.reportsTo; up; up = all.get(up)?.reportsTo) ids.push(up);
  return ids;
}

describe("procspec import: a staff list saved by LibreOffice", () => {
  let dir: string;
  let result: { code: number; out: string; err: string };
  beforeAll(async () => {
    dir = freshProject();
    result = await runMain("import", STAFF_30, dir);
  });

  it("imports all 30 positions into a fresh project, which then validates without errors", () => {
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("подразделений — 10, должностей — 30");
    expect(positions(dir).size).toBe(30);
    const { diagnostics } = validateProject(loadProject(dir));
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // What is left is what a staff list cannot say: the units' functions and the processes of the positions.
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(
      new Set(["position-without-process", "unit-without-function"]),
    );
  });

  it("builds the unit tree from the parent column, merged cells and the «Склад» band included", () => {
    const tree = units(dir);
    const parents = Object.fromEntries([...tree.values()].map((u) => [u.name, tree.get(u.parent ?? "")?.name]));
    expect(parents).toEqual({
      Дирекция: undefined,
      Бухгалтерия: "Дирекция",
      "Служба персонала": "Дирекция",
      "Коммерческая служба": "Дирекция",
      "Отдел продаж": "Коммерческая служба",
      "Отдел снабжения": "Коммерческая служба",
      "Производственная служба": "Дирекция",
      "Цех ремонта": "Производственная служба",
      Склад: "Производственная служба",
      "ИТ-отдел": "Дирекция",
    });
    // Neither the title rows, the total nor the signature line became a unit.
    expect([...tree.values()].some((u) => /Итого|Ремтехсервис|Руководитель|Штатное/.test(u.name))).toBe(false);
  });

  it("follows the reportsTo chain to the top and picks the namesake manager of the position's own unit", () => {
    const all = positions(dir);
    expect(chain(all, "gruzchik")).toEqual([
      "gruzchik",
      "kladovshchik",
      "zaveduyushchiy-skladom",
      "tekhnicheskiy-direktor",
      "generalnyy-direktor",
    ]);
    // Three «Начальник отдела»: each gets an id of its own, and each unit's staff report to their own one.
    expect(all.get("nachalnik-otdela")?.unit).toBe("sluzhba-personala");
    expect(all.get("nachalnik-otdela-otdel-prodazh")?.unit).toBe("otdel-prodazh");
    expect(all.get("menedzher-po-prodazham")?.reportsTo).toBe("nachalnik-otdela-otdel-prodazh");
    expect(all.get("menedzher-po-zakupkam")?.reportsTo).toBe("nachalnik-otdela-otdel-snabzheniya");
    expect(all.get("spetsialist-po-kadram")?.reportsTo).toBe("nachalnik-otdela");
    expect(all.get("slesar-remontnik")?.headcount).toBe(6);
    expect(all.get("generalnyy-direktor")?.reportsTo).toBeUndefined();
  });

  it("names each unit's head: its one position that reports outside it", () => {
    const tree = units(dir);
    expect(tree.get("direktsiya")?.head).toBe("generalnyy-direktor");
    expect(tree.get("sklad")?.head).toBe("zaveduyushchiy-skladom");
    expect(tree.get("otdel-snabzheniya")?.head).toBe("nachalnik-otdela-otdel-snabzheniya");
  });

  it("gives the same bytes for the same staff list", async () => {
    const again = freshProject();
    await runMain("import", STAFF_30, again);
    expect(snapshot(again)).toEqual(snapshot(dir));
  });

  it("refuses to overwrite what exists (exit 2, nothing written), and --force overwrites", async () => {
    const before = snapshot(dir);
    writeFileSync(
      join(dir, "org/positions/kassir.yaml"),
      "kind: Position\nid: kassir\nname: Кассир (правка)\nunit: bukhgalteriya\n",
    );
    const edited = snapshot(dir);
    const refused = await runMain("import", STAFF_30, dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/уже есть: org\/units\.yaml.*ничего не записано.*--force/);
    expect(snapshot(dir)).toEqual(edited);
    const forced = await runMain("import", STAFF_30, dir, "--force");
    expect(forced.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("procspec import: CSV", () => {
  const header = "Подразделение;Вышестоящее подразделение;Должность;Подчиняется;Количество штатных единиц";

  it("reads `;` with a BOM, Russian headers, a unit written once above its rows, and fractional headcounts", async () => {
    const dir = freshProject();
    const csv = staffFile(
      "staff.csv",
      `\uFEFF${header}\nДирекция;;Генеральный директор;;1\nОтдел продаж;Дирекция;Начальник отдела продаж;Генеральный директор;1\n;;Менеджер;Начальник отдела продаж;2\n;;Менеджер;Начальник отдела продаж;0,5\n`,
    );
    const result = await runMain("import", csv, dir);
    expect(result.code).toBe(0);
    const all = positions(dir);
    expect(all.get("menedzher")).toMatchObject({ unit: "otdel-prodazh", reportsTo: "nachalnik-otdela-prodazh" });
    // Two rows of one position add up; 2,5 posts are written as 3, and the user is told.
    expect(all.get("menedzher")?.headcount).toBe(3);
    expect(result.err).toMatch(/staff\.csv:4:1\s+предупреждение\s+штатных единиц должности «Менеджер» в сумме 2,5/);
    expect(units(dir).get("otdel-prodazh")?.parent).toBe("direktsiya");
  });

  it("recognises English headers and writes English messages in an English project", async () => {
    const dir = freshProject("en");
    const csv = staffFile(
      "staff.csv",
      "Department,Parent unit,Job title,Reports to,Headcount\nBoard,,Chief Executive,,1\nSales,Board,Sales Manager,Chief Executive,two\n",
    );
    const result = await runMain("import", csv, dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain("imported from");
    expect(result.err).toMatch(/staff\.csv:3:1\s+warning\s+the headcount «two» is not a number/);
    expect(positions(dir).get("sales-manager-2")).toMatchObject({ unit: "sales-2", reportsTo: "chief-executive" });
    // The starter project has a position `sales-manager` already: ids stay unique across the project.
    expect(positions(dir).has("sales-manager-2")).toBe(true);
  });

  it("reports every row it could not read with its row number, imports the rest, exits 1", async () => {
    const dir = freshProject();
    const csv = staffFile(
      "bad.csv",
      `${header}\nДирекция;;Генеральный директор;;1\n;;;Генеральный директор;2\nСклад;Дирекция;Кладовщик;Завскладом;1\n`,
    );
    const none = staffFile("no-unit.csv", `${header}\n;;Кладовщик;;1\n`);
    const result = await runMain("import", csv, dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/bad\.csv:3:1\s+ошибка\s+в строке нет ни подразделения, ни должности/);
    expect(result.err).toMatch(/bad\.csv:4:1\s+предупреждение\s+«Завскладом» \(подчиняется\) — нет такой должности/);
    expect(result.out).toContain("не прочитано строк: 1");
    expect(positions(dir).get("kladovshchik")?.reportsTo).toBeUndefined();
    const nothing = await runMain("import", none, freshProject());
    expect(nothing.code).toBe(1);
    expect(nothing.err).toMatch(/no-unit\.csv:2:1\s+ошибка\s+у должности «Кладовщик» нет подразделения/);
    expect(nothing.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("says which headers it looked for when it finds none, and writes nothing", async () => {
    const dir = freshProject();
    const csv = staffFile("odd.csv", "Отдел кадров;ФИО;Оклад\nДирекция;Иванов;100\n");
    const result = await runMain("import", csv, dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /odd\.csv:1:1\s+ошибка\s+в первых 30 строках нет строки заголовков.*«Отдел кадров», «ФИО», «Оклад»/,
    );
    expect(existsSync(join(dir, "org"))).toBe(false);
  });

  it("takes column headers from flags and from a mapping file", async () => {
    const csv = staffFile(
      "custom.csv",
      "Структура,Штатная позиция,Начальник\nДирекция,Директор,\nДирекция,Водитель,Директор\n",
    );
    const byFlags = freshProject();
    const flags = await runMain(
      "import",
      csv,
      byFlags,
      "--unit",
      "структура",
      "--position",
      "Штатная позиция",
      "--reports-to",
      "Начальник",
    );
    expect(flags.code).toBe(0);
    expect(positions(byFlags).get("voditel")?.reportsTo).toBe("direktor");
    const byMap = freshProject();
    const map = staffFile("map.yaml", "unit: Структура\nposition: Штатная позиция\nreportsTo: Начальник\n");
    expect((await runMain("import", csv, byMap, "--map", map)).code).toBe(0);
    expect(snapshot(byMap)).toEqual(snapshot(byFlags));
    const missing = await runMain("import", csv, freshProject(), "--unit", "Структура", "--position", "Должность");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/custom\.csv:1:1\s+ошибка\s+в строке заголовков нет столбца «Должность»/);
  });

  it("tells namesake managers apart by «Position (Unit)», and leaves out a line it cannot place or that loops", async () => {
    const dir = freshProject();
    const csv = staffFile(
      "managers.csv",
      `${header}
Отдел А;;Начальник отдела;;1
Отдел Б;;Начальник отдела;;1
Дирекция;;Аналитик;Начальник отдела;1
Дирекция;;Юрист;Начальник отдела (Отдел Б);1
Дирекция;;Директор;Заместитель;1
Дирекция;;Заместитель;Директор;1
Дирекция;;Курьер;Юристт;1
`,
    );
    const result = await runMain("import", csv, dir);
    expect(result.code).toBe(0);
    const all = positions(dir);
    expect(all.get("yurist")?.reportsTo).toBe("nachalnik-otdela-otdel-b");
    expect(all.get("analitik")?.reportsTo).toBeUndefined();
    expect(result.err).toMatch(
      /managers\.csv:4:1\s+предупреждение\s+должностей «Начальник отдела» несколько \(«Отдел А», «Отдел Б»\)/,
    );
    expect(result.err).toContain("укажите руководителя как «Должность (Подразделение)»");
    expect(all.get("direktor")?.reportsTo).toBe("zamestitel");
    expect(all.get("zamestitel")?.reportsTo).toBeUndefined();
    expect(result.err).toMatch(
      /managers\.csv:7:1\s+предупреждение\s+подчинение «Заместитель» должности «Директор» замкнуло бы круг/,
    );
    expect(result.err).toMatch(
      /managers\.csv:8:1\s+предупреждение\s+«Юристт» \(подчиняется\) — нет такой должности.* — возможно, имелось в виду `Юрист`\?/,
    );
  });

  it("without a «Подчиняется» column, has each position report to its unit's head and a head to the head above", async () => {
    const dir = freshProject();
    const csv = staffFile(
      "no-managers.csv",
      `Подразделение;Вышестоящее подразделение;Должность
Дирекция;;Генеральный директор
Дирекция;;Финансовый директор
Дирекция;;Секретарь
Склад;Дирекция;Кладовщик
Склад;Дирекция;Заведующий складом
Отдел продаж;Дирекция;Менеджер
Отдел продаж;Дирекция;Аналитик
`,
    );
    const result = await runMain("import", csv, dir);
    expect(result.code).toBe(0);
    const all = positions(dir);
    expect(chain(all, "kladovshchik")).toEqual(["kladovshchik", "zaveduyushchiy-skladom", "generalnyy-direktor"]);
    expect(all.get("finansovyy-direktor")?.reportsTo).toBe("generalnyy-direktor");
    // No title says who heads «Отдел продаж»: no head is made up, and no line for its positions.
    expect(units(dir).get("otdel-prodazh")?.head).toBeUndefined();
    expect(all.get("menedzher")?.reportsTo).toBeUndefined();
  });

  it("keeps every id when a row is added, at the end or in the middle", async () => {
    const rows = [
      "Дирекция;;Генеральный директор;;1",
      "Отдел продаж;Дирекция;Начальник отдела;Генеральный директор;1",
      "Склад;Дирекция;Начальник отдела;Генеральный директор;1",
    ];
    const first = freshProject();
    await runMain("import", staffFile("a.csv", `${header}\n${rows.join("\n")}\n`), first);
    const second = freshProject();
    const more = [
      rows[0],
      "Бухгалтерия;Дирекция;Бухгалтер;Генеральный директор;1",
      rows[1],
      rows[2],
      "Цех;Дирекция;Начальник отдела;Генеральный директор;1",
    ];
    await runMain("import", staffFile("b.csv", `${header}\n${more.join("\n")}\n`), second);
    const before = positions(first);
    const after = positions(second);
    for (const [id, spec] of before) expect(after.get(id)).toMatchObject({ name: spec.name, unit: spec.unit });
    expect([...units(first).keys()].every((id) => units(second).has(id))).toBe(true);
  });

  it("never gives an id that a file of the user's has, also under org/positions/", async () => {
    const dir = freshProject();
    const csv = staffFile("one.csv", `${header}\nСклад;;Кладовщик;;1\n`);
    await runMain("import", csv, dir);
    writeFileSync(
      join(dir, "org/positions/storekeeper.yaml"),
      "kind: Position\nid: kladovshchik-2\nname: Кладовщик 2\nunit: sklad\n",
    );
    const two = staffFile("two.csv", `${header}\nСклад;;Кладовщик;;1\nЦех;;Кладовщик;;1\nЦех;;Кладовщик 2;;1\n`);
    const result = await runMain("import", two, dir, "--force");
    expect(result.code).toBe(0);
    expect(result.out).toContain("org/positions/storekeeper.yaml");
    expect([...positions(dir).keys()].sort()).toEqual([
      "kladovshchik",
      "kladovshchik-2",
      "kladovshchik-2-2",
      "kladovshchik-tsekh",
    ]);
    const { diagnostics } = validateProject(loadProject(dir));
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("stops with exit 2 outside a project", async () => {
    const result = await runMain("import", STAFF_30, mkdtempSync(join(tmpdir(), "procspec-import-none-")));
    expect(result.code).toBe(2);
    expect(result.err).toContain("procspec.yaml");
  });
});

describe("procspec import: Excel row numbers", () => {
  it("reports a bad row of a workbook with its sheet row and column", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Штат");
    sheet.getCell("A1").value = "Штатное расписание";
    sheet.addRow([]);
    sheet.getRow(3).values = ["Подразделение", "Должность", "Количество штатных единиц"];
    sheet.getRow(4).values = ["Дирекция", "Директор", 1];
    sheet.getRow(5).values = ["Дирекция", "Водитель", "много"];
    const path = join(work, "bad.xlsx");
    await workbook.xlsx.writeFile(path);
    const dir = freshProject();
    const result = await runMain("import", path, dir);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/bad\.xlsx:5:3\s+предупреждение\s+количество штатных единиц «много» — не число/);
    expect(positions(dir).get("voditel")).toMatchObject({ unit: "direktsiya" });
    expect(positions(dir).get("voditel")?.headcount).toBeUndefined();
  });

  it("reads the unified form Т-3: a header over two rows of merged cells, a row of column numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Т-3");
    sheet.getCell("A1").value = "Унифицированная форма № Т-3";
    sheet.getCell("A2").value = "ООО «Ремтехсервис»";
    sheet.getRow(5).values = [
      "Структурное подразделение",
      "",
      "Должность (специальность, профессия), разряд, класс (категория) квалификации",
      "Количество штатных единиц",
      "Тарифная ставка (оклад) и пр., руб.",
    ];
    sheet.getRow(6).values = ["наименование", "код"];
    sheet.mergeCells("A5:B5");
    sheet.mergeCells("C5:C6");
    sheet.mergeCells("D5:D6");
    sheet.mergeCells("E5:E6");
    sheet.getRow(7).values = [1, 2, 3, 4, 5];
    sheet.getRow(8).values = ["Бухгалтерия", "01", "Главный бухгалтер", 1, 90000];
    sheet.getRow(9).values = ["Бухгалтерия", "01", "Бухгалтер", 2, 60000];
    sheet.getRow(10).values = ["Итого", "", "", 3, ""];
    const path = join(work, "t3.xlsx");
    await workbook.xlsx.writeFile(path);
    const dir = freshProject();
    const result = await runMain("import", path, dir);
    expect(result.code).toBe(0);
    expect([...positions(dir).values()].map((p) => [p.name, p.unit, p.headcount, p.reportsTo])).toEqual([
      ["Бухгалтер", "bukhgalteriya", 2, "glavnyy-bukhgalter"],
      ["Главный бухгалтер", "bukhgalteriya", 1, undefined],
    ]);
    // Т-3 has no «Подчиняется»: the lines follow the unit tree, and the user is told so, as a note.
    expect(result.err).toMatch(/t3\.xlsx:5:1\s+к сведению\s+в штатном расписании нет столбца «Подчиняется»/);
    expect(result.err).not.toMatch(/ошибка|предупреждение/);
    expect(units(dir).get("bukhgalteriya")?.head).toBe("glavnyy-bukhgalter");
  });

  it("refuses a CSV in Windows-1251 with a hint instead of importing mojibake", async () => {
    const cp1251 = (text: string) =>
      Uint8Array.from(
        [...text].map((ch) => (ch >= "А" && ch <= "я" ? (ch.codePointAt(0) ?? 0) - 0x350 : ch.charCodeAt(0))),
      );
    const path = join(work, "cp1251.csv");
    writeFileSync(path, cp1251("Подразделение;Должность\nСклад;Кладовщик\n"));
    const dir = freshProject();
    const result = await runMain("import", path, dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cp1251\.csv:1:1\s+ошибка\s+файл не в кодировке UTF-8.*Windows-1251/);
    expect(result.err).not.toContain("пусто");
    expect(existsSync(join(dir, "org"))).toBe(false);
  });

  it("reads the first sheet with a header row, or the one --sheet names", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Пояснения").getCell("A1").value = "Штатное расписание утверждено приказом № 12";
    const staff = workbook.addWorksheet("Штат");
    staff.addRow(["Подразделение", "Должность"]);
    staff.addRow(["Склад", "Кладовщик"]);
    const path = join(work, "sheets.xlsx");
    await workbook.xlsx.writeFile(path);
    const dir = freshProject();
    expect((await runMain("import", path, dir)).code).toBe(0);
    expect(positions(dir).has("kladovshchik")).toBe(true);
    const named = await runMain("import", path, freshProject(), "--sheet", "Пояснения");
    expect(named.code).toBe(1);
    expect(named.err).toMatch(/sheets\.xlsx:1:1\s+ошибка\s+в первых 30 строках нет строки заголовков/);
    const missing = await runMain("import", path, freshProject(), "--sheet", "Лист1");
    expect(missing.err).toMatch(/в книге нет листа «Лист1»; листы книги: «Пояснения», «Штат»/);
  });

  it("says so, without a stack trace, when the file is no workbook", async () => {
    const path = staffFile("broken.xlsx", "not a zip");
    const result = await runMain("import", path, freshProject());
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/broken\.xlsx:1:1\s+ошибка\s+файл не читается как книга Excel/);
    const old = await runMain("import", staffFile("staff.xls", "\u00d0\u00cf\u0011\u00e0"), freshProject());
    expect(old.code).toBe(1);
    expect(old.err).toMatch(
      /staff\.xls:1:1\s+ошибка\s+procspec читает \.xlsx и \.csv, а не \.xls: .*сохраните его как \.xlsx/,
    );
  });
});

describe("ids from names", () => {
  it("transliterates Russian names by the project's table and keeps them valid ids", () => {
    expect(idFromName("Заведующий складом", "position")).toBe("zaveduyushchiy-skladom");
    expect(idFromName("Приёмщик-кассир", "position")).toBe("priyomshchik-kassir");
    expect(idFromName("ИТ-отдел", "unit")).toBe("it-otdel");
    expect(idFromName("Программист 1С", "position")).toBe("programmist-1s");
    expect(idFromName("1С-разработка", "unit")).toBe("unit-1s-razrabotka");
    expect(idFromName("«Цех № 2»", "unit")).toBe("tsekh-2");
    expect(idFromName("***", "unit")).toBe("unit");
    const long = idFromName("Заместитель генерального директора по коммерческим вопросам и развитию сети", "position");
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(long).toBe("zamestitel-generalnogo-direktora-po-kommercheskim-voprosam-i");
  });
});
