import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { listFiles, packagePath, type ScaffoldFile } from "./package-files.js";

/**
 * Where an init'ed project keeps its copy of procspec's JSON Schemas. A copy inside the project, not a URL and not
 * `node_modules/procspec/schemas`: consultants run procspec with npx or a global install, so node_modules is usually
 * absent, and yaml-language-server must work offline. It loads `$schema=` paths relative to the YAML file, and
 * resolves the schemas' relative `$ref`s (`common.schema.json#/$defs/…`) from the copy beside them, so the copies
 * need no rewriting; with common.schema.json missing it would try https://procspec.dev/… and fail offline
 * (checked with yaml-language-server 1.25 in test/editor.test.ts).
 */
export const SCHEMA_DIR = ".procspec/schemas";

const SCHEMA_OF_KIND: Record<string, string> = {
  Organization: "organization.schema.json",
  Unit: "unit.schema.json",
  Position: "position.schema.json",
  Process: "process.schema.json",
};

/** The schemas an editor needs (model.schema.json describes build output, not input, so it stays behind). */
export function schemaFiles(): ScaffoldFile[] {
  const dir = packagePath("schemas");
  return listFiles(dir)
    .filter((f) => f.endsWith(".schema.json") && f !== "model.schema.json")
    .map((f) => ({ path: `${SCHEMA_DIR}/${f}`, content: readFileSync(`${dir}/${f}`, "utf8") }));
}

/**
 * The `# yaml-language-server: $schema=` line for a spec file: the kind's own schema when the file holds one kind,
 * the dispatching `spec.schema.json` when it mixes kinds, the config schema for procspec.yaml.
 */
export function modeline(filePath: string, kinds: readonly string[]): string {
  const distinct = [...new Set(kinds)];
  const schema =
    filePath === "procspec.yaml"
      ? "procspec.schema.json"
      : distinct.length === 1
        ? (SCHEMA_OF_KIND[distinct[0] ?? ""] ?? "spec.schema.json")
        : "spec.schema.json";
  const relative = posix.relative(posix.dirname(filePath), `${SCHEMA_DIR}/${schema}`);
  return `# yaml-language-server: $schema=${relative}`;
}

/** The kinds a YAML text declares at the top level of its documents, in order. */
export function kindsIn(text: string): string[] {
  return [...text.matchAll(/^kind:\s*["']?(\w+)/gm)].map((m) => m[1] ?? "");
}

/** Adds the modeline to a spec file, unless it has one already. */
export function withModeline(path: string, text: string): string {
  if (text.includes("yaml-language-server:")) return text;
  return `${modeline(path, kindsIn(text))}\n${text}`;
}

/**
 * VS Code (Red Hat YAML extension) settings: the same schemas by glob, for files that lose their modeline.
 * Modelines win over these, so both can coexist.
 */
export function vscodeSettings(): ScaffoldFile {
  const settings = {
    "yaml.schemas": {
      [`./${SCHEMA_DIR}/procspec.schema.json`]: "procspec.yaml",
      [`./${SCHEMA_DIR}/spec.schema.json`]: [
        "organization.yaml",
        "units/**/*.yaml",
        "units/**/*.yml",
        "positions/**/*.yaml",
        "positions/**/*.yml",
      ],
      [`./${SCHEMA_DIR}/process.schema.json`]: ["processes/**/*.yaml", "processes/**/*.yml"],
    },
    "yaml.schemaStore.enable": false,
    "files.associations": { "*.yaml": "yaml", "*.yml": "yaml" },
  };
  return { path: ".vscode/settings.json", content: `${JSON.stringify(settings, null, 2)}\n`, merge: "json" };
}
