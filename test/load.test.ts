/** The loader: bytes to text, text to documents that remember where every node was written. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Document } from "yaml";
import { decodeUtf8, firstInvalidUtf8Offset, positionAfter } from "../src/load/decode.js";
import { joinPointer, locate, parsePointer } from "../src/load/locate.js";
import { parseSpecText } from "../src/load/parse.js";
import { loadProject, loadProjectFromFiles, ProjectError } from "../src/load/project.js";
import type { SourceDoc } from "../src/load/source.js";
import { validateProject } from "../src/validate/validate.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

function onlyDoc(text: string, file = "process.yaml"): SourceDoc {
  const parsed = parseSpecText(file, text, "en");
  expect(parsed.diagnostics).toEqual([]);
  const doc = parsed.docs[0];
  if (!doc) throw new Error("no document parsed");
  return doc;
}

const intake = [
  "kind: Process", // 1
  "id: vehicle-intake", // 2
  "name: Vehicle intake", // 3
  "owner: service-manager", // 4
  "clients:", // 5
  "  - external: Car owner", // 6
  "    goals:", // 7
  "      - Car accepted quickly", // 8
  "      - Knows the price and the date", // 9
  "  - position: mechanic", // 10
  "results:", // 11
  "  - name: Work order", // 12
  "    to: [mechanic]", // 13
  "a/b: slash in a key", // 14
  "",
].join("\n");

describe("locate: a JSON pointer becomes the line and column where the node is written", () => {
  const doc = onlyDoc(intake);

  it("points at the value of a key", () => {
    expect(locate(doc, "/owner")).toEqual({ line: 4, column: 8 });
  });

  it("points at the key itself when asked (an unknown key is shown at its name)", () => {
    expect(locate(doc, "/owner", "key")).toEqual({ line: 4, column: 1 });
  });

  it("follows list indexes into nested items", () => {
    expect(locate(doc, "/clients/0/goals/1")).toEqual({ line: 9, column: 9 });
    expect(locate(doc, "/clients/1/position")).toEqual({ line: 10, column: 15 });
    expect(locate(doc, "/results/0/to/0")).toEqual({ line: 13, column: 10 });
  });

  it("a missing property falls back to the deepest node that exists, never to line 1", () => {
    // The second client has no goals: the diagnostic belongs to that client.
    expect(locate(doc, "/clients/1/goals")).toEqual({ line: 10, column: 5 });
    expect(locate(doc, "/clients/7")).toEqual({ line: 6, column: 3 });
  });

  it("a pointer to the whole document is its first key", () => {
    expect(locate(doc, "")).toEqual({ line: 1, column: 1 });
  });

  it("keys with `/` are escaped as `~1` in pointers", () => {
    expect(joinPointer("", "a/b")).toBe("/a~1b");
    expect(parsePointer("/a~1b/~0x")).toEqual(["a/b", "~x"]);
    expect(locate(doc, joinPointer("", "a/b"), "key")).toEqual({ line: 14, column: 1 });
  });

  it("counts lines the same with Windows line endings", () => {
    const crlf = onlyDoc(intake.replace(/\n/g, "\r\n"));
    expect(locate(crlf, "/clients/0/goals/1")).toEqual({ line: 9, column: 9 });
  });

  it("positions inside the second document of a file are positions in the file", () => {
    const parsed = parseSpecText("units.yaml", "kind: Unit\nid: a\nname: A\n---\nkind: Unit\nid: b\nname: B\n", "en");
    const second = parsed.docs[1];
    expect(second?.index).toBe(1);
    if (second) expect(locate(second, "/name")).toEqual({ line: 7, column: 7 });
  });
});

describe("decodeUtf8: only UTF-8 is read, and anything else is found at its first bad byte", () => {
  it("drops a BOM, so the first key starts at column 1", () => {
    const result = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("kind: Unit\n")]));
    expect(result).toEqual({ ok: true, text: "kind: Unit\n" });
  });

  it("reads Cyrillic written in UTF-8", () => {
    expect(decodeUtf8(utf8("name: Мастер-приёмщик\n"))).toEqual({ ok: true, text: "name: Мастер-приёмщик\n" });
  });

  it("recognises Windows-1251 Cyrillic and gives the offset of its first letter", () => {
    // "name: Касса" in Windows-1251
    const bytes = new Uint8Array([...utf8("name: "), 0xca, 0xe0, 0xf1, 0xf1, 0xe0, 0x0a]);
    const result = decodeUtf8(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.offset).toBe(6);
    expect(result.byte).toBe(0xca);
    expect(result.looksLikeCp1251).toBe(true);
    expect(positionAfter(result.text)).toEqual({ line: 1, column: 7 });
  });

  it("recognises UTF-16 by its byte order mark, and does not call it Windows-1251", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("name: Касса\n", "utf16le")]);
    const results = [decodeUtf8(le), decodeUtf8(Buffer.from(le).swap16())];
    expect(results.map((r) => (r.ok ? "ok" : [r.utf16, r.looksLikeCp1251]))).toEqual([
      ["LE", false],
      ["BE", false],
    ]);
  });

  it("does not call random high bytes Windows-1251", () => {
    const result = decodeUtf8(new Uint8Array([...utf8("a: "), 0x80, 0x81, 0x82, 0x83, 0x0a]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.looksLikeCp1251).toBe(false);
  });

  it("counts the column in characters, not bytes, after valid Cyrillic", () => {
    const bytes = new Uint8Array([...utf8("id: x\nname: Приём "), 0xff]);
    const result = decodeUtf8(bytes);
    if (result.ok) throw new Error("expected a decoding problem");
    expect(positionAfter(result.text)).toEqual({ line: 2, column: 13 });
  });

  it("a multi-byte letter cut off at the end of the file is invalid there", () => {
    const bytes = new Uint8Array([...utf8("name: "), 0xd0]);
    expect(firstInvalidUtf8Offset(bytes)).toBe(6);
  });

  it("overlong encodings and bytes that never occur in UTF-8 are invalid", () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0x42, 0xf8]))).toBe(2);
    expect(firstInvalidUtf8Offset(utf8("ok"))).toBe(2);
  });
});

describe("YAML mistakes made by hand are explained in plain words, where the mistake starts", () => {
  const mistakes: Array<[string, string, [number, number], RegExp]> = [
    [
      "an unclosed double quote",
      'kind: Unit\nid: u\nname: "Sales\nhead: boss\n',
      [3, 7],
      /quote " opened on line \d+ is never closed/,
    ],
    [
      "an unclosed single quote with '' inside",
      "kind: Unit\nname: 'It''s\nid: x\n",
      [2, 7],
      /quote ' opened on line 2 is never closed/,
    ],
    [
      "an unclosed flow list",
      "kind: Unit\nfunctions: [a, b\nhead: boss\n",
      [2, 12],
      /list opened with `\[` on line 2 is never closed/,
    ],
    [
      "an unclosed flow mapping",
      "kind: Unit\nowner: {a: 1\nname: x\n",
      [2, 8],
      /mapping opened with `\{` on line 2 is never closed/,
    ],
    ["a key indented too far", "kind: Unit\nid: u\nname: U\n  head: boss\n", [4, 3], /continues the line above/],
    ["a sentence without a colon", "kind: Unit\nid: u\njust some words\nname: U\n", [3, 1], /not a `key: value`/],
    ["a value with `: ` in it", "kind: Unit\nid: u\nname: Sales: retail\n", [3, 7], /in quotes/],
    ["list items at different columns", "kind: Unit\nfunctions:\n  - a\n - b\n", [4, 1], /same column/],
    ["a value starting with @", "kind: Unit\nid: u\nname: @home\n", [3, 7], /cannot start with `@`/],
    ["a backslash in double quotes", 'kind: Unit\nid: u\nname: "C:\\docs"\n', [3, 10], /`\\d` is not allowed/],
    ["a stray bracket", "kind: Unit\nid: u\n]\n", [3, 1], /unexpected `\]`/],
  ];
  it.each(mistakes)("%s", (_title, text, [line, column], says) => {
    const { diagnostics } = parseSpecText("unit.yaml", text, "en");
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["yaml-syntax", line, column]]);
    expect(diagnostics[0]?.message).toMatch(says);
    // The Russian message is a Russian sentence, not yaml's English.
    const ru = parseSpecText("unit.yaml", text, "ru").diagnostics[0]?.message ?? "";
    expect(ru).toMatch(/[а-яё]{3}/);
    expect(ru).not.toMatch(/YAML syntax|Implicit|Missing|must be/);
  });
});

describe("parseSpecText: YAML problems are diagnostics with a place", () => {
  it("reports a duplicate key at its second occurrence", () => {
    const parsed = parseSpecText("p.yaml", "kind: Position\nid: a\nname: A\nname: B\n", "en");
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["yaml-duplicate-key", 4, 1]]);
    expect(parsed.diagnostics[0]?.message).toContain("`name`");
  });

  it("a document with a duplicate key is still read, so other files can refer to its id", () => {
    const parsed = parseSpecText("u.yaml", "kind: Unit\nid: sales\nname: Sales\nname: Sales department\n", "en");
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(["yaml-duplicate-key"]);
    expect(parsed.docs.map((d) => d.data.id)).toEqual(["sales"]);
  });

  it("a tab that means the same at any tab width keeps its document; one whose meaning depends on it drops it", () => {
    const listItem = parseSpecText("u.yaml", "kind: Unit\nid: sales\nfunctions:\n\t- Selling goods\n", "en");
    expect(listItem.diagnostics.map((d) => [d.code, d.line])).toEqual([["yaml-tab", 4]]);
    expect(listItem.docs.map((d) => d.data.functions)).toEqual([["Selling goods"]]);
    // yaml reads the tab-indented key as a sibling of `strategy`, not as its child: not what was written.
    const nested = "kind: Organization\nid: acme\nstrategy:\n\tclients: [Shops]\nname: Acme\n";
    const parsed = parseSpecText("o.yaml", nested, "en");
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([["yaml-tab", 4]]);
    expect(parsed.docs).toEqual([]);
  });

  it("a duplicate key in one file does not make references to its id from other files unknown", () => {
    const file = (path: string, text: string) => ({ path, bytes: utf8(text) });
    const project = loadProjectFromFiles("/p", utf8("lang: en\n"), [
      file("units.yaml", "kind: Unit\nid: sales\nname: Sales\nname: Sales department\nhead: clerk\n"),
      file("positions.yaml", "kind: Position\nid: clerk\nname: Clerk\nunit: sales\n"),
    ]);
    const codes = validateProject(project).diagnostics.map((d) => `${d.file} ${d.code}`);
    expect(codes).toContain("units.yaml yaml-duplicate-key");
    expect(codes).not.toContain("positions.yaml unknown-reference");
  });

  it("one broken document does not hide the others in the same file", () => {
    const text = "kind: Unit\nid: a\nname: A\n---\nkind: Unit\nid: b\nname: B: C\n---\nkind: Unit\nid: c\nname: C\n";
    const parsed = parseSpecText("units.yaml", text, "en");
    expect(parsed.docs.map((d) => [d.data.id, d.index])).toEqual([
      ["a", 0],
      ["c", 2],
    ]);
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([["yaml-syntax", 7]]);
  });

  it("empty documents and comments are skipped silently", () => {
    const parsed = parseSpecText("u.yaml", "# draft\n---\n---\nkind: Unit\nid: a\nname: A\n...\n", "en");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.docs.map((d) => d.kind)).toEqual(["Unit"]);
  });

  it("aliases to a missing anchor are reported at the alias, in Russian too", () => {
    const parsed = parseSpecText("u.yaml", "kind: Unit\nid: a\nname: A\nhead: *boss\n", "ru");
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["yaml-alias", 4, 7]]);
    expect(parsed.diagnostics[0]?.message).toContain("якорь `&boss`");
  });

  it("a few ordinary aliases are fine", () => {
    const parsed = parseSpecText("u.yaml", "kind: Unit\nid: &id a\nname: *id\n", "en");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.docs[0]?.data.name).toBe("a");
  });

  it("each document is expanded once (aliases are checked on the way, not by a second expansion)", () => {
    const toJS = vi.spyOn(Document.prototype, "toJS");
    try {
      parseSpecText("u.yaml", "kind: Unit\nid: &id a\nname: *id\n---\nkind: Unit\nid: b\nname: B\n", "en");
      expect(toJS).toHaveBeenCalledTimes(2);
    } finally {
      toJS.mockRestore();
    }
  });

  it("nested aliases that would expand past the limit are refused at the first alias", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [prev, name] of [..."abcde"].slice(0, -1).map((p, i) => [p, "bcde"[i]]))
      levels.push(`${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`);
    const parsed = parseSpecText("u.yaml", `kind: Unit\nid: u\n${levels.join("\n")}\n`, "en");
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["yaml-alias", 4, 8]]);
    expect(parsed.docs).toEqual([]);
  });

  it("procspec.yaml is read without asking for a kind", () => {
    const parsed = parseSpecText("procspec.yaml", "lang: en\n", "en", false);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.docs[0]?.data).toEqual({ lang: "en" });
  });
});

describe("loadProject: which files make up a project", () => {
  let root = "";
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  function project(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), "procspec-load-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  const unit = (id: string) => `kind: Unit\nid: ${id}\nname: ${id}\n`;

  it("reads every *.yaml below the folder by default, sorted, but never procspec.yaml as a spec", () => {
    const dir = project({
      "procspec.yaml": "lang: en\n",
      "units/b.yaml": unit("b"),
      "a.yaml": unit("a"),
      "notes.md": "not a spec",
      "node_modules/pkg/x.yaml": unit("x"),
    });
    const loaded = loadProject(dir);
    expect(loaded.files).toEqual(["a.yaml", "units/b.yaml"]);
    expect(loaded.docs.map((d) => d.data.id)).toEqual(["a", "b"]);
    expect(loaded.config.lang).toBe("en");
  });

  it("a symlink looping back to the project does not read the project twice", () => {
    const dir = project({ "procspec.yaml": "lang: en\n", "a.yaml": unit("a"), "drafts/keep.yaml": unit("b") });
    symlinkSync("..", join(dir, "drafts", "loop"));
    expect(loadProject(dir).files).toEqual(["a.yaml", "drafts/keep.yaml"]);
  });

  it("the procspec.yaml of a nested project is not read as a spec document", () => {
    const dir = project({ "procspec.yaml": "lang: en\n", "a.yaml": unit("a"), "old/procspec.yaml": "lang: ru\n" });
    const loaded = loadProject(dir);
    expect(loaded.files).toEqual(["a.yaml"]);
    expect(loaded.diagnostics).toEqual([]);
  });

  it("`include` narrows the files read", () => {
    const dir = project({
      "procspec.yaml": 'lang: en\ninclude: ["processes/**/*.yaml"]\n',
      "processes/p.yaml": "kind: Process\nid: p\nname: P\n",
      "drafts/u.yaml": unit("u"),
    });
    expect(loadProject(dir).files).toEqual(["processes/p.yaml"]);
  });

  it("an `include` pattern that leaves the folder is reported and ignored", () => {
    // The project and a spec file beside it share a folder of their own: the pattern has something to find outside
    // (and the test does not walk everything else in the system's temporary folder).
    const parent = project({ "project/procspec.yaml": 'lang: en\ninclude: ["**/*.yaml", "../**/*.yaml"]\n' });
    writeFileSync(join(parent, "project", "a.yaml"), unit("a"));
    mkdirSync(join(parent, "beside"));
    writeFileSync(join(parent, "beside", "b.yaml"), unit("b"));
    const dir = join(parent, "project");
    const loaded = loadProject(dir);
    expect(loaded.files).toEqual(["a.yaml"]);
    expect(loaded.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ["config", "procspec.yaml", 2, 24],
    ]);
  });

  it("a missing procspec.yaml or folder is a ProjectError (exit 2), with a hint", () => {
    const dir = project({ "a.yaml": unit("a") });
    expect(() => loadProject(dir)).toThrow(ProjectError);
    expect(() => loadProject(join(dir, "missing"))).toThrow(/cannot read .*missing: there is no such file or folder/);
  });

  it("the --lang option wins over lang in procspec.yaml", () => {
    const dir = project({ "procspec.yaml": "lang: en\n", "a.yaml": "id: a\n" });
    const loaded = loadProject(dir, { lang: "ru" });
    expect(loaded.config.lang).toBe("ru");
    expect(loaded.diagnostics[0]?.message).toContain("нет ключа `kind`");
  });

  it("files in memory load the same, whatever order they are given in", () => {
    const files = [
      { path: "b.yaml", bytes: utf8(unit("b")) },
      { path: "a.yaml", bytes: utf8(unit("a")) },
    ];
    const one = loadProjectFromFiles("/p", utf8("lang: en\n"), files);
    const two = loadProjectFromFiles("/p", utf8("lang: en\n"), [...files].reverse());
    expect(one.files).toEqual(["a.yaml", "b.yaml"]);
    expect(two.docs.map((d) => d.data.id)).toEqual(one.docs.map((d) => d.data.id));
  });
});
