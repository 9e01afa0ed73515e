/**
 * The fast path (js-yaml, positions read node by node when asked for) must read every file it accepts exactly as
 * `yaml` does: the same data, and the same line and column for every value and key a diagnostic or `--trace` can
 * name. Checked on every YAML file of the examples, the fixtures, the bad-input suite and a generated
 * organization; files it declines (errors, anchors, empty values) go to `yaml` unchanged, which the rest of the
 * suite covers. A file read plainly (no position kept) must be one the node-by-node reading accepts too: that
 * reading is what vouches for it.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { LineCounter, parseAllDocuments } from "yaml";
import { generateOrganization } from "../bench/generate.js";
import { fastParse, positionTable } from "../src/load/fast-parse.js";
import { joinPointer, locate } from "../src/load/locate.js";
import { YAML_OPTIONS } from "../src/load/parse.js";
import { PositionedDoc, SpecText } from "../src/load/positioned-doc.js";
import type { SourceDoc } from "../src/load/source.js";
import { REPO } from "./helpers/cli.js";

/** Every pointer into `value`, and for each mapping and list one that names nothing (a missing property). */
function pointers(value: unknown, base = ""): string[] {
  const out = [base];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push(...pointers(item, joinPointer(base, i)));
    });
    out.push(joinPointer(base, value.length));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push(...pointers(item, joinPointer(base, key)));
    out.push(joinPointer(base, "missing-key"), joinPointer(base, "missing-key", "deeper"));
  } else if (base !== "") out.push(joinPointer(base, "below-a-scalar"));
  return out;
}

function yamlDocs(file: string, text: string): SourceDoc[] {
  const lineCounter = new LineCounter();
  return parseAllDocuments(text, { lineCounter, ...YAML_OPTIONS }).map((yaml, index) => ({
    file,
    index,
    kind: null,
    data: yaml.toJS() as Record<string, unknown>,
    yaml,
    lineCounter,
  }));
}

/** How many files `compare` saw read plainly, without a position table. */
let plainlyRead = 0;

function compare(file: string, text: string): boolean {
  const fast = fastParse(text);
  if (!fast) return false;
  const table = positionTable(text);
  expect(table, `${file}: read fast, but the node-by-node reading declines it`).toBeDefined();
  if (fast.every((d) => d.positions === undefined)) plainlyRead++;
  fast.forEach((d, i) => {
    if (d.positions !== undefined) expect(d.positions, file).toEqual(table?.[i]);
  });
  const slow = yamlDocs(file, text);
  expect(fast.length, file).toBe(slow.length);
  // A file yaml finds a problem in must never be read fast: its diagnostic would be lost.
  expect(
    slow.flatMap((d) => d.yaml.errors.map((e) => e.code)),
    file,
  ).toEqual([]);
  const source = new SpecText(text);
  fast.forEach(({ data, positions }, index) => {
    const reference = slow[index] as SourceDoc;
    expect(data, file).toEqual(reference.data);
    const doc = new PositionedDoc(file, index, null, data, source, positions);
    for (const pointer of pointers(data)) {
      expect(locate(doc, pointer), `${file}#${index}${pointer}`).toEqual(locate(reference, pointer));
      expect(locate(doc, pointer, "key"), `${file}#${index}${pointer} key`).toEqual(locate(reference, pointer, "key"));
    }
    // What an editor asks of the document is there too, parsed on demand.
    expect(doc.yaml.toJS()).toEqual(reference.data);
  });
  return true;
}

describe("fast parse", () => {
  it("reads the examples, fixtures and bad inputs as yaml does, positions included", () => {
    const files = globSync(["examples/**/*.{yaml,yml}", "test/**/*.{yaml,yml}", "templates/**/*.{yaml,yml}"], {
      cwd: REPO,
      ignore: ["**/node_modules/**", "test/golden/**/expected/**"],
    }).sort();
    let fast = 0;
    plainlyRead = 0;
    for (const file of files) if (compare(file, readFileSync(join(REPO, file), "utf8"))) fast++;
    console.log(`${fast} of ${files.length} files read fast, ${plainlyRead} of them plainly`);
    expect(files.length).toBeGreaterThan(50);
    // Most well-formed files take the fast path, and most of those the plain one; otherwise the comparison above
    // proves little.
    expect(fast / files.length).toBeGreaterThan(0.6);
    expect(plainlyRead / fast).toBeGreaterThan(0.6);
  });

  it("reads a generated organization as yaml does", () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-fast-"));
    generateOrganization(dir, 60);
    const files = globSync(["**/*.yaml"], { cwd: dir });
    for (const file of files) expect(compare(file, readFileSync(join(dir, file), "utf8")), file).toBe(true);
  });

  it("reads odd but valid YAML as yaml does, or leaves it to yaml", () => {
    const texts = [
      'a: 1\nb: 0o17\nc: 0x1F\nd: 1.50\ne: .inf\nf: -.INF\ng: .nan\nh: 1e3\ni: "007"\nj: 2026-12-01\nk: yes\nl: True\n',
      "list:\n- a\n-   b # comment\n- [c, {d: e}]\nnested:\n  # comment\n\n  deep:\n    - x: 1\n      y: 2\n",
      "block: |\n  line one\n  line two\nfolded: >-\n  one\n  two\nquoted: \"a\\tb\"\nsingle: 'it''s'\n",
      "a: 1\r\nb:\r\n  - c\r\n  - d\r\n",
      "---\nkind: Unit\nid: a\n---\nkind: Unit\nid: b\n",
      "1: one\n2: two\ntrue: yes\nkey with spaces: v\n",
      "a: b\n---\n",
      "a:\nb: 1\n",
      "a: &x 1\nb: *x\n",
      "a: [1, 2,\n  3]\nb: { c: d,\n  e: f }\n",
      "plain: multi\n  line\n  scalar\n",
      '"quoted key": 1\n? explicit\n: value\n',
    ];
    for (const text of texts) compare("inline.yaml", text);
  });

  it("reads node by node what only that reading can judge", () => {
    // Each of these would be read plainly if the pre-check missed it; `compare` then fails, as the node-by-node
    // reading declines them (a quote or bracket over two lines, a collection or null as a key, a long key).
    const texts = [
      'a: "x\n  y"\n',
      "a: 'it''s\n  y'\n",
      "a: [b,\n  c]\n",
      "a: {b: c,\n d: e}\n",
      "- a: [b, c\n  ]\n",
      "[a, b]: c\n",
      "{a: b}: c\n",
      "~: x\n",
      "null: x\n",
      "a: b\n__proto__: c\n",
      `${"k".repeat(120)}: v\n`,
      "a:\n  - b\n  -\n",
      'a: "q\\"x\n  y"\n',
      // A collection as a key inside a flow collection, a pair or an explicit key inside `[...]`.
      "k: {[a]: b}\n",
      "k: [[a]: b]\n",
      "k: {a: b, [c]: d}\n",
      "k: { ? [a] : b }\n",
      "k: [a, {b: c}: d]\n",
      "k: {{a: b}: c}\n",
      "kind: Unit\nid: sales\nfunctions: [Sells, b: c]\n",
      "k: [a, ? b : c]\n",
      'k: ["a":b]\n',
    ];
    for (const text of texts) {
      compare("inline.yaml", text);
      const fast = fastParse(text);
      if (fast)
        expect(
          fast.every((d) => d.positions !== undefined),
          JSON.stringify(text),
        ).toBe(true);
    }
    // What only `yaml` reads right: a bare tag before a quoted string or list over two lines, a lone CR as a line
    // break, a key whose source is over 1,024 characters.
    for (const text of ['k: ! "a\nb"\n', "k: ! [a,\nb]\n", 'k: "a\rb"\r', `k${" ".repeat(1100)}: v\n`])
      expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
    // A block mapping whose first key is quoted is no quoted string: read fast, positions and all.
    for (const text of ['"kind": Unit\nid: u\nname: U\n', 'k:\n  - "a": b\n    c: d\n']) {
      expect(compare("inline.yaml", text), text).toBe(true);
      expect(positionTable(text), text).toBeDefined();
    }
    // Plain text with quotes, apostrophes and brackets that close on their line is read plainly.
    const plain = fastParse("a: \"x\" # \"\nb: it's [fine\nc: [d, \"e, f\"] # [\nd: {e: 'g''h'}\n");
    expect(plain?.[0]?.positions).toBeUndefined();
    expect(plain?.[0]?.data).toEqual({ a: "x", b: "it's [fine", c: ["d", "e, f"], d: { e: "g'h" } });
  });
});
