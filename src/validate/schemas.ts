import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { Kind } from "../load/source.js";

/** The folder of JSON Schemas shipped with procspec (next to `src/` and `dist/`). */
export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "schemas");

/** The schema file of each document kind and of `procspec.yaml`. */
export const schemaFileOfKind: Record<Kind | "Config", string> = {
  Config: "procspec.schema.json",
  Organization: "organization.schema.json",
  Unit: "unit.schema.json",
  Position: "position.schema.json",
  Process: "process.schema.json",
  Instruction: "instruction.schema.json",
  System: "system.schema.json",
  Assessment: "assessment.schema.json",
};

export type SchemaValidators = Record<Kind | "Config", ValidateFunction>;

let cached: SchemaValidators | undefined;

/** Compiles every schema once per process: compiling is the expensive part, validating is cheap. */
export function schemaValidators(): SchemaValidators {
  if (cached) return cached;
  // verbose: errors carry their parentSchema, which the message rewriter needs (known keys, the id pattern).
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  for (const file of ["common.schema.json", "step.schema.json", ...Object.values(schemaFileOfKind)]) {
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")) as object);
  }
  const get = (file: string): ValidateFunction => {
    const fn = ajv.getSchema(`https://procspec.dev/schemas/${file}`);
    if (!fn) throw new Error(`schema ${file} is missing from ${SCHEMA_DIR}`);
    return fn;
  };
  cached = {
    Config: get(schemaFileOfKind.Config),
    Organization: get(schemaFileOfKind.Organization),
    Unit: get(schemaFileOfKind.Unit),
    Position: get(schemaFileOfKind.Position),
    Process: get(schemaFileOfKind.Process),
    Instruction: get(schemaFileOfKind.Instruction),
    System: get(schemaFileOfKind.System),
    Assessment: get(schemaFileOfKind.Assessment),
  };
  return cached;
}

let textLists: ReadonlySet<string> | undefined;

/**
 * Keys whose value is a list of free text (`functions`, `goals`, `values`, …), read from the schemas: every
 * property whose schema is `textList`. Lists of ids are never among them.
 */
export function textListKeys(): ReadonlySet<string> {
  if (textLists) return textLists;
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const properties = (node as { properties?: unknown }).properties;
    if (typeof properties === "object" && properties !== null) {
      for (const [key, schema] of Object.entries(properties)) {
        const ref = (schema as { $ref?: unknown }).$ref;
        if (typeof ref === "string" && ref.endsWith("/$defs/textList")) keys.add(key);
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  for (const file of readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".schema.json"))
    .sort()) {
    if (file === "model.schema.json") continue; // the compiled model's schema, not a spec format
    visit(JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")));
  }
  textLists = keys;
  return keys;
}
