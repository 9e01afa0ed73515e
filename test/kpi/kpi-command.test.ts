import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/load/csv.js";
import { loadProject } from "../../src/load/project.js";
import { validateProject } from "../../src/validate/validate.js";
import { REPO } from "../helpers/cli.js";
import { runMain } from "../helpers/in-process.js";

const example = join(REPO, "examples", "car-service-ru");
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "procspec-kpi-"));
  cpSync(example, project, { recursive: true });
});

function facts(name: string, text: string): string {
  const path = join(project, name);
  writeFileSync(path, text);
  return path;
}

describe("procspec kpi FACTS.csv", () => {
  it("prints each position's weighted result and the bonus earned from the example's facts", async () => {
    const { code, out, err } = await runMain("kpi", join(example, "kpi-facts.csv"));
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("## Мастер-приёмщик — 2026-11");
    // 30·100 + 20·60 + 20·70 + 15·100 + 15·20 = 74 %; of a 30 % bonus share, 22,2 % of pay.
    expect(out).toContain("| 3 | Средний чек | 20 | 8 000 руб. | не менее 9 000 руб. | 8\u00a0700 | 70 % | 14 % |");
    expect(out).toContain("**Итоговое выполнение карты:** 74 %");
    expect(out).toContain("**Заработанная доля дохода:** 22,2 % (30 % × 74 %)");
    for (const position of ["Автослесарь", "Менеджер по развитию сети СТО", "Руководитель автосервиса"])
      expect(out).toContain(`## ${position} — 2026-11`);
  });

  it("names the CSV line of a value that is not a number, and exits 1", async () => {
    const csv = readFileSync(join(example, "kpi-facts.csv"), "utf8").replace(
      'mechanic,rework,2026-11,"2,5"',
      "mechanic,rework,2026-11,abc",
    );
    const { code, err } = await runMain("kpi", facts("abc.csv", csv));
    expect(code).toBe(1);
    expect(err).toContain("abc.csv:14:1  ошибка  значение `abc` — не число  kpi-facts");
  });

  it("reports an unknown position, an unknown KPI (did you mean) and a duplicate at their lines", async () => {
    const csv = [
      "position;kpi;period;value",
      "service-advisr;average-bill;2026-11;1",
      "service-advisor;average-bil;2026-11;1",
      "service-advisor;average-bill;2026-11;8 700",
      "service-advisor;Средний чек;2026-11;8 800",
      "dispatcher;average-bill;2026-11;1",
    ].join("\r\n");
    const { code, err } = await runMain("kpi", facts("bad.csv", `\ufeff${csv}`));
    expect(code).toBe(1);
    expect(err).toContain(
      "bad.csv:2:1  ошибка  в проекте нет должности `service-advisr` — возможно, имелось в виду `service-advisor`?",
    );
    expect(err).toContain(
      "bad.csv:3:1  ошибка  в карте KPI должности «Мастер-приёмщик» нет показателя `average-bil` — возможно, имелось в виду `average-bill`?",
    );
    expect(err).toContain(
      "bad.csv:5:1  ошибка  второе значение `Средний чек` для «Мастер-приёмщик» за 2026-11; первое — в строке 4",
    );
    expect(err).toContain("bad.csv:6:1  ошибка  у должности «Диспетчер автосервиса» нет карты KPI (`kpis`)");
  });

  it("computes nothing from a card with errors: weights of 95 are one error at that card", async () => {
    const file = join(project, "positions", "service-advisor.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(
      file,
      original.replace("indicator: on-time-handover, weight: 15", "indicator: on-time-handover, weight: 10"),
    );
    try {
      const errors = validateProject(loadProject(project)).diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => `${d.file} ${d.code}`)).toEqual(["positions/service-advisor.yaml kpi-weights"]);
      expect(errors[0]?.message).toBe("веса в карте KPI должности «Мастер-приёмщик» дают в сумме 95, а не 100");
      const { code, out, err } = await runMain("kpi", join(project, "kpi-facts.csv"), "--period", "2026-11");
      expect(code).toBe(1);
      expect(err).toContain("kpi-weights");
      expect(out).toMatch(/## Мастер-приёмщик — 2026-11\n\nне рассчитана: в карте есть ошибки/);
      expect(out).toContain("**Заработанная доля дохода:** 20 % (25 % × 80 %)");
    } finally {
      writeFileSync(file, original);
    }
  });

  it("keeps only the rows of --period", async () => {
    const csv = "position,kpi,period,value\nmechanic,rework,2026-10,1\nmechanic,rework,2026-11,3\n";
    const { out } = await runMain("kpi", facts("two.csv", csv), "--period", "2026-10");
    expect(out).toContain("## Автослесарь — 2026-10");
    expect(out).not.toContain("2026-11");
  });
});

describe("reading a CSV as spreadsheets export it", () => {
  it("takes `;` and a BOM, keeps quoted delimiters, and knows each row's line", () => {
    const table = readCsv(
      '\ufeffPosition;KPI;Period;Value\n\na;"b;c";2026-11;"4,6"\n',
      "f.csv",
      ["position", "kpi"],
      "en",
    );
    expect(table.diagnostics).toEqual([]);
    expect(table.rows).toEqual([
      { line: 3, cells: { position: "a", kpi: "b;c", period: "2026-11", value: "4,6" }, fields: 4 },
    ]);
  });

  it("says which columns the header lacks, at line 1", () => {
    const table = readCsv("position,value\nx,1\n", "f.csv", ["position", "kpi", "value"], "en");
    expect(table.diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual([
      "1 the header row must name the columns position, kpi, value; missing: kpi",
    ]);
  });

  it("turns a broken quote into a diagnostic, not a stack trace", () => {
    const table = readCsv('position,kpi\na,"b\n', "f.csv", ["position", "kpi"], "en");
    expect(table.diagnostics[0]?.code).toBe("csv-syntax");
  });
});
