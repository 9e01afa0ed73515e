/**
 * The part-two documents as a reader checks them: the regulation's course table is the steps one to one, the
 * DOCX carries the swimlane picture, instructions and the system regulation are there, job duties name the
 * instructions; the swimlane SVG has a lane per executor and a task per step.
 */
import { join } from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { swimlaneDiagrams } from "../src/emit/diagrams/swimlanes.js";
import type { EmittedFile } from "../src/emit/files.js";
import { emitDocuments } from "../src/emit/index.js";
import { loadProject } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";
import { REPO } from "./helpers/cli.js";

const { model, index } = compileModel(loadProject(join(REPO, "examples", "car-service-ru")));
// A 1×1 PNG stands in for the drawn picture: what is under test is that the regulation embeds it.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);

let files: Map<string, EmittedFile["content"]>;
beforeAll(async () => {
  // The intake is wider than A4 allows at a readable size: it is printed in two parts.
  const images = new Map([
    ["swimlane-vehicle-intake.1", { png: PNG }],
    ["swimlane-vehicle-intake.2", { png: PNG }],
  ]);
  const emitted = await emitDocuments(model, index, {
    formats: new Set(["md", "docx", "svg"]),
    lang: "ru",
    trace: false,
    images,
  });
  files = new Map(emitted.map((f) => [f.path, f.content]));
}, 120_000);

const text = (path: string) => {
  const content = files.get(path);
  if (typeof content !== "string") throw new Error(`no text file ${path}`);
  return content;
};

describe("the regulation of a process", () => {
  it("lists the steps in its course table one to one: number, name, executor, term", () => {
    const intake = index.processes.get("vehicle-intake");
    const md = text("regulations/vehicle-intake.md");
    const course = md.slice(md.indexOf("## 6."), md.indexOf("## 7."));
    const rows = course.split("\n").filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(intake?.steps.length ?? -1);
    intake?.steps.forEach((step, i) => {
      const cells = rows[i]?.split(" | ") ?? [];
      expect(cells[0]).toBe(`| ${step.number}`);
      expect(cells[1]?.startsWith(step.name)).toBe(true);
      expect(cells[2]).toBe(step.executor?.name);
      expect(cells[5]).toBe(step.term);
    });
    expect(md).toContain("- Клиент отказался от ремонта — переход к шагу 7");
    expect(md).toContain("**Часть 1 из 2: шаги 1–3**");
    expect(md).toContain(
      "![Регламент процесса «3.2 Приём автомобиля от клиента». Часть 2 из 2: шаги 4–7](../diagrams/swimlane-vehicle-intake.2.svg)",
    );
    // A process that fits one page keeps one picture under the plain name.
    expect(text("regulations/appointment-booking.md")).toContain("](../diagrams/swimlane-appointment-booking.svg)");
    expect(md).toContain("## С документом ознакомлен(а)");
    expect(md).toContain("## Лист регистрации изменений");
  });

  it("exists only for processes with steps", () => {
    const regulations = [...files.keys()].filter((p) => p.startsWith("regulations/") && p.endsWith(".md"));
    expect(regulations.sort()).toEqual(
      model.processes
        .filter((p) => p.steps.length > 0)
        .map((p) => `regulations/${p.id}.md`)
        .sort(),
    );
  });

  it("as DOCX embeds the swimlane picture, part by part under captions, and names every step", () => {
    const docx = files.get("docx/regulations/vehicle-intake.docx");
    if (!(docx instanceof Uint8Array)) throw new Error("no DOCX");
    const zip = unzipSync(docx);
    const body = new TextDecoder().decode(zip["word/document.xml"]);
    expect(body.match(/<pic:pic\b/g)).toHaveLength(2);
    expect(body).toContain("Часть 1 из 2: шаги 1–3");
    expect(body).toContain("Часть 2 из 2: шаги 4–7");
    for (const step of index.processes.get("vehicle-intake")?.steps ?? []) expect(body).toContain(step.name);
  });
});

describe("instructions and the system regulation", () => {
  it("each instruction has its document with the steps it serves and its text", () => {
    const md = text("instructions/vehicle-inspection.md");
    expect(md).toContain("# Инструкция «Осмотр автомобиля при приёмке»");
    expect(md).toContain(
      "| 3.2 Приём автомобиля от клиента | 5. Осмотреть автомобиль вместе с клиентом и составить дефектную карту | Мастер-приёмщик |",
    );
    expect(md).toContain("1. Пригласите клиента пройти к автомобилю");
    expect(files.has("docx/instructions/quality-check.docx")).toBe(true);
  });

  it("the system regulation says who records what and when, its rules and who controls it", () => {
    const md = text("systems/dms.md");
    expect(md).toContain("# Регламент работы в системе «1С:Автосервис»");
    expect(md).toContain(
      "| Диспетчер автосервиса | Запись клиента на ремонт | 5 минут | 3.1 Приём заявок и запись клиентов на ремонт, шаг 2 |",
    );
    expect(md).toContain("- Наряд-заказ оформляется только в системе");
    expect(md).toContain("Руководитель автосервиса контролирует полноту");
    // The service advisor's card has a KPI of working in this system: the control section carries it, with the
    // schedule of the card and the advisor's manager as the checker.
    const control = md.slice(md.indexOf("## 4."), md.indexOf("## 5."));
    expect(control).toContain("Работа в системе входит в карты KPI должностей");
    const row = control.split("\n").find((line) => line.startsWith("| Мастер-приёмщик |")) ?? "";
    expect(row).toContain("Работа с клиентами ведётся в учётной системе: доля обращений клиентов");
    expect(row).toContain("| 100 % (90 %) |");
    expect(row).toContain("ежедневно — 1 неделя; еженедельно — 3 недели; далее по итогам периода (месяц)");
    expect(row).toMatch(/\| Руководитель автосервиса \|$/);
  });

  it("job duties list the instructions the position works by and the systems it records in", () => {
    const md = text("positions/service-advisor/job-duties.md");
    expect(md).toContain("[Осмотр автомобиля при приёмке](../../instructions/vehicle-inspection.md)");
    expect(md).toContain("[1С:Автосервис](../../systems/dms.md)");
    expect(text("positions/general-director/job-duties.md")).not.toContain("Инструкции, по которым");
  });
});

describe("the swimlane diagram", () => {
  it("has a lane per executor, a task per step, a diamond per decision, in SVG written without a browser", async () => {
    const diagrams = await swimlaneDiagrams(model, "ru");
    for (const diagram of diagrams) {
      const process = index.processes.get(diagram.processId);
      const steps = process?.steps ?? [];
      expect(diagram.layout.lanes.map((l) => l.name)).toEqual([...new Set(steps.map((s) => s.executor?.name))]);
      // Over all its parts, the picture has a task per step and a diamond per decision, each once.
      const svg = diagram.parts.map((part) => part.svg).join("");
      for (const part of diagram.parts) expect(files.get(`diagrams/${part.name}.svg`)).toBe(part.svg);
      expect(svg.match(/<rect [^>]*rx="10"/g)).toHaveLength(steps.length);
      expect(svg.match(/stroke-width="3"/g) ?? []).toHaveLength(steps.filter((s) => s.next.length >= 2).length);
      for (const layout of [diagram.layout, ...diagram.parts.map((p) => p.layout)]) {
        for (const node of layout.nodes) {
          const lane = layout.lanes[node.lane];
          expect(node.y >= (lane?.y ?? 0) && node.y + node.height <= (lane?.y ?? 0) + (lane?.height ?? 0)).toBe(true);
        }
      }
    }
    expect(diagrams.map((d) => d.name)).toContain("swimlane-vehicle-repair");
  });
});
