import { describe, expect, it } from "vitest";
import { contextMermaid, escapeLabel, orgChartMermaid, processMapMermaid } from "../src/emit/diagrams/mermaid.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";

/** A small car service in YAML: one level-1 process with two sub-processes, two units, three positions. */
const carServiceFiles: Record<string, string> = {
  "org.yaml": "kind: Organization\nid: autoparts\nname: ООО «Автозапчасти»\n",
  "units.yaml": `kind: Unit
id: management
name: Дирекция
head: director
functions: [Управление компанией]
---
kind: Unit
id: car-service
name: Автосервис
parent: management
head: service-manager
functions: [Ремонт автомобилей клиентов]
`,
  "positions.yaml": `kind: Position
id: director
name: Генеральный директор
unit: management
---
kind: Position
id: service-manager
name: Руководитель автосервиса
unit: car-service
reportsTo: director
---
kind: Position
id: service-advisor
name: Мастер-приёмщик
unit: car-service
reportsTo: service-manager
headcount: 2
`,
  "processes.yaml": `kind: Process
id: car-service-delivery
code: "2"
name: Обслуживание автомобилей
owner: service-manager
clients:
  - external: Автовладелец
    goals: [Исправный автомобиль]
---
kind: Process
id: vehicle-intake
code: "2.1"
name: Приём автомобиля
parent: car-service-delivery
owner: service-manager
clients:
  - external: Автовладелец
    goals: [Автомобиль принят быстро]
  - process: repair
    goals: [Понятный наряд-заказ]
results:
  - name: Наряд-заказ
    to: [repair]
  - name: Дефектная карта
resources:
  - name: Запись клиентов на ремонт
    from: { position: service-advisor }
  - name: Прайс-лист
    from: { external: Поставщик запчастей }
executors:
  - position: service-advisor
    functions: [Оформляет наряд-заказ]
---
kind: Process
id: repair
code: "2.2"
name: Ремонт автомобиля
parent: car-service-delivery
owner: service-manager
clients:
  - external: Автовладелец
    goals: [Автомобиль исправен]
results:
  - name: Отремонтированный автомобиль
`,
};

/** Compiles YAML files (name → text) into the model, as the build does. */
function compileFiles(files: Record<string, string>, lang: "ru" | "en" = "ru") {
  const encode = (text: string) => new TextEncoder().encode(text);
  const project = loadProjectFromFiles(
    "/spec",
    encode(`lang: ${lang}\n`),
    Object.entries(files).map(([path, text]) => ({ path, bytes: encode(text) })),
  );
  return compileModel(project);
}

const { model, index } = compileFiles(carServiceFiles);
const processById = (id: string) => {
  const process = index.processes.get(id);
  if (!process) throw new Error(`no process ${id}`);
  return process;
};

/** The node id Mermaid source gives to the element drawn with this label. */
function nodeId(source: string, text: string): string {
  const match = source.match(new RegExp(`^\\s*(?:subgraph )?([a-z]\\d+)\\s*[\\[(]+[/]?"${text}"`, "m"));
  if (!match?.[1]) throw new Error(`no node labelled ${text} in\n${source}`);
  return match[1];
}

describe("process map", () => {
  const source = processMapMermaid(model, index, "ru");

  it("draws a level-1 process with sub-processes as a group holding them, long names wrapped", () => {
    expect(source).toMatch(/^flowchart LR$/m);
    const group = source.indexOf('subgraph p0 ["2 Обслуживание<br>автомобилей"]');
    expect(group).toBeGreaterThan(0);
    const end = source.indexOf("\n  end", group);
    const body = source.slice(group, end);
    expect(body).toContain('"2.1 Приём<br>автомобиля"');
    expect(body).toContain('"2.2 Ремонт<br>автомобиля"');
  });

  it("links a process to the process its result goes to, the arrow named by the result; the group to its outside clients", () => {
    const intake = nodeId(source, "2.1 Приём<br>автомобиля");
    const repair = nodeId(source, "2.2 Ремонт<br>автомобиля");
    // The result addressed to repair, and the one addressed to no one, which goes to the client process repair.
    expect(source).toContain(`${intake} -->|"Наряд-заказ<br>Дефектная карта"| ${repair}`);
    const owner = nodeId(source, "Автовладелец");
    expect(source).toContain(`p0 --> ${owner}`);
    // The same outside client of three processes is drawn once, under the Russian legend word.
    expect(source.match(/"Автовладелец"/g)).toHaveLength(1);
    expect(source).toContain('["Клиенты"]');
  });

  it("is the same text every time", () => {
    expect(processMapMermaid(model, index, "ru")).toBe(source);
  });
});

describe("org chart", () => {
  const source = orgChartMermaid(model, index, "ru");

  it("nests units following the unit tree, the head first in each", () => {
    expect(source).toMatch(/^flowchart TB/m);
    const management = source.indexOf('["Дирекция"]');
    const carService = source.indexOf('["Автосервис"]');
    expect(management).toBeGreaterThan(0);
    expect(carService).toBeGreaterThan(management);
    const inCarService = source.slice(carService);
    expect(inCarService.indexOf("Руководитель автосервиса")).toBeLessThan(inCarService.indexOf("Мастер-приёмщик"));
    // Names wrap so a long title makes a box taller, not the chart wider; the headcount stays with the name.
    expect(source).toContain('"Мастер-приёмщик × 2"');
  });

  it("draws an arrow from each manager to whoever reports to them", () => {
    const director = nodeId(source, "Генеральный<br>директор");
    const manager = nodeId(source, "Руководитель<br>автосервиса");
    const advisor = nodeId(source, "Мастер-приёмщик × 2");
    expect(source).toContain(`${director} --> ${manager}`);
    expect(source).toContain(`${manager} --> ${advisor}`);
    expect(source).toMatch(new RegExp(`class .*\\b${manager}\\b.* head`));
  });
});

describe("context of a process", () => {
  const source = contextMermaid(processById("vehicle-intake"), index, "ru");

  it("reads suppliers → resources → process → results → clients", () => {
    const supplier = nodeId(source, "Мастер-приёмщик");
    const resource = nodeId(source, "Запись клиентов на ремонт");
    const result = nodeId(source, "Наряд-заказ");
    const client = nodeId(source, "Ремонт автомобиля");
    expect(source).toContain(`${supplier} --> ${resource}`);
    expect(source).toContain(`${result} --> ${client}`);
    for (const word of ["Поставщики", "Ресурсы", "Результаты", "Клиенты"]) expect(source).toContain(`["${word}"]`);
    expect(source).toContain('[["2.1 Приём автомобиля"]]');
  });

  it("uses English legend words in an English build", () => {
    const english = contextMermaid(processById("vehicle-intake"), index, "en");
    for (const word of ["Suppliers", "Resources", "Results", "Clients"]) expect(english).toContain(`["${word}"]`);
  });
});

describe("labels", () => {
  it("never let a name close the label, open a comment or a directive, or draw an arrow", () => {
    const escaped = escapeLabel('Приём "срочно" --> end %%{init}%% <script>alert(1)</script> #35; `x`');
    expect(escaped).not.toMatch(/"|-->|%%|<|>|#35;/);
    expect(escaped).toContain("“срочно”");
    expect(escaped).toContain("#lt;script#gt;");
  });

  it("cut a 300-character name without splitting an emoji", () => {
    const escaped = escapeLabel(`${"🚗".repeat(150)}${"я".repeat(150)}`);
    expect(Array.from(escaped)).toHaveLength(120);
    expect(escaped.endsWith("🚗…")).toBe(true);
  });

  it("keep node ids out of user text", () => {
    const hostile = compileFiles({
      ...carServiceFiles,
      "extra.yaml": `kind: Process
id: end
name: "end --> style"
clients: [{ external: "a\\"]; click p0 call x()", goals: [g] }]
`,
    });
    const source = processMapMermaid(hostile.model, hostile.index, "ru");
    expect(source).toContain("end --#gt; st\u2060yle");
    for (const line of source.trimEnd().split("\n").slice(3))
      expect(line).toMatch(/^\s*(subgraph [a-z]\d+ \[|[a-z]\d+[[(]|[a-z]\d+ -->(\|"[^"]*"\|)? [a-z]\d+$|end$)/);
  });
});
