import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { emitMarkdown, escapeCell, escapeInline, escapeText } from "../src/emit/markdown/index.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";

// html: true so that any HTML that slipped through shows up as an html_inline/html_block token.
const md = new MarkdownIt({ html: true });
type Token = ReturnType<typeof md.parse>[number];

/** Hostile text: Markdown and HTML syntax, line breaks, Cyrillic, mixed with arbitrary characters. */
const hostile = fc
  .array(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          "|",
          "\n",
          "\r\n",
          "\n\n",
          "<script>alert(1)</script>",
          "<b>",
          "`",
          "```",
          "# ",
          "## ",
          "- ",
          "+ ",
          "1. ",
          "> ",
          "*",
          "_",
          "[x](http://e.com)",
          "![i](x.png)",
          "&amp;",
          "\\",
          "---",
          "===",
          "~~~",
          "    ",
          "\t",
          "<!-- c -->",
          "Приём «автомобиля»",
        ),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(""))
  .filter((s) => s.trim() !== "");

function project(name: string, fn: string, goal: string) {
  const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
  const files: Record<string, string> = {
    "p.yaml": `kind: Position
id: advisor
name: ${q(name)}
generalKnowledge: [${q(goal)}]
`,
    "intake.yaml": `kind: Process
id: intake
code: "1"
name: ${q(name)}
owner: advisor
clients:
  - external: ${q(name)}
    goals: [${q(goal)}]
  - company: true
    goals: [${q(goal)}]
results: [{ name: ${q(fn)} }]
indicators: [{ name: ${q(goal)}, measure: ${q(fn)} }]
resources: [{ name: ${q(fn)}, from: { external: ${q(name)} } }]
executors:
  - position: advisor
    functions: [${q(fn)}, ${q(goal)}]
    competencies: { knowledge: [${q(fn)}], skills: [${q(name)}], qualities: [${q(goal)}] }
`,
  };
  const encode = (s: string) => new TextEncoder().encode(s);
  return compileModel(
    loadProjectFromFiles(
      "/x",
      encode("lang: ru\n"),
      Object.entries(files).map(([path, text]) => ({ path, bytes: encode(text) })),
    ),
  );
}

function unescapedPipes(line: string): number {
  return [...line.matchAll(/(\\*)\|/g)].filter((m) => (m[1]?.length ?? 0) % 2 === 0).length;
}

/** Text of an inline token, without the `<br>` we put for line breaks; whitespace ignored. */
function inlineText(token: Token | undefined): string {
  return (token?.children ?? [])
    .filter((t) => t.type === "text" || t.type === "code_inline")
    .map((t) => t.content)
    .join("")
    .replace(/\s+/g, "");
}

function checkDocument(content: string): Token[] {
  const tokens = md.parse(content, {});
  const html = tokens.flatMap((t) => [t, ...(t.children ?? [])]).filter((t) => t.type.startsWith("html_"));
  expect(html.filter((t) => t.content !== "<br>")).toEqual([]);
  // Every table: each row has the header's number of cells, in the source and in the parse.
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith("|")) continue;
    const width = unescapedPipes(lines[i] ?? "");
    while (lines[i]?.startsWith("|")) expect(unescapedPipes(lines[i++] ?? "")).toBe(width);
  }
  let header = -1;
  let cells = 0;
  for (const t of tokens) {
    if (t.type === "tr_open") cells = 0;
    if (t.type === "th_open" || t.type === "td_open") cells++;
    if (t.type === "thead_open") header = -1;
    if (t.type === "tr_close") {
      if (header === -1) header = cells;
      else expect(cells).toBe(header);
    }
  }
  return tokens;
}

describe("Markdown escaping keeps every document intact", () => {
  it("hostile names, functions and goals never break a table, add a heading or let HTML through", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (name, fn, goal) => {
        const { model, index } = project(name, fn, goal);
        const files = emitMarkdown(model, index, { lang: "ru", trace: false });
        for (const file of files) checkDocument(String(file.content));

        const whole = String(files.find((f) => f.path === "positions/advisor/job-duties.md")?.content);
        // The executor's table only: an owner's table may precede it, the frame's sign-off sheets follow it.
        const duties = whole.slice(whole.indexOf("Обязанности исполнителя"), whole.indexOf("\n## С документом"));
        const tokens = checkDocument(duties);
        const cells = tokens.filter((t) => t.type === "inline" && tokens[tokens.indexOf(t) - 1]?.type === "td_open");
        expect(cells).toHaveLength(5); // one row: process | functions | goals | results | indicators
        expect(inlineText(cells[0])).toBe(`1${model.processes[0]?.name ?? ""}`.replace(/\s+/g, ""));
        expect(inlineText(cells[3])).toBe(fn.replace(/\s+/g, ""));

        const full = String(files.find((f) => f.path === "positions/advisor/profile.md")?.content);
        const profile = full.slice(0, full.indexOf("\n## С документом"));
        const headings = md.parse(profile, {}).filter((t) => t.type === "heading_open");
        expect(headings).toHaveLength(8); // title + the seven sections
      }),
      { numRuns: 100 },
    );
  });

  it("escapes a leading list or heading marker only where Markdown would read one", () => {
    expect(escapeText("# Заголовок")).toBe("\\# Заголовок");
    expect(escapeText("1. пункт")).toBe("1\\. пункт");
    expect(escapeText("3.2 Приём")).toBe("3.2 Приём");
    expect(escapeText("-20 °C")).toBe("-20 °C");
    expect(escapeText("- пункт\n---")).toBe("\\- пункт\n\\---");
    expect(escapeInline("a <b> & c")).toBe("a &lt;b&gt; &amp; c");
    expect(escapeCell("a | b\nc")).toBe("a \\| b<br>c");
  });
});
