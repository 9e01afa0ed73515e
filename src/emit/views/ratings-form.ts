import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { ratingsWords } from "../../i18n/words/ratings.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Unit } from "../../model/types.js";
import { unitFlows } from "../../model/unit-flows.js";
import { outputPaths } from "../files.js";
import type { ViewOptions } from "./blocks.js";
import { documentFrame, sourceFiles } from "./frame.js";
import { bulletList, fieldList, paragraph, type ReportView } from "./report.js";

/** A side a unit may rate and the process that links them: one line of the form and of the CSV template. */
export interface FormLine {
  rated: string;
  process: string;
}

/**
 * What a unit may rate: every other unit something passes to or from it through a process, once per process —
 * units in model order, processes in process order. The same links `ratings-unlinked-pair` accepts.
 */
export function formLines(unit: Unit, model: Model, index: ModelIndex): FormLine[] {
  const pairs = new Set<string>();
  for (const flow of unitFlows(model, index).get(unit.id) ?? []) {
    const other = flow.from === unit.id ? flow.to : flow.from;
    pairs.add(`${other}\u0000${flow.process}`);
  }
  const unitRank = new Map(model.units.map((u, i) => [u.id, i]));
  const processRank = new Map(model.processes.map((p, i) => [p.id, i]));
  return [...pairs]
    .map((key) => {
      const [rated = "", process = ""] = key.split("\u0000");
      return { rated, process };
    })
    .sort(
      (a, b) =>
        (unitRank.get(a.rated) ?? 0) - (unitRank.get(b.rated) ?? 0) ||
        (processRank.get(a.process) ?? 0) - (processRank.get(b.process) ?? 0),
    );
}

/** The CSV a unit fills in: the columns `procspec ratings` reads, one row per side and process, scores blank. */
export function formCsv(unit: Unit, lines: readonly FormLine[]): string {
  const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = lines.map((l) => ["", unit.id, l.rated, l.process, "", ""].map(quote).join(","));
  return `${["date,rater,rated,process,score,comment", ...rows].join("\n")}\n`;
}

/** The printable form of one unit: the scale, then a row to fill in per side and process; the document frame around. */
export function ratingsFormView(
  model: Model,
  index: ModelIndex,
  unit: Unit,
  lines: readonly FormLine[],
  lang: Lang,
  options: ViewOptions,
): ReportView {
  const w = ratingsWords(lang);
  const f = w.form;
  const processes = [...new Set(lines.map((l) => l.process))].map((id) => index.processes.get(id));
  const sources = sourceFiles([unit, ...processes]);
  return {
    document: "ratings-form",
    path: outputPaths.ratingsForm(unit.id),
    lang,
    title: w.titles.form(unit.name),
    meta: documentFrame(model, index, lang, options, { sources }),
    landscape: false,
    personal: false,
    blocks: [
      fieldList([
        { label: f.unit, value: unit.name },
        { label: f.month, value: f.blank },
      ]),
      paragraph(f.intro),
      bulletList(f.scale),
      lines.length === 0
        ? paragraph(f.none)
        : {
            kind: "table",
            table: {
              columns: ["№", f.rated, f.process, f.score, f.comment],
              rows: lines.map((l, i) => ({
                cells: [
                  String(i + 1),
                  index.units.get(l.rated)?.name ?? l.rated,
                  index.processes.get(l.process)?.name ?? l.process,
                  "",
                  "",
                ],
              })),
            },
            weights: [6, 24, 32, 12, 26],
            centered: [0, 3],
          },
      ...f.signatures.map((line) => paragraph(line)),
    ],
    none: documentWords(lang).common.none,
  };
}
