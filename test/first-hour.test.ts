/** What a new user meets in the first hour with a real spec repository (issue 9): no silent skips, a project found from any folder inside it, file-system mistakes said plainly. */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeFsError } from "../src/cli/fs-errors.js";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { REPO } from "./helpers/cli.js";
import { runMain } from "./helpers/in-process.js";

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "procspec-first-hour-"));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(base, { recursive: true, force: true });
});

/** A copy of the English example, to break and to run commands in. */
function trading(): string {
  const dir = join(base, "trading");
  cpSync(join(REPO, "examples", "trading-en"), dir, { recursive: true });
  return dir;
}

const brokenProcess = "kind: Process\nid: order-intake\nname: Order intake\nownr: nobody\n";

describe("no silent skips: .yml files are read, and YAML that include leaves out is named", () => {
  it("a broken processes/order-intake.yml is reported (it validated clean before)", async () => {
    const dir = trading();
    writeFileSync(join(dir, "processes", "order-intake.yml"), brokenProcess);
    const run = await runMain("validate", dir, "--format", "json");
    expect(run.code).toBe(1);
    const files = JSON.parse(run.out).map((d: { file: string }) => d.file);
    expect(files).toContain("processes/order-intake.yml");
  });

  it("a new project reads .yml too: init writes both patterns", async () => {
    const dir = join(base, "acme");
    await runMain("init", dir, "--lang", "en");
    writeFileSync(join(dir, "processes", "order-intake.yml"), brokenProcess);
    const run = await runMain("validate", dir, "--format", "json");
    expect(run.code).toBe(1);
    expect(run.out).toContain("processes/order-intake.yml");
  });

  it("a YAML file outside `include` is listed once, as info, at that file", () => {
    const dir = trading();
    // a team that reads only *.yaml: a draft saved as .yml is left out, and said to be
    writeFileSync(join(dir, "procspec.yaml"), 'lang: en\ninclude: ["**/*.yaml"]\n');
    mkdirSync(join(dir, "drafts"));
    writeFileSync(join(dir, "drafts", "new-unit.yml"), brokenProcess);
    const { diagnostics } = validateProject(loadProject(dir));
    const skipped = diagnostics.filter((d) => d.code === "file-not-included");
    expect(skipped.map((d) => [d.file, d.severity])).toEqual([["drafts/new-unit.yml", "info"]]);
    expect(skipped[0]?.message).toMatch(/include/);
  });
});

describe("run from anywhere inside a project", () => {
  it("validate in a subfolder finds procspec.yaml above, as git does", async () => {
    const dir = trading();
    const cwd = process.cwd();
    try {
      process.chdir(join(dir, "processes"));
      const run = await runMain("validate");
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/no problems/);
    } finally {
      process.chdir(cwd);
    }
  });

  it("a path to a spec file checks its project and prints only that file's diagnostics", async () => {
    const dir = trading();
    writeFileSync(join(dir, "processes", "order-intake.yaml"), brokenProcess);
    writeFileSync(join(dir, "units", "stray.yaml"), "kind: Unit\nid: stray\nname: Stray\nparnt: x\n");
    const run = await runMain("validate", join(dir, "processes", "order-intake.yaml"), "--format", "json");
    expect(run.code).toBe(1);
    const files = new Set(JSON.parse(run.out).map((d: { file: string }) => d.file));
    expect([...files]).toEqual(["processes/order-intake.yaml"]);
  });

  it("a file the project does not read is said so, not checked silently", async () => {
    const dir = trading();
    writeFileSync(join(dir, "notes.txt"), "hello");
    const run = await runMain("validate", join(dir, "notes.txt"));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/notes\.txt is not a spec file/);
  });

  it("outside any project the hint does not suggest nesting a project in a project", async () => {
    const run = await runMain("validate", base);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/no procspec\.yaml in .* or in any folder above it/);
    expect(run.err).not.toMatch(/procspec init \S+/);
  });

  it("new takes the project folder as [dir] like every other command, and names a Russian draft in Russian", async () => {
    const dir = join(base, "ru");
    await runMain("init", dir);
    const run = await runMain("new", "position", "service-advisor2", join(dir, "units"));
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, "positions", "service-advisor2.yaml"), "utf8");
    expect(text).toMatch(/^name: Новая должность \(service-advisor2\)$/m);
    expect(text).not.toMatch(/Service advisor2/);
  });
});

describe("a user's file-system mistake is a sentence with the path, exit 2 — never an internal error", () => {
  it("build --out an existing file", async () => {
    const dir = trading();
    const file = join(base, "some-file.txt");
    writeFileSync(file, "mine");
    const run = await runMain("build", dir, "--out", file, "--format", "md");
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/some-file\.txt is a file, not a folder/);
    expect(readFileSync(file, "utf8")).toBe("mine");
  });

  it("build --out a file in a project that still has errors: the command line's mistake is said first, alone", async () => {
    const dir = trading();
    writeFileSync(join(dir, "processes", "order-intake.yml"), brokenProcess);
    const file = join(base, "some-file.txt");
    writeFileSync(file, "mine");
    const run = await runMain("build", dir, "--out", file, "--format", "md");
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^procspec: --out \S*some-file\.txt is a file, not a folder/);
    expect(run.err).not.toMatch(/order-intake|ownr/);
    expect(readFileSync(file, "utf8")).toBe("mine");
    // Below a file, too; and once --out is right, the spec's errors are reported (exit 1) and nothing is written.
    const below = await runMain("build", dir, "--out", join(file, "out"), "--format", "md");
    expect(below.code).toBe(2);
    expect(below.err).toMatch(
      /^procspec: cannot write to the output folder .*some-file\.txt[/\\]out: a part of this path is a file/,
    );
    const fixed = await runMain("build", dir, "--out", join(base, "new-out"), "--format", "md");
    expect(fixed.code).toBe(1);
    expect(fixed.err).toMatch(/order-intake\.yml/);
    expect(existsSync(join(base, "new-out"))).toBe(false);
  });

  it("build --out below a file", async () => {
    const dir = trading();
    writeFileSync(join(base, "f"), "");
    const run = await runMain("build", dir, "--out", join(base, "f", "out"), "--format", "md");
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/cannot write to the output folder .*f[/\\]out: a part of this path is a file/);
  });

  it("a permission error says permission denied and names the path (tests run as root, so the error is simulated)", () => {
    const error = Object.assign(new Error("EACCES: permission denied, mkdir '/srv/out'"), {
      code: "EACCES",
      syscall: "mkdir",
      path: "/srv/out",
    });
    expect(describeFsError(error)).toBe(
      "cannot write or read /srv/out: permission denied; choose a folder you can write to, or change its permissions",
    );
    expect(describeFsError(new TypeError("x is undefined"))).toBeUndefined();
  });

  it("init into a path below a file", async () => {
    writeFileSync(join(base, "f"), "");
    const run = await runMain("init", join(base, "f", "acme"));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/f[/\\]acme.*a part of this path is a file/);
  });
});

describe("small things a user trips on", () => {
  it("procspec with no arguments prints help on stdout and exits 0, like --help", async () => {
    const run = await runMain();
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    expect(run.out).toMatch(/Usage: procspec/);
    expect(run.out).toMatch(/Examples:/);
  });

  it("help lists every command, also when a command name follows --help (each command loads on its own)", async () => {
    for (const args of [["--help"], ["--help", "validate"], ["help"]]) {
      const run = await runMain(...args);
      expect(run.code, args.join(" ")).toBe(0);
      for (const command of ["init", "validate", "build", "ratings", "import", "serve", "lsp"])
        expect(run.out, args.join(" ")).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    }
  });

  it("--format takes its words in any case", async () => {
    const dir = trading();
    const validate = await runMain("validate", dir, "--format", "JSON");
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.out)).toEqual([]);
    const build = await runMain("build", dir, "--out", join(base, "out"), "--format", "MD,Json");
    expect(build.err).not.toMatch(/unknown/);
    expect(build.code).toBe(0);
  });

  it("a second build says nothing was rewritten; progress is one plain line per stage off a terminal", async () => {
    const dir = trading();
    const out = join(base, "out");
    const first = await runMain("build", dir, "--out", out, "--format", "md");
    const count = Number(/(\d+) written, 0 unchanged/.exec(first.err)?.[1]);
    expect(count).toBeGreaterThan(1);
    const second = await runMain("build", dir, "--out", out, "--format", "md");
    expect(second.err).toContain(`0 written, ${count} unchanged`);
    expect(second.err).toMatch(/^… checking the spec files: \d+\n… writing the documents\n/);
    expect(second.err).not.toMatch(new RegExp(String.fromCharCode(13, 124, 27)));
    const quiet = await runMain("build", dir, "--out", out, "--format", "md", "--quiet");
    expect(quiet.err).toBe("");
  });

  it("build --out a folder that holds a user's own files is refused; --force writes there", async () => {
    const dir = trading();
    const out = join(base, "site");
    mkdirSync(out);
    writeFileSync(join(out, "index.md"), "# my own page\n");
    const refused = await runMain("build", dir, "--out", out, "--format", "md");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/holds files procspec did not write \(index\.md\).*--force/);
    expect(readFileSync(join(out, "index.md"), "utf8")).toBe("# my own page\n");
    const forced = await runMain("build", dir, "--out", out, "--format", "md", "--force");
    expect(forced.code).toBe(0);
    // and from then on the folder is procspec's: a rebuild needs no --force
    expect((await runMain("build", dir, "--out", out, "--format", "md")).code).toBe(0);
  });
});

describe("shell completion", () => {
  it("bash: completes commands, then the chosen command's options", async () => {
    const script = await runMain("completion", "bash");
    expect(script.code).toBe(0);
    const file = join(base, "procspec.bash");
    writeFileSync(file, script.out);
    const complete = (words: string[]) =>
      spawnSync(
        "bash",
        [
          "-c",
          `source "${file}"; COMP_WORDS=(${words.join(" ")}); COMP_CWORD=${words.length - 1}; _procspec; echo "\${COMPREPLY[@]}"`,
        ],
        { encoding: "utf8" },
      ).stdout.trim();
    expect(complete(["procspec", "val"])).toBe("validate");
    expect(complete(["procspec", "validate", "--max"])).toBe("--max-warnings");
    expect(complete(["procspec", "build", "--fo"]).split(" ").sort()).toEqual(["--force", "--format"]);
  });

  it("zsh and fish get scripts for their shells; an unknown shell is a usage error", async () => {
    expect((await runMain("completion", "zsh")).out).toMatch(
      /bashcompinit[\s\S]*complete -o default -F _procspec procspec/,
    );
    const fish = (await runMain("completion", "fish")).out;
    expect(fish).toMatch(/complete -c procspec -n __fish_use_subcommand -a validate -d /);
    expect(fish).toMatch(/__fish_seen_subcommand_from build' -l docx-bundle/);
    expect((await runMain("completion", "powershell")).code).toBe(2);
  });
});

describe("one mistake, one diagnostic: a file saved in Windows-1251", () => {
  it("is one error; what it defines is not reported missing elsewhere", async () => {
    const dir = join(base, "ru");
    cpSync(join(REPO, "examples", "car-service-ru"), dir, { recursive: true });
    const file = join(dir, "positions", "dispatcher.yaml");
    // Windows-1251 for the Cyrillic letters, ASCII as is: what Notepad in a Russian Windows saves
    const text = readFileSync(file, "utf8");
    const cp1251 = Buffer.from(
      [...text].map((ch) => {
        const code = ch.codePointAt(0) ?? 0;
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        if (ch === "ё") return 0xb8;
        if (ch === "Ё") return 0xa8;
        return code < 0x80 ? code : 0x3f;
      }),
    );
    writeFileSync(file, cp1251);
    const run = await runMain("validate", dir, "--format", "json");
    const found = JSON.parse(run.out).map((d: { code: string; file: string }) => `${d.code} ${d.file}`);
    expect(found).toEqual(["file-not-utf8 positions/dispatcher.yaml"]);
  });
});

describe("templates that fail loudly", () => {
  const templates = () => {
    const dir = join(base, "templates");
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  it("a misnamed override is an error with did-you-mean, not silently ignored", async () => {
    const dir = templates();
    writeFileSync(join(dir, "profil.md.hbs"), "# {{inline title}}\n");
    const run = await runMain("build", trading(), "--out", join(base, "out"), "--format", "md", "--templates", dir);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/profil\.md\.hbs: no document is called profil — did you mean `profile\.md\.hbs`\?/);
  });

  it("a field a helper is given that the document lacks names the template, line and field", async () => {
    const dir = templates();
    writeFileSync(join(dir, "profile.md.hbs"), "# {{inline title}}\n\n{{list generalKnowledge.itemz}}\n");
    const run = await runMain("build", trading(), "--out", join(base, "out"), "--format", "md", "--templates", dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      `template ${join(dir, "profile.md.hbs")}: line 3, column 1: "generalKnowledge.itemz" is not a field of this document`,
    );
    expect(run.err).not.toMatch(/Cannot read properties/);
  });

  it("--help says templates change the Markdown and DOCX follows documents.reference", async () => {
    const help = await runMain("build", "--help");
    expect(help.out).toMatch(/--templates changes the Markdown documents only/);
    expect(help.out).toMatch(/documents\.reference/);
  });
});

describe("docs that stand on their own", () => {
  it("no rule explanation, generated doc or README names a file the repository does not have", async () => {
    const { allRules } = await import("../src/validate/rules/index.js");
    const texts = [
      ...allRules.flatMap((r) => [r.meta.description, r.meta.rationale]),
      ...["README.md", "docs/rules.md", "docs/format.md", "docs/method.md"].map((f) =>
        readFileSync(join(REPO, f), "utf8"),
      ),
    ];
    for (const text of texts) expect(text).not.toMatch(/DOMAIN\.md|DESIGN\.md|shared\//);
    // What the package ships (the compiled code keeps its comments), the README and the benchmarks' notes.
    const shipped = (dir: string): string[] =>
      readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? shipped(join(dir, e.name))
          : /\.(ts|js|md|hbs|json|yaml|yml)$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      );
    const files = [
      ...["src", "bin", "templates", "schemas", "docs", "examples"].flatMap(shipped),
      "README.md",
      "CHANGELOG.md",
      "bench/README.md",
    ];
    for (const file of files)
      expect(readFileSync(join(REPO, file), "utf8"), file).not.toMatch(/(DOMAIN|DESIGN|STYLE|TOOLCHAIN)\.md|shared\//);
    const cited = new Set(texts.flatMap((t) => [...t.matchAll(/docs\/[\w-]+\.md/g)].map((m) => m[0])));
    expect(cited.size).toBeGreaterThan(0);
    for (const file of cited) expect(existsSync(join(REPO, file)), file).toBe(true);
  });

  it("docs/method.md describes the eleven elements, owners and where each document comes from", () => {
    const method = readFileSync(join(REPO, "docs", "method.md"), "utf8");
    for (let n = 1; n <= 11; n++) expect(method).toMatch(new RegExp(`^\\| ${n} \\|`, "m"));
    expect(method).toMatch(/^## Owners$/m);
    expect(method).toMatch(/^## The documents and where each comes from$/m);
  });

  it("rules --lang ru explains every rule in Russian, not only the severity", async () => {
    const { allRules } = await import("../src/validate/rules/index.js");
    for (const rule of allRules) {
      const run = await runMain("rules", rule.meta.id, "--lang", "ru");
      const [, , description = "", , why = ""] = run.out.split("\n");
      for (const line of [description, why]) {
        expect(line, rule.meta.id).toMatch(/[а-яё]/i);
        // English words of three letters or more, outside `code` and ids, would be leftovers
        const prose = line.replace(/`[^`]*`/g, "").replace(/\([^)]*\.md[^)]*\)/g, "");
        expect(prose.match(/\b(the|and|every|process|position|is|of)\b/g), `${rule.meta.id}: ${line}`).toBeNull();
      }
    }
  });
});

describe("honest counts in CI reports", () => {
  it("junit of a clean project has one passed test case per file checked", async () => {
    const dir = trading();
    const run = await runMain("validate", dir, "--format", "junit");
    expect(run.code).toBe(0);
    const files = Number(/tests="(\d+)"/.exec(run.out)?.[1]);
    expect(files).toBe(loadProject(dir).files.length + 1); // the spec files and procspec.yaml
    expect(run.out).toMatch(/failures="0"/);
  });
});

describe("one notion of complete: stats and validate agree", () => {
  /** Every rule at error, added to the project's own procspec.yaml, as a team that wants a complete description sets it. */
  async function strict(dir: string) {
    const { allRules } = await import("../src/validate/rules/index.js");
    const rules = allRules.map((r) => `  ${r.meta.id}: error`).join("\n");
    const config = join(dir, "procspec.yaml");
    const text = readFileSync(config, "utf8");
    writeFileSync(
      config,
      /^rules: \{\}$/m.test(text) ? text.replace(/^rules: \{\}$/m, `rules:\n${rules}`) : `${text}\nrules:\n${rules}\n`,
    );
  }

  /** Both verdicts: validate with every rule at error clean, and stats at 100 %. They must always agree. */
  async function verdicts(dir: string) {
    const validate = await runMain("validate", dir, "--format", "json");
    const stats = await runMain("stats", dir, "--min-completeness", "100");
    return {
      validate: validate.code,
      stats: stats.code,
      codes: JSON.parse(validate.out).map((d: { code: string }) => d.code),
    };
  }

  it("a fresh init project is 100 % complete (a leaf process needs no structure) and validates clean with every rule at error", async () => {
    const dir = join(base, "acme");
    await runMain("init", dir, "--lang", "en");
    const stats = await runMain("stats", dir, "--min-completeness", "100");
    expect(stats.out).toMatch(/Completeness of the description: 100%/);
    expect(stats.code).toBe(0);
    await strict(dir);
    expect(await verdicts(dir)).toEqual({ validate: 0, stats: 0, codes: [] });
  });

  it.each(["trading-en", "car-service-ru"])("the %s example is complete by both", async (example) => {
    const dir = join(base, example);
    cpSync(join(REPO, "examples", example), dir, { recursive: true });
    await strict(dir);
    expect(await verdicts(dir)).toEqual({ validate: 0, stats: 0, codes: [] });
  });

  it("every part stats counts missing is reported by a rule a team can switch on", async () => {
    const dir = trading();
    await strict(dir);
    // take away, one at a time, what the elements and the profile are made of: both must then fail
    const processFiles = (root: string): string[] =>
      readdirSync(root, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? processFiles(join(root, e.name)) : [join(root, e.name)],
      );
    const cuts: [files: string[], pattern: RegExp, rule: string][] = [
      [["processes/sales/order-handling.yaml"], /^description:[\s\S]*?(?=^\w)/m, "process-without-description"],
      [["processes/sales/order-handling.yaml"], /^resources:[\s\S]*?(?=^\w)/m, "process-without-resource"],
      [["positions/buyer.yaml"], /^generalKnowledge:[\s\S]*?(?=^\w)/m, "profile-incomplete"],
      [["organization.yaml"], /^values:\n(?: +- .*\n)*/m, "profile-incomplete"],
      // personal qualities of every executor: no profile has that part any more
      [processFiles(join(dir, "processes")), /^ {6}qualities:.*\n(?: {8}- .*\n)*/gm, "profile-incomplete"],
    ];
    for (const [files, pattern, rule] of cuts) {
      const originals = files.map((file) => {
        const path = isAbsolute(file) ? file : join(dir, file);
        const original = readFileSync(path, "utf8");
        writeFileSync(path, original.replace(pattern, ""));
        return [path, original] as const;
      });
      expect(
        originals.some(([path, original]) => readFileSync(path, "utf8") !== original),
        String(pattern),
      ).toBe(true);
      const found = await verdicts(dir);
      expect(found.stats, String(pattern)).toBe(1);
      expect(found.validate, String(pattern)).toBe(1);
      expect(found.codes, String(pattern)).toContain(rule);
      for (const [path, original] of originals) writeFileSync(path, original);
    }
    expect(await verdicts(dir)).toEqual({ validate: 0, stats: 0, codes: [] });
  });

  it("profile-incomplete is off by default: a project describing processes first is not told about profiles", async () => {
    const dir = trading();
    const file = join(dir, "positions/buyer.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^generalKnowledge:[\s\S]*?(?=^\w)/m, ""));
    const run = await runMain("validate", dir, "--format", "json");
    expect(JSON.parse(run.out).map((d: { code: string }) => d.code)).not.toContain("profile-incomplete");
    expect((await runMain("stats", dir, "--min-completeness", "100")).code).toBe(1);
  });
});

describe("Markdown and DOCX show the same pictures, once", () => {
  it("with images, the process map shows the picture, not the Mermaid block too; each process card shows its context diagram", async () => {
    const { loadProject: load } = await import("../src/load/project.js");
    const { validateProject: check } = await import("../src/validate/validate.js");
    const { emitMarkdown } = await import("../src/emit/markdown/index.js");
    const { compiled } = check(load(join(REPO, "examples", "trading-en")));
    const files = emitMarkdown(compiled.model, compiled.index, { lang: "en", trace: false, images: true });
    const text = (path: string) => files.find((f) => f.path === path)?.content ?? "";
    for (const page of ["org/process-map.md", "org/org-chart.md"]) {
      expect(text(page), page).toMatch(/!\[[^\]]*\]\(\.\.\/diagrams\/[\w-]+\.svg\)/);
      expect(text(page), page).not.toContain("```mermaid");
    }
    const cards = files.filter((f) => f.path.startsWith("processes/"));
    expect(cards.length).toBe(compiled.model.processes.length);
    for (const card of cards) expect(card.content, card.path).toMatch(/\]\(\.\.\/diagrams\/context-[\w-]+\.svg\)/);
    // without images the Mermaid source stands in, once
    const plain = emitMarkdown(compiled.model, compiled.index, { lang: "en", trace: false, images: false });
    expect(String(plain.find((f) => f.path === "org/process-map.md")?.content).split("```mermaid").length).toBe(2);
  });
});
