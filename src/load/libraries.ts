/**
 * Libraries that only some projects or some files need, loaded the first time they are asked for. Importing them
 * up front cost a small project's `validate` most of its time: `yaml` alone takes about 0.1–0.3 s to import, and
 * the fast path reads most files without it; XML, CSV and word stems matter only to projects with professional
 * standards, ratings, KPI facts or wording checks. `require` keeps the loading synchronous, so the readers stay
 * plain functions; each package's CommonJS entry is the same one Node's `import` resolves for `yaml`.
 */
import { createRequire } from "node:module";
import type * as CsvSync from "csv-parse/sync";
import type * as FastXml from "fast-xml-parser";
import type * as Yaml from "yaml";

const require = createRequire(import.meta.url);

interface Stemmer {
  stem(word: string): string;
}
interface Snowball {
  newStemmer(language: string): Stemmer;
}

let yaml: typeof Yaml | undefined;
let csv: typeof CsvSync | undefined;
let xml: typeof FastXml | undefined;
let snowball: Snowball | undefined;

export function yamlLib(): typeof Yaml {
  yaml ??= require("yaml") as typeof Yaml;
  return yaml;
}

export function csvLib(): typeof CsvSync {
  csv ??= require("csv-parse/sync") as typeof CsvSync;
  return csv;
}

export function xmlLib(): typeof FastXml {
  xml ??= require("fast-xml-parser") as typeof FastXml;
  return xml;
}

/** A Snowball stemmer for a language ("russian", "english"). */
export function newStemmer(language: string): Stemmer {
  snowball ??= require("snowball-stemmers") as Snowball;
  return snowball.newStemmer(language);
}
