import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceHistory } from "../src/cli/source-history.js";
import { emitMarkdown } from "../src/emit/markdown/index.js";
import type { Change } from "../src/emit/views/frame.js";
import { competenciesView, jobDutiesView, orgStructureView, profileView } from "../src/emit/views/index.js";
import { loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";
import { runMain } from "./helpers/in-process.js";

const FILES: Record<string, string> = {
  "org.yaml": "kind: Organization\nid: clinic\nname: ООО «Клиника»\nvalues: [Пациент прежде всего]\n",
  "positions.yaml": `kind: Position
id: director
name: Главный врач
---
kind: Position
id: head-nurse
name: Старшая медицинская сестра
reportsTo: director
---
kind: Position
id: nurse
name: Медицинская сестра
reportsTo: head-nurse
headcount: 7
`,
  "sampling.yaml": `kind: Process
id: sampling
name: Забор биоматериала
owner: head-nurse
clients: [{ external: Пациент, goals: [Анализ сдан быстро] }]
results: [{ name: Пробирка с биоматериалом }]
indicators: [{ name: Доля повторных заборов, measure: Журнал лаборатории }]
executors: [{ position: nurse, functions: [Берёт кровь] }]
`,
  "records.yaml": `kind: Process
id: records
name: Ведение медицинской документации
owner: director
clients: [{ external: Пациент, goals: [Записи полны] }]
results: [{ name: Медицинская карта }]
indicators: [{ name: Доля карт без замечаний, measure: Экспертиза }]
executors: [{ position: nurse, functions: [Заполняет карту] }]
`,
};

function clinic(documents: string, lang: "ru" | "en" = "ru") {
  const encode = (s: string) => new TextEncoder().encode(s);
  const project = loadProjectFromFiles(
    "/clinic",
    encode(`lang: ${lang}\ndocuments: ${documents}\n`),
    Object.entries(FILES).map(([path, text]) => ({ path, bytes: encode(text) })),
  );
  return compileModel(project);
}

const SIGNED = `{ approver: { position: director, person: А. Б. Кузнецова }, developer: Отдел персонала, version: "2.0", date: 2026-12-01, changeLog: git }`;

function position(model: ReturnType<typeof clinic>["model"], id: string) {
  const found = model.positions.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
}

const change = (date: string, description: string, files: string[]): Change => ({
  date,
  author: "Ирина Смирнова",
  description,
  files,
});

describe("the approval block «УТВЕРЖДАЮ»", () => {
  it("names the approver's position by its name and prints initials and surname by the signature line", () => {
    const { model, index } = clinic(SIGNED);
    const view = jobDutiesView(model, index, position(model, "nurse"), "ru", { trace: false });
    expect(view.meta.approval).toEqual({
      heading: "УТВЕРЖДАЮ",
      position: "Главный врач",
      signature: "______________ А. Б. Кузнецова",
      date: "«___» ____________ 20___ г.",
    });
  });

  it("falls back to approvedBy as text, and is absent when nobody approves", () => {
    const old = clinic(`{ approvedBy: Генеральный директор }`);
    const view = jobDutiesView(old.model, old.index, position(old.model, "nurse"), "ru", { trace: false });
    expect(view.meta.approval?.position).toBe("Генеральный директор");
    expect(view.meta.approval?.signature).toBe("______________");
    const none = clinic(`{ version: "1" }`);
    expect(
      jobDutiesView(none.model, none.index, position(none.model, "nurse"), "ru", { trace: false }).meta.approval,
    ).toBeUndefined();
  });
});

describe("sign-off sheets", () => {
  it("job duties and the profile end with an acknowledgement table with a row for every holder of the position", () => {
    const { model, index } = clinic(SIGNED);
    const nurse = position(model, "nurse");
    for (const view of [
      jobDutiesView(model, index, nurse, "ru", { trace: false }),
      profileView(model, index, nurse, "ru", { trace: false }),
    ]) {
      expect(view.meta.acknowledgement?.heading).toBe("С документом ознакомлен(а)");
      expect(view.meta.acknowledgement?.table.columns).toEqual(["№", "Ф. И. О.", "Подпись", "Дата"]);
      expect(view.meta.acknowledgement?.table.rows.map((r) => r.cells[0])).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    }
  });

  it("competencies are agreed by the manager, the owners of the executed processes and the employee", () => {
    const { model, index } = clinic(SIGNED);
    const view = competenciesView(model, index, position(model, "nurse"), "ru", { trace: false });
    expect(view.meta.acknowledgement).toBeUndefined();
    expect(view.meta.agreement?.heading).toBe("СОГЛАСОВАНО");
    expect(view.meta.agreement?.table.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ["Непосредственный руководитель, владелец процесса «Забор биоматериала»", "Старшая медицинская сестра"],
      ["Владелец процесса «Ведение медицинской документации»", "Главный врач"],
      ["Работник", "Медицинская сестра"],
    ]);
  });
});

describe("the passport", () => {
  it("names developer, version, date and the files a position document is compiled from", () => {
    const { model, index } = clinic(SIGNED);
    const view = profileView(model, index, position(model, "nurse"), "ru", { trace: false });
    expect(view.meta.passport?.fields).toEqual([
      { label: "Разработчик", value: "Отдел персонала" },
      { label: "Версия", value: "2.0" },
      { label: "Дата", value: "01.12.2026" },
      { label: "Составлен по файлам", value: "org.yaml, positions.yaml, records.yaml, sampling.yaml" },
    ]);
  });

  it("a document of the whole organization counts its files instead of listing them", () => {
    const { model, index } = clinic(SIGNED);
    const view = orgStructureView(model, index, "ru", { trace: false });
    expect(view.meta.passport?.fields.at(-1)?.value).toBe("все файлы описания организации (4)");
  });
});

describe("the change log «Лист регистрации изменений»", () => {
  const history = {
    changes: [
      change("2026-11-20", "Забор: повторный забор по вине медсестры", ["sampling.yaml"]),
      change("2026-11-10", "Главный врач: новые показатели", ["positions.yaml", "other/unrelated.yaml"]),
      change("2026-11-01", "Склад: новая форма заявки", ["warehouse.yaml"]),
    ],
  };

  it("lists the commits that touched the document's own files, newest first, with date, description and author", () => {
    const { model, index } = clinic(SIGNED);
    const view = jobDutiesView(model, index, position(model, "nurse"), "ru", { trace: false, history });
    expect(view.meta.changeLog?.table.columns).toEqual(["Дата", "Содержание изменения", "Автор"]);
    expect(view.meta.changeLog?.table.rows.map((r) => r.cells)).toEqual([
      ["20.11.2026", "Забор: повторный забор по вине медсестры", "Ирина Смирнова"],
      ["10.11.2026", "Главный врач: новые показатели", "Ирина Смирнова"],
    ]);
  });

  it("without history (no git, a shallow clone) is a blank form to fill in by hand", () => {
    const { model, index } = clinic(SIGNED);
    const view = jobDutiesView(model, index, position(model, "nurse"), "ru", { trace: false });
    expect(view.meta.changeLog?.table.rows).toHaveLength(5);
    expect(view.meta.changeLog?.table.rows.every((r) => r.cells.every((c) => c === ""))).toBe(true);
  });

  it("a long history shows its newest 30 entries and says how many there are", () => {
    const { model, index } = clinic(SIGNED);
    const long = {
      changes: Array.from({ length: 45 }, (_, i) => change("2026-01-01", `Правка ${45 - i}`, ["records.yaml"])),
    };
    const view = jobDutiesView(model, index, position(model, "nurse"), "ru", { trace: false, history: long });
    expect(view.meta.changeLog?.table.rows).toHaveLength(30);
    expect(view.meta.changeLog?.table.rows[0]?.cells[1]).toBe("Правка 45");
    expect(view.meta.changeLog?.note).toBe("Показаны последние изменения: 30 из 45.");
  });

  it("is absent unless documents.changeLog is git", () => {
    const { model, index } = clinic(`{ version: "1" }`);
    const view = jobDutiesView(model, index, position(model, "nurse"), "ru", { trace: false, history });
    expect(view.meta.changeLog).toBeUndefined();
  });
});

describe("the frame in Markdown", () => {
  it("puts the approval block above the title and escapes what the consultant wrote", () => {
    const { model, index } = clinic(`{ approver: { position: director, person: "*Кузнецова* | А." }, changeLog: git }`);
    const history = { changes: [change("2026-11-20", "Правка <b>таблицы</b> | колонки", ["positions.yaml"])] };
    const files = emitMarkdown(model, index, { lang: "ru", trace: false, history });
    const md = String(files.find((f) => f.path === "positions/nurse/job-duties.md")?.content);
    expect(md.startsWith("**УТВЕРЖДАЮ**\\\nГлавный врач\\\n\\_")).toBe(true);
    expect(md).toContain("\\*Кузнецова\\* \\| А.");
    expect(md).toContain("| 20.11.2026 | Правка &lt;b&gt;таблицы&lt;/b&gt; \\| колонки | Ирина Смирнова |");
    expect(md.indexOf("## С документом ознакомлен(а)")).toBeGreaterThan(md.indexOf("# Должностные обязанности"));
    expect(md.indexOf("## Лист регистрации изменений")).toBeGreaterThan(md.indexOf("## Паспорт документа"));
  });
});

function gitIn(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Ирина Смирнова",
      GIT_AUTHOR_EMAIL: "i@example.org",
      GIT_COMMITTER_NAME: "Ирина Смирнова",
      GIT_COMMITTER_EMAIL: "i@example.org",
    },
  });
}

function specRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), "procspec-history-"));
  const dir = join(repo, "спец");
  mkdirSync(dir);
  writeFileSync(join(dir, "procspec.yaml"), `lang: ru\ndocuments: ${SIGNED}\n`);
  for (const [path, text] of Object.entries(FILES)) writeFileSync(join(dir, path), text);
  writeFileSync(join(repo, "README.md"), "outside the spec folder\n");
  gitIn(repo, "init", "-q");
  gitIn(repo, "add", ".");
  gitIn(repo, "commit", "-q", "-m", "Первая версия описания клиники", "--date", "2026-11-01T10:00:00+03:00");
  writeFileSync(join(dir, "sampling.yaml"), `${FILES["sampling.yaml"]}description: Медсестра берёт кровь.\n`);
  gitIn(repo, "commit", "-q", "-am", "Забор биоматериала: описание", "--date", "2026-11-20T23:30:00+03:00");
  writeFileSync(join(repo, "README.md"), "changed\n");
  gitIn(repo, "commit", "-q", "-am", "README", "--date", "2026-11-21T10:00:00+03:00");
  return dir;
}

describe("reading the history from git (CLI)", () => {
  it("reads the commits of the spec folder, newest first, with paths relative to it and the author's own date", () => {
    const dir = specRepo();
    const outcome = readSourceHistory(dir);
    expect("history" in outcome && outcome.history.changes.map((c) => [c.date, c.description])).toEqual([
      // 23:30 in Moscow is the 20th, whatever the time zone of the machine building the documents.
      ["2026-11-20", "Забор биоматериала: описание"],
      ["2026-11-01", "Первая версия описания клиники"],
    ]);
    expect("history" in outcome && outcome.history.changes[0]?.files).toEqual(["sampling.yaml"]);
  });

  it("a folder outside git and a shallow clone are named, not failures", () => {
    expect(readSourceHistory(mkdtempSync(join(tmpdir(), "procspec-nogit-")))).toEqual({ unavailable: "no-git" });
    const dir = specRepo();
    const clone = mkdtempSync(join(tmpdir(), "procspec-shallow-"));
    gitIn(clone, "clone", "-q", "--depth", "1", `file://${join(dir, "..")}`, "repo");
    expect(readSourceHistory(join(clone, "repo", "спец"))).toEqual({ unavailable: "shallow" });
  });

  it("build writes the change log from git, and the same commit gives the same bytes", async () => {
    const dir = specRepo();
    const out = join(dir, "..", "out");
    const first = await runMain("build", dir, "--out", out, "--format", "md", "--quiet");
    expect(first.code).toBe(0);
    const md = readFileSync(join(out, "positions", "nurse", "job-duties.md"), "utf8");
    expect(md).toContain("| 20.11.2026 | Забор биоматериала: описание | Ирина Смирнова |");
    expect(md).not.toContain("README");
    await runMain("build", dir, "--out", out, "--format", "md", "--quiet");
    expect(readFileSync(join(out, "positions", "nurse", "job-duties.md"), "utf8")).toBe(md);
  });

  it("build outside git says why the change logs are blank and still succeeds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "procspec-nogit-"));
    writeFileSync(join(dir, "procspec.yaml"), `lang: ru\ndocuments: ${SIGNED}\n`);
    for (const [path, text] of Object.entries(FILES)) writeFileSync(join(dir, path), text);
    const result = await runMain("build", dir, "--format", "md");
    expect(result.code).toBe(0);
    expect(result.err).toContain("не в репозитории git: листы регистрации изменений оставлены пустыми");
  });
});
