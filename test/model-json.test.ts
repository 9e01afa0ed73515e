import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { emitModelJson } from "../src/emit/json/model-json.js";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";

const schema = JSON.parse(readFileSync(join(REPO, "schemas", "model.schema.json"), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe("model.json, the compiled model for other tools", () => {
  it.each(["car-service-ru", "trading-en"])("of examples/%s follows schemas/model.schema.json", (example) => {
    const { compiled } = validateProject(loadProject(join(REPO, "examples", example)));
    const json = JSON.parse(emitModelJson(compiled.model).content as string) as unknown;
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("is rejected by the schema when an element loses a required fact", () => {
    const { compiled } = validateProject(loadProject(join(REPO, "examples", "trading-en")));
    const json = JSON.parse(emitModelJson(compiled.model).content as string) as {
      processes: Array<{ level?: number }>;
    };
    delete json.processes[0]?.level;
    expect(validate(json)).toBe(false);
  });
});
