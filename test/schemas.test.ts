import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const SCHEMAS = join(dirname(fileURLToPath(import.meta.url)), "..", "schemas");
const BASE = "https://procspec.dev/schemas/";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// The schemas of what a consultant writes; model.schema.json describes procspec's output and is tested with it.
const files = readdirSync(SCHEMAS)
  .filter((f) => f.endsWith(".schema.json") && f !== "model.schema.json")
  .sort();
const schemas = new Map<string, JsonObject>(
  files.map((f) => [f, JSON.parse(readFileSync(join(SCHEMAS, f), "utf8")) as JsonObject]),
);

function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  for (const schema of schemas.values()) ajv.addSchema(schema);
  return ajv;
}

const ajv = makeAjv();
function validator(file: string): ValidateFunction {
  const v = ajv.getSchema(BASE + file);
  if (!v) throw new Error(`schema ${file} is not registered`);
  return v;
}
const spec = validator("spec.schema.json");
const processSchema = validator("process.schema.json");
const unitSchema = validator("unit.schema.json");
const positionSchema = validator("position.schema.json");
const organizationSchema = validator("organization.schema.json");
const config = validator("procspec.schema.json");

/** Validates and returns the errors (empty when valid). */
function errorsOf(v: ValidateFunction, data: unknown): ErrorObject[] {
  return v(data) ? [] : [...(v.errors ?? [])];
}
function isObject(x: Json | undefined): x is JsonObject {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Every schema object in a file, with its JSON pointer and the schema it sits in. */
function* walk(
  node: Json,
  pointer: string,
  parent: JsonObject | undefined,
): Generator<{ node: JsonObject; pointer: string; parent: JsonObject | undefined }> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* walk(child, `${pointer}/${i}`, parent);
    return;
  }
  if (!isObject(node)) return;
  yield { node, pointer, parent };
  for (const [key, child] of Object.entries(node)) {
    if (key === "examples" || key === "default" || key === "const" || key === "enum") continue;
    yield* walk(child, `${pointer}/${key}`, node);
  }
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /[A-Za-z]/;

describe("the schemas themselves", () => {
  it("include the config, the editor entry point, the common definitions and one schema per kind", () => {
    expect(files).toEqual([
      "assessment.schema.json",
      "common.schema.json",
      "instruction.schema.json",
      "organization.schema.json",
      "position.schema.json",
      "process.schema.json",
      "procspec.schema.json",
      "spec.schema.json",
      "step.schema.json",
      "system.schema.json",
      "unit.schema.json",
    ]);
  });

  it.each(files)("%s is draft 2020-12 with its procspec.dev $id and compiles under ajv strict mode", (file) => {
    const schema = schemas.get(file);
    expect(schema?.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema?.$id).toBe(BASE + file);
    expect(() => makeAjv().getSchema(BASE + file)).not.toThrow();
    expect(validator(file)).toBeTypeOf("function");
  });

  it.each(files)("every property and definition in %s has a title and a Russian-then-English description", (file) => {
    const problems: string[] = [];
    for (const { node, pointer } of walk(schemas.get(file) ?? {}, "#", undefined)) {
      // `if` conditions of the kind dispatcher are tests, not something an editor shows.
      if (pointer.includes("/if")) continue;
      const documented: [string, Json][] = [];
      if (isObject(node.properties)) {
        for (const [name, prop] of Object.entries(node.properties))
          documented.push([`${pointer}/properties/${name}`, prop]);
      }
      if (isObject(node.$defs)) {
        for (const [name, def] of Object.entries(node.$defs)) documented.push([`${pointer}/$defs/${name}`, def]);
      }
      for (const [where, prop] of documented) {
        // `{ properties: { position: true }, required: ["position"] }` inside oneOf only marks a
        // property that the enclosing schema documents (ajv strictRequired needs it).
        if (prop === true) continue;
        if (!isObject(prop)) {
          problems.push(`${where}: not a schema object`);
          continue;
        }
        if (typeof prop.title !== "string" || prop.title.length === 0) problems.push(`${where}: no title`);
        const description = prop.description;
        if (typeof description !== "string") {
          problems.push(`${where}: no description`);
          continue;
        }
        const lines = description.split("\n");
        const ru = lines[0] ?? "";
        const en = lines.slice(1).join("\n");
        if (!CYRILLIC.test(ru)) problems.push(`${where}: the description does not start in Russian`);
        if (!LATIN.test(en) || CYRILLIC.test(en)) problems.push(`${where}: no English line after the Russian one`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(files)("a marker property inside oneOf in %s is documented by the enclosing schema", (file) => {
    const problems: string[] = [];
    for (const { node, pointer } of walk(schemas.get(file) ?? {}, "#", undefined)) {
      if (!Array.isArray(node.oneOf)) continue;
      const documented = isObject(node.properties) ? node.properties : {};
      for (const branch of node.oneOf) {
        if (!isObject(branch) || !isObject(branch.properties)) continue;
        for (const name of Object.keys(branch.properties)) {
          if (!isObject(documented[name])) problems.push(`${pointer}/oneOf: ${name} is not documented`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(files)("every object with properties in %s rejects unknown keys, so typos are caught", (file) => {
    const open: string[] = [];
    for (const { node, pointer, parent } of walk(schemas.get(file) ?? {}, "#", undefined)) {
      if (!isObject(node.properties)) continue;
      const isOneOfMarker = parent !== undefined && Array.isArray(parent.oneOf);
      // `if`/`then`/`else` only say which keys a variant requires; the keys themselves are closed by the node.
      const isConditionalMarker = /\/(if|then|else)$/.test(pointer);
      const isDispatcher = file === "spec.schema.json" && (pointer === "#" || pointer.includes("/if"));
      if (isOneOfMarker || isConditionalMarker || isDispatcher) continue;
      if (node.additionalProperties !== false && !isObject(node.additionalProperties)) open.push(pointer);
    }
    expect(open).toEqual([]);
  });

  it("common.schema.json defines the shared building blocks", () => {
    const defs = schemas.get("common.schema.json")?.$defs;
    expect(Object.keys(isObject(defs) ? defs : {})).toEqual([
      "id",
      "text",
      "textList",
      "party",
      "client",
      "result",
      "indicator",
      "resource",
      "competencies",
      "executor",
      "kpiValue",
      "kpiPeriod",
    ]);
  });
});

describe("a draft spec loads: only kind, id and name are required", () => {
  it.each([
    ["Process", processSchema, { kind: "Process", id: "vehicle-intake", name: "Приём автомобиля от клиента" }],
    ["Unit", unitSchema, { kind: "Unit", id: "car-service", name: "Автосервис" }],
    ["Position", positionSchema, { kind: "Position", id: "service-advisor", name: "Мастер-приёмщик" }],
    ["Organization", organizationSchema, { kind: "Organization", id: "autoparts", name: "ООО «Автозапчасти»" }],
  ] as const)("a minimal %s passes its own schema and the editor schema", (_kind, v, doc) => {
    expect(errorsOf(v, doc)).toEqual([]);
    expect(errorsOf(spec, doc)).toEqual([]);
  });

  it("a minimal procspec.yaml (just the language) passes", () => {
    expect(errorsOf(config, { lang: "ru" })).toEqual([]);
  });

  it.each(["Process", "Unit", "Position", "Organization"])("a %s without a name is rejected", (kind) => {
    const errors = errorsOf(spec, { kind, id: "x" });
    expect(errors).toContainEqual(
      expect.objectContaining({ keyword: "required", params: { missingProperty: "name" } }),
    );
  });
});

describe("the examples of DESIGN.md §1 pass as written in YAML", () => {
  const design = [
    `
kind: Organization
id: autoparts
name: ООО «Автозапчасти»
strategy:
  clients: [Владельцы автомобилей в регионе]
  clientValues: [Быстрый и предсказуемый ремонт]
  advantages: [Собственный склад запчастей]
values: [Клиент прежде всего, Честность]
`,
    `
kind: Unit
id: car-service
name: Автосервис
parent: service-network
head: service-manager
functions: [Ремонт и обслуживание автомобилей клиентов]
`,
    `
kind: Position
id: service-advisor
name: Мастер-приёмщик
unit: car-service
reportsTo: service-manager
headcount: 2
generalKnowledge: [Устройство автомобиля]
responsibilities:
  - Лояльность автовладельцев
profstandard:
  code: "31.004"
  title: Специалист по мехатронным системам автомобиля
  function: B
  level: 5
values: []
`,
    `
kind: Process
id: vehicle-intake
code: "2.1"
name: Приём автомобиля от клиента
parent: car-service-delivery
description: >-
  Мастер-приёмщик встречает клиента, осматривает автомобиль вместе с ним. Оформляет наряд-заказ.
owner: service-manager
clients:
  - external: Автовладелец
    goals: [Автомобиль принят быстро, клиент знает стоимость и срок ремонта]
  - position: mechanic
    goals: [Получить понятный и полный наряд-заказ]
  - company: true
    goals: [Лояльные клиенты, дополнительные продажи]
results:
  - name: Наряд-заказ
    to: [mechanic]
  - name: Дефектная карта
indicators:
  - name: Удовлетворённость клиента приёмкой
    measure: Телефонный опрос; число жалоб и благодарностей
    type: quality
    target: "≥ 4,5 из 5"
resources:
  - name: Запись клиентов на ремонт
    type: consumable
    from: { position: dispatcher }
  - name: Компьютер и учётная программа
    type: renewable
    from: { unit: it-service }
executors:
  - position: service-advisor
    functions: [Встречает клиента и выясняет причину обращения, Оформляет наряд-заказ]
    competencies:
      knowledge: [Устройство автомобиля, Прайс-лист на работы]
      skills: [Работа в учётной программе, Ведение переговоров]
      qualities: [Доброжелательность, Стрессоустойчивость]
  - role: Консультант по гарантии
    functions: [Проверяет гарантийный статус]
`,
  ];
  it.each(design.map((src) => [String(parse(src).kind), src]))("the %s example passes", (_kind, src) => {
    expect(errorsOf(spec, parse(src))).toEqual([]);
  });

  it("the procspec.yaml example passes, with its unquoted date read as a string", () => {
    const doc = parse(`
lang: ru
include: ["**/*.yaml"]
rules:
  description-length: warn
documents:
  approvedBy: Генеральный директор
  version: "1.0"
  date: 2026-12-01
diagrams:
  chromium: /usr/bin/chromium
`);
    expect(errorsOf(config, doc)).toEqual([]);
  });
});

describe("schema errors a consultant will make", () => {
  const process = { kind: "Process", id: "vehicle-intake", name: "Приём автомобиля от клиента" };

  it("a process with a typo in `owner` is rejected, naming the unknown key", () => {
    for (const v of [processSchema, spec]) {
      expect(errorsOf(v, { ...process, ownr: "service-manager" })).toContainEqual(
        expect.objectContaining({ keyword: "additionalProperties", params: { additionalProperty: "ownr" } }),
      );
    }
  });

  it("a typo deep inside a process (`goal` for `goals` of a client) is rejected", () => {
    const errors = errorsOf(spec, { ...process, clients: [{ external: "Автовладелец", goal: ["Быстро"] }] });
    expect(errors).toContainEqual(
      expect.objectContaining({ instancePath: "/clients/0", params: { additionalProperty: "goal" } }),
    );
  });

  it("an indicator of an unknown type (`quality2`) is rejected with the allowed values", () => {
    const errors = errorsOf(spec, { ...process, indicators: [{ name: "Удовлетворённость", type: "quality2" }] });
    expect(errors).toContainEqual(
      expect.objectContaining({
        instancePath: "/indicators/0/type",
        keyword: "enum",
        params: { allowedValues: ["effectiveness", "efficiency", "quality", "productivity"] },
      }),
    );
  });

  it("a resource that is neither consumable nor renewable is rejected", () => {
    const errors = errorsOf(spec, { ...process, resources: [{ name: "Деньги", type: "money" }] });
    expect(errors).toContainEqual(expect.objectContaining({ instancePath: "/resources/0/type", keyword: "enum" }));
  });

  it.each(["Vehicle Intake", "приём", "Bad", "vehicle--intake", "-intake", "intake-", "2-intake", "a".repeat(65)])(
    "the id %j is rejected: ids are lowercase Latin kebab-case",
    (id) => {
      expect(errorsOf(spec, { ...process, id })).toContainEqual(
        expect.objectContaining({ instancePath: "/id", keyword: expect.stringMatching(/^(pattern|maxLength)$/) }),
      );
    },
  );

  it("an owner written as a person's name instead of a position id is rejected", () => {
    expect(errorsOf(spec, { ...process, owner: "Иванов И. И." })).toContainEqual(
      expect.objectContaining({ instancePath: "/owner", keyword: "pattern" }),
    );
  });

  it("a client that is both a position and a unit is rejected: a party is exactly one of its kinds", () => {
    const errors = errorsOf(spec, {
      ...process,
      clients: [{ position: "mechanic", unit: "car-service", goals: ["Понятный наряд-заказ"] }],
    });
    expect(errors).toContainEqual(
      expect.objectContaining({ instancePath: "/clients/0", keyword: "oneOf", params: { passingSchemas: [0, 1] } }),
    );
  });

  it("a supplier that is both external and the company is rejected", () => {
    const errors = errorsOf(spec, {
      ...process,
      resources: [{ name: "Запчасти", from: { external: "Поставщик", company: true } }],
    });
    expect(errors).toContainEqual(expect.objectContaining({ instancePath: "/resources/0/from", keyword: "oneOf" }));
  });

  it("a party with only a display name, or with `company: false`, names nobody and is rejected", () => {
    expect(errorsOf(spec, { ...process, resources: [{ name: "Запчасти", from: { name: "Склад" } }] })).toContainEqual(
      expect.objectContaining({ instancePath: "/resources/0/from", keyword: "oneOf" }),
    );
    expect(errorsOf(spec, { ...process, clients: [{ company: false, goals: ["Выручка"] }] })).toContainEqual(
      expect.objectContaining({ instancePath: "/clients/0/company", keyword: "const" }),
    );
  });

  it("an executor must be either a position or a provisional role, not both and not neither", () => {
    const both = errorsOf(spec, { ...process, executors: [{ position: "service-advisor", role: "Приёмщик" }] });
    const neither = errorsOf(spec, { ...process, executors: [{ functions: ["Оформляет наряд-заказ"] }] });
    for (const errors of [both, neither]) {
      expect(errors).toContainEqual(expect.objectContaining({ instancePath: "/executors/0", keyword: "oneOf" }));
    }
  });

  it("a result or an indicator without a name is rejected", () => {
    const errors = errorsOf(spec, { ...process, results: [{ to: ["mechanic"] }], indicators: [{ measure: "Опрос" }] });
    expect(errors).toContainEqual(expect.objectContaining({ instancePath: "/results/0", keyword: "required" }));
    expect(errors).toContainEqual(expect.objectContaining({ instancePath: "/indicators/0", keyword: "required" }));
  });

  it("an unquoted process code that YAML reads as a number is rejected (quote it)", () => {
    expect(errorsOf(spec, parse(`kind: Process\nid: a\nname: A\ncode: 2.1\n`))).toContainEqual(
      expect.objectContaining({ instancePath: "/code", keyword: "type" }),
    );
  });

  it("a headcount of zero, a qualification level outside 1–9, or a standard without a code is rejected", () => {
    const position = { kind: "Position", id: "service-advisor", name: "Мастер-приёмщик" };
    expect(errorsOf(spec, { ...position, headcount: 0 })).toContainEqual(
      expect.objectContaining({ instancePath: "/headcount", keyword: "minimum" }),
    );
    expect(errorsOf(spec, { ...position, profstandard: { code: "31.004", level: 10 } })).toContainEqual(
      expect.objectContaining({ instancePath: "/profstandard/level", keyword: "maximum" }),
    );
    expect(errorsOf(spec, { ...position, profstandard: { title: "Специалист" } })).toContainEqual(
      expect.objectContaining({ instancePath: "/profstandard", params: { missingProperty: "code" } }),
    );
  });

  it("a unit with process keys is rejected: each kind has its own keys", () => {
    expect(errorsOf(spec, { kind: "Unit", id: "car-service", name: "Автосервис", owner: "x" })).toContainEqual(
      expect.objectContaining({ params: { additionalProperty: "owner" } }),
    );
  });

  it("a misspelt kind (`Proces`) is rejected with the list of kinds", () => {
    expect(errorsOf(spec, { ...process, kind: "Proces" })).toContainEqual(
      expect.objectContaining({
        instancePath: "/kind",
        keyword: "enum",
        params: {
          allowedValues: ["Organization", "Unit", "Position", "Process", "Instruction", "System", "Assessment"],
        },
      }),
    );
  });
});

describe("procspec.yaml mistakes", () => {
  it("an unknown language is rejected", () => {
    expect(errorsOf(config, { lang: "de" })).toContainEqual(
      expect.objectContaining({ instancePath: "/lang", keyword: "enum" }),
    );
  });

  it("a severity other than error, warn, info, off is rejected, for known and other rule ids alike", () => {
    expect(errorsOf(config, { lang: "ru", rules: { "description-length": "warning" } })).toContainEqual(
      expect.objectContaining({ instancePath: "/rules/description-length", keyword: "enum" }),
    );
    expect(errorsOf(config, { lang: "ru", rules: { "some-future-rule": "loud" } })).toContainEqual(
      expect.objectContaining({ instancePath: "/rules/some-future-rule", keyword: "enum" }),
    );
    expect(errorsOf(config, { lang: "ru", rules: { "some-future-rule": "off" } })).toEqual([]);
  });

  it("a rule id not written as a rule id (`Description_Length`) is rejected", () => {
    expect(errorsOf(config, { lang: "ru", rules: { Description_Length: "warn" } })).toContainEqual(
      expect.objectContaining({ keyword: "pattern", propertyName: "Description_Length" }),
    );
  });

  it("a typo in a key (`documnets`) and a date not written as YYYY-MM-DD are rejected", () => {
    expect(errorsOf(config, { lang: "ru", documnets: {} })).toContainEqual(
      expect.objectContaining({ params: { additionalProperty: "documnets" } }),
    );
    expect(errorsOf(config, { lang: "ru", documents: { date: "01.12.2026" } })).toContainEqual(
      expect.objectContaining({ instancePath: "/documents/date", keyword: "pattern" }),
    );
  });
});
