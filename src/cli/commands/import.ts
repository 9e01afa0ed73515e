import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { Command } from "commander";
import { parse } from "yaml";
import { compareDiagnostics, countDiagnostics, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { formatStylish } from "../../diagnostics/format/stylish.js";
import { POSITIONS_DIR, staffSpecFiles, UNITS_FILE } from "../../emit/staff/org-yaml.js";
import type { Lang } from "../../i18n/lang.js";
import { staffImportWords } from "../../i18n/words/staff-import.js";
import { loadProject } from "../../load/project.js";
import { type ColumnMapping, findStaffTable, STAFF_FIELDS, type StaffField } from "../../load/staff-columns.js";
import { readStaffGrid } from "../../load/staff-list.js";
import { staffOrg } from "../../model/staff-org.js";
import { type Io, UsageError } from "../io.js";
import { SCHEMA_DIR, withModeline } from "../scaffold/editor.js";

interface ImportOptions {
  unit?: string;
  parent?: string;
  position?: string;
  reportsTo?: string;
  headcount?: string;
  map?: string;
  sheet?: string;
  force?: boolean;
}

/** The mapping file's keys: the fields' own names, and the flags' spelling for the manager. */
const MAP_KEYS: Record<string, StaffField> = {
  unit: "unit",
  parent: "parent",
  position: "position",
  reportsTo: "reportsTo",
  "reports-to": "reportsTo",
  headcount: "headcount",
};

/** Columns named in a mapping file (YAML or JSON: `position: Наименование должности`), then by flags over it. */
function columnMapping(options: ImportOptions, lang: Lang): ColumnMapping {
  const words = staffImportWords[lang];
  const mapping: ColumnMapping = {};
  if (options.map !== undefined) {
    let data: unknown;
    try {
      data = parse(readFileSync(options.map, "utf8"));
    } catch (error) {
      const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      throw new UsageError(words.badMapping({ file: options.map, detail }));
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw new UsageError(words.badMapping({ file: options.map, detail: mapShape(lang) }));
    }
    for (const [key, value] of Object.entries(data)) {
      const field = MAP_KEYS[key];
      if (!field || typeof value !== "string") {
        throw new UsageError(words.badMapping({ file: options.map, detail: `${mapShape(lang)} (${key})` }));
      }
      mapping[field] = value;
    }
  }
  for (const field of STAFF_FIELDS) {
    const given = options[field];
    if (given !== undefined) mapping[field] = given;
  }
  return mapping;
}

function mapShape(lang: Lang): string {
  return lang === "ru"
    ? "нужны строки «поле: заголовок столбца» для полей unit, parent, position, reportsTo, headcount"
    : "expected lines «field: column header» for the fields unit, parent, position, reportsTo, headcount";
}

/** Writes through a temporary file, so an interrupted import never leaves half a file. */
function writeAtomically(target: string, content: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}`;
  writeFileSync(temp, content);
  renameSync(temp, target);
}

export function importCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("import")
    .description("read a staff list (штатное расписание, .xlsx or .csv) into org/units.yaml and org/positions/*.yaml")
    .argument("<file>", "the staff list: an Excel workbook (.xlsx) or a CSV (UTF-8, `,` or `;`)")
    .argument("[dir]", "project folder, or any folder inside one (default: this folder)")
    .option("--unit <header>", "header of the column with the unit (default: «Подразделение», Unit …)")
    .option("--parent <header>", "header of the column with the parent unit («Вышестоящее подразделение», Parent unit)")
    .option("--position <header>", "header of the column with the position («Должность», Position)")
    .option("--reports-to <header>", "header of the column with the manager's position («Подчиняется», Reports to)")
    .option("--headcount <header>", "header of the column with the headcount («Количество штатных единиц», Headcount)")
    .option("--map <file>", "a YAML file mapping the fields to headers, e.g. `position: Наименование должности`")
    .option("--sheet <name>", "the sheet to read (default: the first with a header row)")
    .option("--force", "overwrite org/units.yaml and position files that exist")
    .addHelpText(
      "after",
      `
Examples:
  procspec import staff.xlsx                         into the project in this folder
  procspec import staff.csv my-company --force       replace an earlier import
  procspec import staff.xlsx --position "Наименование должности" --reports-to "Руководитель"

The header row may be anywhere in the first 30 rows; merged cells count as filled with their text. Ids are made
from the names (transliterated); a unit written once above its positions applies to the rows below it. Rows that
cannot be read are reported with their row number (exit 1); files that exist are never overwritten without --force
(exit 2).`,
    )
    .action(async (file: string, dirArgument: string | undefined, options: ImportOptions) => {
      // Loading first: a folder without procspec.yaml is refused (exit 2) before the staff list is read.
      const project = loadProject(dirArgument ?? ".");
      const root = project.root;
      const lang: Lang = project.config.lang;
      const words = staffImportWords[lang];
      const mapping = columnMapping(options, lang);
      const shown = file.split(sep).join("/");
      const grid = await readStaffGrid(resolve(file), shown, lang);
      // A file that could not be read at all has said why; "the list is empty" would only repeat it.
      const unreadable = grid.tables.length === 0 && grid.diagnostics.length > 0;
      const found = unreadable ? { diagnostics: [] } : findStaffTable(grid, shown, mapping, lang, options.sheet);
      const problems: Diagnostic[] = [...grid.diagnostics, ...found.diagnostics];
      const printProblems = () => {
        if (problems.length === 0) return;
        io.err(
          formatStylish([...problems].sort(compareDiagnostics), { lang, color: io.errIsTTY ?? false, filesChecked: 1 }),
        );
      };
      if (!found.table) {
        printProblems();
        io.err(`${words.noRows}\n`);
        setExit(1);
        return;
      }
      // Files shaped as an import writes them are its own: their ids do not block the same ids on a second run.
      // Any other file keeps its id, so a position file the user added by hand is never duplicated.
      const ours = (path: string, id: string) => path === UNITS_FILE || path === `${POSITIONS_DIR}/${id}.yaml`;
      const taken = new Set(
        project.docs
          .filter((d) => typeof d.data.id === "string" && !ours(d.file, String(d.data.id)))
          .map((d) => String(d.data.id)),
      );
      const org = staffOrg(found.table, taken, lang);
      problems.push(...org.diagnostics);
      if (org.positions.length === 0) {
        printProblems();
        io.err(`${words.noRows}\n`);
        setExit(1);
        return;
      }
      const withSchemas = existsSync(join(root, SCHEMA_DIR));
      const files = staffSpecFiles(org, basename(file), lang).map((f) => ({
        ...f,
        content: withSchemas ? withModeline(f.path, f.content) : f.content,
      }));
      // Every file checked before any is written, so a refusal leaves the project exactly as it was.
      const existing = files.filter((f) => existsSync(join(root, f.path))).map((f) => f.path);
      if (existing.length > 0 && !options.force) {
        const list = existing.slice(0, 3).join(", ") + (existing.length > 3 ? ` (+${existing.length - 3})` : "");
        throw new UsageError(words.exists(list));
      }
      for (const f of files) writeAtomically(join(root, f.path), f.content);
      printProblems();
      const written = new Set(files.map((f) => f.path));
      const positionsDir = join(root, POSITIONS_DIR);
      const stale = readdirSync(positionsDir)
        .map((name) => `${POSITIONS_DIR}/${name}`)
        .filter((path) => path.endsWith(".yaml") && !written.has(path))
        .sort();
      const where = relative(process.cwd(), root) || ".";
      io.out(`${words.done({ file: shown, units: org.units.length, positions: org.positions.length })}\n`);
      if (org.unreadRows > 0) io.out(`${words.skipped(org.unreadRows)}\n`);
      if (stale.length > 0) io.out(`${words.stale(stale.join(", "))}\n`);
      io.out(`${words.next(where)}\n`);
      setExit(countDiagnostics(problems).errors > 0 ? 1 : 0);
    });
}
