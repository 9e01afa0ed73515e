import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { profstandardWords } from "../../i18n/words/profstandards.js";
import type { ModelIndex } from "../../model/index-model.js";
import { sameText } from "../../model/same-text.js";
import { compareWithStandard } from "../../model/standard-comparison.js";
import type { Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { ViewOptions } from "./blocks.js";
import { documentFrame } from "./frame.js";
import { coverageText, linkedPositions, standardLabel } from "./profstandard-comparison.js";
import { bulletList, heading, paragraph, type ReportView } from "./report.js";

/** «Перечень должностей и применяемых профессиональных стандартов»: one row per linked position. */
export function profstandardListView(model: Model, index: ModelIndex, lang: Lang, options: ViewOptions): ReportView {
  const w = profstandardWords(lang);
  const none = documentWords(lang).common.none;
  const rows = linkedPositions(model).map((position, i) => {
    const c = compareWithStandard(position, model, index);
    const link = position.profstandard;
    const g = c.generalized;
    const generalized = g
      ? `${g.code} «${g.name}»${g.level !== undefined ? `, ${g.level}` : ""}`
      : (link?.function ?? none);
    const functions = c.labourFunctions.map((f) => `${f.code} ${f.name}`);
    const titleMatch = g
      ? g.jobTitles.some((t) => sameText(t) === sameText(position.name))
        ? w.title.yes
        : w.title.no
      : none;
    return {
      cells: [
        String(i + 1),
        position.name,
        position.unit?.found === "unit" ? position.unit.name : none,
        c.standard ? standardLabel(c) : `${link?.code ?? ""} (${w.list.noXml})`,
        generalized,
        functions.length > 0 ? functions : none,
        titleMatch,
        c.total > 0 ? coverageText(c, lang) : none,
      ],
    };
  });
  const unlinked = model.positions.filter((p) => p.profstandard === undefined).map((p) => p.name);
  return {
    document: "profstandard-list",
    path: outputPaths.profstandardList,
    lang,
    title: w.titles.list,
    meta: documentFrame(model, index, lang, options, { sources: "all" }),
    landscape: true,
    personal: false,
    blocks: [
      paragraph(w.list.intro, true),
      {
        kind: "table",
        table: { columns: w.list.columns, rows },
        weights: [5, 13, 12, 18, 15, 17, 8, 12],
        centered: [0, 6],
      },
      heading(w.list.unlinked),
      unlinked.length > 0 ? bulletList(unlinked) : paragraph(w.list.allLinked),
    ],
    none,
  };
}
