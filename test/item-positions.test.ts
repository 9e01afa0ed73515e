/**
 * Every string of a list keeps the line it is written on: diagnostics about one item and `--trace` rows point
 * there, not at the element the list belongs to — in block and flow lists, with LF, CRLF and a byte-order mark.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitMarkdown } from "../src/emit/markdown/index.js";
import { loadProjectFromFiles, type SourceFile } from "../src/load/project.js";
import type { SourceRef } from "../src/load/source.js";
import type { Model } from "../src/model/types.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";
import { compileExample } from "./helpers/documents.js";

const config = new TextEncoder().encode("lang: ru\n");

/**
 * A process whose 40th line is a goal equal to a result, after a blank goal (which the model drops) and with flow
 * lists beside block lists; `#item:<name>` marks the line each string is written on.
 */
const PROCESS = [
  "kind: Process",
  "id: intake",
  "name: Приём автомобиля",
  "owner: manager",
  "description: >-",
  "  Мастер встречает клиента и оформляет наряд-заказ. Затем он осматривает автомобиль.",
  ...Array.from({ length: 21 }, (_, i) => `# строка пояснения ${i + 1}`),
  "results:",
  "  - name: Наряд-заказ",
  "  - name: Дефектная карта",
  "indicators:",
  "  - name: Удовлетворённость",
  "    measure: Опрос",
  "clients:",
  "  - company: true",
  "    goals: [Лояльные клиенты, Дефектная карта] #item:flow-goal",
  "  - external: Автовладелец",
  "    goals:",
  '      - "  "',
  "      - Наряд-заказ #item:block-goal",
  "executors:",
  "  - position: manager",
  "    functions:",
  "      - Принимает автомобиль #item:function",
  "    competencies:",
  "      knowledge: [Устройство автомобиля, Прайс-лист] #item:knowledge",
  "      skills:",
  "        - Переговоры #item:skill",
  "      qualities: [Доброжелательность, внимательность] #item:quality",
  "resources:",
  "  - name: Компьютер",
  "    from: { external: Поставщик }",
].join("\n");

const UNITS = [
  "kind: Unit",
  "id: service",
  "name: Сервис",
  "head: manager",
  "functions: [Ремонт автомобилей, Закупка запчастей] #item:flow-function",
  "---",
  "kind: Unit",
  "id: store",
  "name: Склад",
  "parent: service",
  "head: keeper",
  "functions:",
  "  - Хранение запчастей",
  "  - закупка  ЗАПЧАСТЕЙ #item:block-function",
  "---",
  "kind: Position",
  "id: manager",
  "name: Мастер",
  "unit: service",
  "generalKnowledge:",
  "  - Охрана труда #item:general",
  "---",
  "kind: Position",
  "id: keeper",
  "name: Кладовщик",
  "unit: store",
  "reportsTo: manager",
  "---",
  "kind: Organization",
  "id: autoparts",
  "name: Автозапчасти",
  "values: [Честность] #item:value",
].join("\n");

type Flavour = "LF" | "CRLF" | "BOM+CRLF";

function project(flavour: Flavour) {
  const bytes = (text: string): Uint8Array => {
    const lines = flavour === "LF" ? text : text.replace(/\n/g, "\r\n");
    const encoded = new TextEncoder().encode(lines);
    return flavour === "BOM+CRLF" ? new Uint8Array([0xef, 0xbb, 0xbf, ...encoded]) : encoded;
  };
  const files: SourceFile[] = [
    { path: "intake.yaml", bytes: bytes(PROCESS) },
    { path: "structure.yaml", bytes: bytes(UNITS) },
  ];
  return validateProject(loadProjectFromFiles("/virtual", config, files));
}

/** The 1-based line of `#item:<name>` in a fixture text. */
function lineOf(text: string, name: string): number {
  const index = text.split("\n").findIndex((l) => l.endsWith(`#item:${name}`));
  if (index < 0) throw new Error(`no #item:${name}`);
  return index + 1;
}

/** `line:column` where `words` start on the line marked `#item:<name>`. */
function placeOf(text: string, name: string, words: string): string {
  const line = lineOf(text, name);
  return `${line}:${(text.split("\n")[line - 1] ?? "").indexOf(words) + 1}`;
}

describe.each<Flavour>(["LF", "CRLF", "BOM+CRLF"])("list items in a %s file", (flavour) => {
  const { diagnostics, compiled } = project(flavour);
  const at = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => `${d.file}:${d.line}:${d.column}`);

  it("goal-equals-result points at the goal — the 40th line of the process, past a blank goal", () => {
    expect(lineOf(PROCESS, "block-goal")).toBe(40);
    expect(at("goal-equals-result")).toEqual([
      `intake.yaml:${placeOf(PROCESS, "flow-goal", "Дефектная карта")}`,
      "intake.yaml:40:9",
    ]);
  });

  it("duplicate-function points at the function in the later unit, and its related place at the first", () => {
    const found = diagnostics.filter((d) => d.code === "duplicate-function");
    expect(found.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      `structure.yaml:${placeOf(UNITS, "block-function", "закупка")}`,
    ]);
    expect(found[0]?.related?.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual([
      `structure.yaml:${placeOf(UNITS, "flow-function", "Закупка")}`,
    ]);
  });

  it("every diagnostic about one string of a list is on that string's line", () => {
    const item = /\/(goals|functions|knowledge|skills|qualities|generalKnowledge|responsibilities|values)\/\d+$/;
    const aboutItems = diagnostics.filter((d) => item.test(d.pointer));
    expect(new Set(aboutItems.map((d) => d.code))).toEqual(
      new Set(["goal-equals-result", "duplicate-function", "cut-phrase"]),
    );
    for (const d of aboutItems) {
      const text = d.file === "intake.yaml" ? PROCESS : UNITS;
      expect(text.split("\n")[d.line - 1], `${d.code} ${d.pointer}`).toMatch(/#item:/);
    }
  });

  it("the model gives every string its own line, with its index as written", () => {
    const { model } = compiled;
    const intake = model.processes[0];
    const [company, owner] = intake?.clients ?? [];
    expect(company?.goalSources.map((s) => s.line)).toEqual([
      lineOf(PROCESS, "flow-goal"),
      lineOf(PROCESS, "flow-goal"),
    ]);
    expect(owner?.goals).toEqual(["Наряд-заказ"]);
    expect(owner?.goalSources.map((s) => `${s.line} ${s.pointer}`)).toEqual(["40 /clients/1/goals/1"]);
    const executor = intake?.executors[0];
    expect(executor?.functionSources.map((s) => s.line)).toEqual([lineOf(PROCESS, "function")]);
    expect(executor?.competencySources?.knowledge.map((s) => s.line)).toEqual([
      lineOf(PROCESS, "knowledge"),
      lineOf(PROCESS, "knowledge"),
    ]);
    expect(executor?.competencySources?.skills.map((s) => s.line)).toEqual([lineOf(PROCESS, "skill")]);
    const manager = model.positions.find((p) => p.id === "manager");
    expect(manager?.generalKnowledgeSources.map((s) => s.line)).toEqual([lineOf(UNITS, "general")]);
    expect(model.organization?.valueSources.map((s) => s.line)).toEqual([lineOf(UNITS, "value")]);
  });

  it("--trace cites the line of each function, knowledge item and value in the profile", () => {
    const { model, index } = compiled;
    const files = emitMarkdown(model, index, { lang: "ru", trace: true });
    const profile = files.find((f) => f.path === "positions/manager/profile.md")?.content ?? "";
    expect(profile).toContain(`Принимает автомобиль \`intake.yaml:${lineOf(PROCESS, "function")}\``);
    expect(profile).toContain(`Переговоры \`intake.yaml:${lineOf(PROCESS, "skill")}\``);
    expect(profile).toContain(`Охрана труда \`structure.yaml:${lineOf(UNITS, "general")}\``);
    expect(profile).toContain(`Честность \`structure.yaml:${lineOf(UNITS, "value")}\``);
    const unit = files.find((f) => f.path.endsWith("units/store.md"))?.content ?? "";
    expect(unit).toContain(`закупка  ЗАПЧАСТЕЙ \`structure.yaml:${lineOf(UNITS, "block-function")}\``);
  });
});

/** Each source names a line whose text holds the string (or, for a folded string, the line where it starts). */
function misplaced(model: Model, root: string): string[] {
  const files = new Map<string, string[]>();
  const lineText = (source: SourceRef) => {
    let lines = files.get(source.file);
    if (!lines) {
      lines = readFileSync(join(root, source.file), "utf8").split(/\r?\n/);
      files.set(source.file, lines);
    }
    return lines[source.line - 1] ?? "";
  };
  const out: string[] = [];
  const check = (texts: readonly string[], sources: readonly SourceRef[] | undefined) => {
    expect(sources?.length).toBe(texts.length);
    texts.forEach((text, i) => {
      const source = sources?.[i];
      const line = source ? lineText(source) : "";
      const start = text.trim().split(/\s+/).slice(0, 2).join(" ");
      if (!line.replace(/\s+/g, " ").includes(start) && !/[>|]-?\s*$/.test(line))
        out.push(`${source?.file}:${source?.line} «${text}»`);
    });
  };
  for (const p of model.processes) {
    for (const c of p.clients) check(c.goals, c.goalSources);
    for (const e of p.executors) {
      check(e.functions, e.functionSources);
      for (const key of ["knowledge", "skills", "qualities"] as const)
        check(e.competencies?.[key] ?? [], e.competencySources?.[key] ?? []);
    }
  }
  for (const p of model.positions) {
    check(p.generalKnowledge, p.generalKnowledgeSources);
    check(p.responsibilities, p.responsibilitySources);
    check(p.values ?? [], p.valueSources ?? []);
  }
  for (const u of model.units) check(u.functions, u.functionSources);
  const org = model.organization;
  if (org) {
    check(org.values, org.valueSources);
    for (const key of ["clients", "clientValues", "advantages"] as const)
      check(org.strategy[key], org.strategySources[key]);
  }
  return out;
}

describe.each(["car-service-ru", "trading-en"])("examples/%s", (name) => {
  it("every string of every list is traced to the line it is written on", () => {
    expect(misplaced(compileExample(name).model, join(REPO, "examples", name))).toEqual([]);
  });
});
