// The floor of a check, as a process of its own (so it pays Node's start-up like every other row): find every
// YAML file of a project and parse it with one parser, nothing else. Usage: node bench/floor.mjs js-yaml|yaml DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";

const [parser, dir] = process.argv.slice(2);
const files = globSync(["**/*.yaml"], { cwd: dir }).sort();
if (parser === "js-yaml") {
  const { loadAll } = await import("js-yaml");
  for (const file of files) loadAll(readFileSync(join(dir, file), "utf8"));
} else {
  const { parseAllDocuments } = await import("yaml");
  for (const file of files) for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) doc.toJS();
}
