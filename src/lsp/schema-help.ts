import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../i18n/lang.js";
import type { Kind } from "../load/source.js";
import { SCHEMA_DIR, schemaFileOfKind } from "../validate/schemas.js";

interface SchemaNode {
  $ref?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
}

let schemas: Map<string, SchemaNode> | undefined;

function loadSchemas(): Map<string, SchemaNode> {
  if (schemas) return schemas;
  schemas = new Map();
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json")))
    schemas.set(file, JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")) as SchemaNode);
  return schemas;
}

/** Follows `$ref`s (`common.schema.json#/$defs/party`, `#/$defs/id`) within the shipped schemas. */
function resolve(node: SchemaNode, file: string, depth = 0): { node: SchemaNode; file: string } {
  if (!node.$ref || depth > 10) return { node, file };
  const [target = "", fragment = ""] = node.$ref.split("#");
  const targetFile = target === "" ? file : (target.split("/").pop() ?? file);
  let next: unknown = loadSchemas().get(targetFile);
  for (const segment of fragment.split("/").filter(Boolean))
    next = (next as Record<string, unknown> | undefined)?.[segment];
  if (typeof next !== "object" || next === null) return { node, file };
  // A description written next to the `$ref` is the more specific one.
  const resolved = resolve(next as SchemaNode, targetFile, depth + 1);
  return node.description
    ? { node: { ...resolved.node, description: node.description }, file: resolved.file }
    : resolved;
}

/** The schema's description of the key at `path` (keys from the document's top; list items skipped). */
export function keyDescription(kind: Kind, path: readonly string[], lang: Lang): string | undefined {
  const file = schemaFileOfKind[kind];
  const root = loadSchemas().get(file);
  if (!root) return undefined;
  let current: Array<{ node: SchemaNode; file: string }> = [{ node: root, file }];
  for (const key of path) {
    const next: Array<{ node: SchemaNode; file: string }> = [];
    const visit = (entry: { node: SchemaNode; file: string }, depth: number): void => {
      const { node, file: at } = resolve(entry.node, entry.file);
      if (depth > 6) return;
      const property = node.properties?.[key];
      if (property) next.push({ node: property, file: at });
      for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])])
        visit({ node: branch, file: at }, depth + 1);
      if (node.items) visit({ node: node.items, file: at }, depth + 1);
    };
    for (const entry of current) visit(entry, 0);
    if (next.length === 0) return undefined;
    current = next;
  }
  const last = current[0];
  if (!last) return undefined;
  const description = resolve(last.node, last.file).node.description;
  if (!description) return undefined;
  // Schema descriptions are written "Russian\nEnglish".
  const [ru, en] = description.split("\n");
  return (lang === "ru" ? ru : (en ?? ru)) ?? description;
}
