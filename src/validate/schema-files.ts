import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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

export function schemaId(file: string): string {
  return `https://procspec.dev/schemas/${file}`;
}

/**
 * How ajv compiles the schemas (scripts/schema-code.ts, into src/validate/generated). verbose: errors carry their
 * parentSchema, which the message rewriter needs (known keys, the id pattern).
 */
export const VALIDATOR_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } as const;
