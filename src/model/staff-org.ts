/**
 * From the rows of a staff list to the units and positions of a spec: the unit tree (parent units), positions
 * with their headcount, reporting lines and unit heads, each with an id made from its name. A pure function: the
 * same rows give the same ids, and a row added to the list renames no other element (ids are handed out in the
 * order of the rows, so only a row placed above a namesake could take its id).
 */

import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { suggest } from "../i18n/suggest.js";
import { type StaffImportWords, staffImportWords } from "../i18n/words/staff-import.js";
import type { StaffField, StaffRecord, StaffTable } from "../load/staff-columns.js";
import { transliterate } from "../validate/slug.js";

export interface ImportedUnit {
  id: string;
  name: string;
  /** Parent unit id. */
  parent?: string;
  /** Head position id: the one position of the unit that reports to no one inside it. */
  head?: string;
  /** Row where the unit is first named. */
  line: number;
}

export interface ImportedPosition {
  id: string;
  name: string;
  /** Unit id. */
  unit: string;
  reportsTo?: string;
  headcount?: number;
  /** Row where the position is first named. */
  line: number;
}

export interface StaffOrg {
  /** Parents before their children, siblings in the order of the rows. */
  units: ImportedUnit[];
  /** In the order of the rows. */
  positions: ImportedPosition[];
  diagnostics: Diagnostic[];
  /** Rows skipped because they could not be read. */
  unreadRows: number;
}

const ID_MAX = 64;

interface UnitDraft {
  key: string;
  name: string;
  line: number;
  parent?: UnitDraft;
  parentLine?: number;
  /** Named only as a band across the table: a heading, a note or a signature line when no position follows. */
  bandOnly: boolean;
  id?: string;
}

interface PositionDraft {
  name: string;
  unit: UnitDraft;
  line: number;
  headcount?: number;
  reportsTo?: { text: string; line: number };
  manager?: PositionDraft;
  id?: string;
}

/** Names compared as a person would: case, ё/е and spacing do not matter. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

const TOTAL = /^(итого|всего|total)(\s|:|$)/i;

/** `1`, `2,5`, `1 000`, `3.0`: the number a person typed; undefined when it is none. */
function parseHeadcount(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** The longest start of `slug` that ends at a word boundary and has at most `max` characters. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const at = head.lastIndexOf("-");
  return (at > 0 ? head.slice(0, at) : slug.slice(0, max)).replace(/-+$/, "");
}

/** An id from a Russian or English name: transliterated, lower case, words joined by hyphens. */
export function idFromName(name: string, fallback: string): string {
  const slug = transliterate(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") return fallback;
  return cut(/^[a-z]/.test(slug) ? slug : `${fallback}-${slug}`, ID_MAX);
}

export function staffOrg(table: StaffTable, taken: ReadonlySet<string>, lang: Lang): StaffOrg {
  const words: StaffImportWords = staffImportWords[lang];
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, field: StaffField, severity: Severity, text: string, suggestion?: string) => {
    diagnostics.push({
      code: "staff-row",
      severity,
      message: suggestion ? `${text} — ${suggestion}` : text,
      file: table.file,
      line,
      column: table.columnOf(field),
      pointer: "",
      ...(suggestion ? { suggestion } : {}),
    });
  };
  let unreadRows = 0;
  const units = new Map<string, UnitDraft>();
  const positions = new Map<string, PositionDraft>();

  const declareUnit = (name: string, line: number, band = false): UnitDraft => {
    const key = nameKey(name);
    let unit = units.get(key);
    if (!unit) {
      unit = { key, name, line, bandOnly: band };
      units.set(key, unit);
    } else if (!band) unit.bandOnly = false;
    return unit;
  };

  const setParent = (unit: UnitDraft, parentName: string, line: number) => {
    const parent = declareUnit(parentName, line);
    if (unit.parent === parent) return;
    if (unit.parent) {
      const other = unit.parent.name;
      report(
        line,
        "parent",
        "warn",
        words.parentConflict({ unit: unit.name, parent: parentName, other, line: unit.parentLine ?? line }),
      );
      return;
    }
    for (let up: UnitDraft | undefined = parent; up; up = up.parent) {
      if (up === unit) {
        report(line, "parent", "warn", words.parentCycle({ unit: unit.name, parent: parentName }));
        return;
      }
    }
    unit.parent = parent;
    unit.parentLine = line;
  };

  let current: UnitDraft | undefined;
  for (const record of table.records) {
    if (TOTAL.test(record.unit) || TOTAL.test(record.position)) continue;
    if (record.band) {
      current = declareUnit(record.unit, record.line, true);
      continue;
    }
    if (record.unit === "" && record.position === "") {
      if (record.parent !== "" || record.reportsTo !== "" || record.headcount !== "") {
        report(record.line, "position", "error", words.noUnitNoPosition);
        unreadRows++;
      }
      continue;
    }
    if (record.unit !== "") current = declareUnit(record.unit, record.line);
    // Under a unit written as a heading, the first row may carry the heading unit's parent.
    if (record.parent !== "" && current) setParent(current, record.parent, record.line);
    if (record.position === "") continue;
    if (!current) {
      report(record.line, "unit", "error", words.noUnit(record.position));
      unreadRows++;
      continue;
    }
    addPosition(record, current);
  }

  function addPosition(record: StaffRecord, unit: UnitDraft) {
    const key = `${unit.key}\u0000${nameKey(record.position)}`;
    let position = positions.get(key);
    if (!position) {
      position = { name: record.position, unit, line: record.line };
      positions.set(key, position);
    }
    if (record.headcount !== "") {
      const count = parseHeadcount(record.headcount);
      if (count === undefined) report(record.line, "headcount", "warn", words.badHeadcount(record.headcount));
      // Several rows of one position (a row per holder) add up.
      else position.headcount = (position.headcount ?? 0) + count;
    }
    if (record.reportsTo !== "") {
      const before = position.reportsTo;
      if (before && nameKey(before.text) !== nameKey(record.reportsTo)) {
        report(
          record.line,
          "reportsTo",
          "warn",
          words.reportsToConflict({
            position: position.name,
            reportsTo: record.reportsTo,
            other: before.text,
            line: before.line,
          }),
        );
      } else if (!before) position.reportsTo = { text: record.reportsTo, line: record.line };
    }
  }

  // A unit with neither positions nor units under it is a heading or a signature line, not a unit.
  const kept = new Set<UnitDraft>();
  for (const position of positions.values()) {
    for (let up: UnitDraft | undefined = position.unit; up && !kept.has(up); up = up.parent) kept.add(up);
  }
  for (const unit of units.values()) {
    if (!kept.has(unit) && !unit.bandOnly) report(unit.line, "unit", "warn", words.emptyUnit(unit.name));
  }

  // Ids in the order of the rows: units first, then positions.
  const used = new Set(taken);
  const claim = (base: string, suffix?: string): string => {
    let id = suffix ? `${cut(base, ID_MAX - suffix.length - 1)}-${suffix}` : base;
    for (let n = 2; used.has(id); n++) id = `${cut(base, ID_MAX - String(n).length - 1)}-${n}`;
    used.add(id);
    return id;
  };
  const keptUnits = [...units.values()].filter((u) => kept.has(u));
  for (const unit of keptUnits) unit.id = claim(idFromName(unit.name, "unit"));
  const allPositions = [...positions.values()];
  const bases = new Set<string>();
  for (const position of allPositions) {
    const base = idFromName(position.name, "position");
    // A namesake in another unit is told apart by its unit; an id the project already has, by a number.
    position.id = bases.has(base) ? claim(base, position.unit.id) : claim(base);
    bases.add(base);
  }

  resolveManagers(allPositions, words, report, lang);
  const heads = headsOf(allPositions);
  // Without a «Подчиняется» column (the unified form Т-3 has none) the lines follow the unit tree.
  if (!table.columns.reportsTo && allPositions.length > 0) {
    managersFromTree(allPositions, heads);
    diagnostics.push({
      code: "staff-reports-to",
      severity: "info",
      message: words.reportsToFromTree,
      file: table.file,
      line: table.headerLine,
      column: 1,
      pointer: "",
    });
  }
  return {
    units: treeOrder(keptUnits).map((unit) => {
      const head = heads.get(unit);
      return {
        id: unit.id ?? "",
        name: unit.name,
        ...(unit.parent?.id ? { parent: unit.parent.id } : {}),
        ...(head?.id ? { head: head.id } : {}),
        line: unit.line,
      };
    }),
    positions: allPositions.map((position) => ({
      id: position.id ?? "",
      name: position.name,
      unit: position.unit.id ?? "",
      ...(position.manager?.id ? { reportsTo: position.manager.id } : {}),
      ...headcountOf(position, words, report),
      line: position.line,
    })),
    diagnostics,
    unreadRows,
  };
}

type Report = (line: number, field: StaffField, severity: Severity, text: string, suggestion?: string) => void;

function headcountOf(position: PositionDraft, words: StaffImportWords, report: Report): { headcount?: number } {
  const count = position.headcount;
  if (count === undefined) return {};
  if (count === 0) {
    report(position.line, "headcount", "warn", words.zeroHeadcount(position.name));
    return {};
  }
  if (!Number.isInteger(count)) {
    // A half-time post is still a post to fill: the schema counts posts in whole numbers.
    const written = Math.ceil(count);
    const value = String(Math.round(count * 100) / 100).replace(".", words.decimalMark);
    report(position.line, "headcount", "warn", words.fractionalHeadcount({ position: position.name, value, written }));
    return { headcount: written };
  }
  return { headcount: count };
}

/**
 * The manager named in «Подчиняется» by the position's name: the only position of that name, or the one nearest
 * up the unit tree; «Name (Unit)» picks one among namesakes. A line that would close a loop is left out.
 */
function resolveManagers(
  positions: readonly PositionDraft[],
  words: StaffImportWords,
  report: Report,
  lang: Lang,
): void {
  const byName = groupBy(positions, (p) => nameKey(p.name));
  const names = [...new Set(positions.map((p) => p.name))];
  for (const position of positions) {
    const wanted = position.reportsTo;
    if (!wanted) continue;
    let candidates = byName.get(nameKey(wanted.text)) ?? [];
    const qualified = /^(.+?)\s*\(([^()]+)\)$/.exec(wanted.text);
    if (candidates.length === 0 && qualified) {
      const unitKey = nameKey(qualified[2] ?? "");
      candidates = (byName.get(nameKey(qualified[1] ?? "")) ?? []).filter((p) => p.unit.key === unitKey);
    }
    if (candidates.length === 0) {
      report(wanted.line, "reportsTo", "warn", words.reportsToUnknown(wanted.text), suggest(wanted.text, names, lang));
      continue;
    }
    let manager = candidates.length === 1 ? candidates[0] : undefined;
    for (let up: UnitDraft | undefined = position.unit; !manager && up; up = up.parent) {
      const unit = up;
      manager = candidates.find((c) => c.unit === unit);
    }
    if (!manager) {
      const units = candidates.map((c) => `«${c.unit.name}»`).join(", ");
      report(
        wanted.line,
        "reportsTo",
        "warn",
        words.reportsToAmbiguous({ name: wanted.text, units }),
        words.ambiguousHint,
      );
      continue;
    }
    if (manager === position) {
      report(wanted.line, "reportsTo", "warn", words.reportsToSelf(position.name));
      continue;
    }
    let loop = false;
    for (let up: PositionDraft | undefined = manager; up && !loop; up = up.manager) loop = up === position;
    if (loop) {
      report(
        wanted.line,
        "reportsTo",
        "warn",
        words.reportsToCycle({ position: position.name, reportsTo: manager.name }),
      );
      continue;
    }
    position.manager = manager;
  }
}

/** Per unit, its one position whose manager is outside the unit (or who has none); none when not exactly one. */
/** Titles that name the head of a unit: «Начальник отдела», «Главный бухгалтер», «Заведующий складом», Head of … */
const HEAD_TITLE =
  /^(генеральный директор|исполнительный директор|начальник|руководитель|директор|заведующ\S*|главн\S*|управляющ\S*|head|director|chief|general manager)(\s|-|$)/i;

const TOP_TITLE = /^(генеральный директор|chief executive|general manager)(\s|$)/i;

/**
 * Per unit, its one position whose manager is outside the unit (or who has none). When several are, the one
 * whose title names a head («Начальник …», «Главный …», «Заведующий …»), if exactly one does; else none.
 */
function headsOf(positions: readonly PositionDraft[]): Map<UnitDraft, PositionDraft> {
  const tops = groupBy(
    positions.filter((p) => p.manager?.unit !== p.unit),
    (p) => p.unit,
  );
  const heads = new Map<UnitDraft, PositionDraft>();
  for (const [unit, list] of tops) {
    let titled = list.length === 1 ? list : list.filter((p) => HEAD_TITLE.test(p.name.trim()));
    // «Генеральный директор» over the other directors of the same unit.
    if (titled.length > 1) titled = titled.filter((p) => TOP_TITLE.test(p.name.trim()));
    if (titled.length === 1 && titled[0]) heads.set(unit, titled[0]);
  }
  return heads;
}

/** Every position reports to its unit's head; a head to the head of the nearest unit above that has one. */
function managersFromTree(positions: readonly PositionDraft[], heads: ReadonlyMap<UnitDraft, PositionDraft>): void {
  for (const position of positions) {
    const own = heads.get(position.unit);
    if (own && own !== position) {
      position.manager = own;
      continue;
    }
    if (own !== position) continue;
    for (let up = position.unit.parent; up; up = up.parent) {
      const head = heads.get(up);
      if (head) {
        position.manager = head;
        break;
      }
    }
  }
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Parents before children, depth first, siblings in the order they were named. */
function treeOrder(units: readonly UnitDraft[]): UnitDraft[] {
  const children = groupBy(units, (u) => u.parent);
  const ordered: UnitDraft[] = [];
  const visit = (parent: UnitDraft | undefined) => {
    for (const child of children.get(parent) ?? []) {
      ordered.push(child);
      visit(child);
    }
  };
  visit(undefined);
  return ordered;
}
