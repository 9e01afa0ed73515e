/**
 * The validators procspec runs are compiled from schemas/ ahead of time (scripts/schema-code.ts): the committed
 * code must be exactly what the schemas give today, and must judge a document as a freshly compiled ajv does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { GENERATED, schemaCode } from "../scripts/schema-code.js";
import { SCHEMA_DIR, schemaFileOfKind, schemaId, VALIDATOR_OPTIONS } from "../src/validate/schema-files.js";
import { schemaValidators } from "../src/validate/schemas.js";

describe("precompiled schemas", () => {
  it("src/validate/generated is what scripts/schema-code.ts makes of schemas/ (run `npx tsx scripts/schema-code.ts`)", () => {
    expect(readFileSync(GENERATED, "utf8") === schemaCode()).toBe(true);
  });

  it("give the same errors as ajv compiling the schemas at run time", () => {
    const ajv = new Ajv2020(VALIDATOR_OPTIONS);
    for (const file of ["common.schema.json", "step.schema.json", ...Object.values(schemaFileOfKind)])
      ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")) as object);
    const process = { kind: "Process", id: "Bad Id", name: 3, titel: "x", clients: [{ goals: "g" }], steps: [{}] };
    const precompiled = schemaValidators().Process;
    const runtime = ajv.getSchema(schemaId(schemaFileOfKind.Process));
    expect(precompiled(process)).toBe(false);
    expect(runtime?.(process)).toBe(false);
    expect(precompiled.errors?.length).toBeGreaterThan(3);
    expect(JSON.stringify(precompiled.errors)).toBe(JSON.stringify(runtime?.errors));
  });
});
