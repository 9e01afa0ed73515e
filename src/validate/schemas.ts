import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import type { Kind } from "../load/source.js";
import * as compiled from "./generated/schema-validators.js";
import { SCHEMA_DIR } from "./schema-files.js";

export { SCHEMA_DIR, schemaFileOfKind } from "./schema-files.js";

export type SchemaValidators = Record<Kind | "Config", ValidateFunction>;

/**
 * The schemas' validators, compiled ahead of time by ajv (scripts/schema-code.ts): compiling them at start-up cost
 * more than checking a small project.
 */
export function schemaValidators(): SchemaValidators {
  return compiled as unknown as SchemaValidators;
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
