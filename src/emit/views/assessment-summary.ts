import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { hrWords } from "../../i18n/words/hr.js";
import { assessmentItems } from "../../model/assessment.js";
import type { ModelIndex } from "../../model/index-model.js";
import { sameText } from "../../model/same-text.js";
import type { Assessment, Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Row, ViewOptions } from "./blocks.js";
import { paragraph, type ReportView, type Shade } from "./report.js";

/** Each person's latest assessment for the position (assessments are sorted by date, so the last one wins). */
function latestByPerson(assessments: readonly Assessment[], positionId: string): Assessment[] {
  const byPerson = new Map<string, Assessment>();
  for (const a of assessments) if (a.position?.id === positionId) byPerson.set(sameText(a.person), a);
  return [...byPerson.values()];
}

/** The heat table of a position: profile item × person, scores below the required level shaded. */
export function assessmentSummaryView(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  _options: ViewOptions,
): ReportView {
  const w = hrWords(lang);
  const people = latestByPerson(model.assessments, position.id);
  const required = Math.max(...people.map((a) => a.required));
  const items = assessmentItems(position, model, index).filter((item) =>
    people.some((a) => a.scores.some((s) => sameText(s.item) === sameText(item.text))),
  );
  const rows: Row[] = [];
  const shades: Array<Array<Shade | undefined>> = [];
  for (const item of items) {
    const scores = people.map((a) => a.scores.find((s) => sameText(s.item) === sameText(item.text)));
    const given = scores.flatMap((s) => (s ? [s.score] : []));
    const average = given.reduce((x, y) => x + y, 0) / Math.max(1, given.length);
    rows.push({
      cells: [
        item.text,
        ...scores.map((s) => (s ? String(s.score) : w.summary.notScored)),
        average.toFixed(1).replace(".", lang === "ru" ? "," : "."),
      ],
    });
    shades.push([
      undefined,
      ...scores.map((s, k): Shade | undefined =>
        s ? (s.score < (people[k]?.required ?? required) ? "low" : "ok") : undefined,
      ),
      undefined,
    ]);
  }
  const personWeight = Math.max(8, Math.floor(50 / Math.max(1, people.length)));
  return {
    document: "assessment-summary",
    path: outputPaths.assessmentSummary(position.id),
    lang,
    title: w.titles.summary(position.name),
    // Not an approved document: no approval block, no sign-off sheets.
    meta: {},
    positionId: position.id,
    landscape: people.length > 4,
    personal: true,
    blocks: [
      paragraph(w.personalData, true),
      paragraph(w.summary.intro(required), true),
      {
        kind: "table",
        table: { columns: [w.summary.item, ...people.map((a) => a.person), w.summary.average], rows },
        weights: [40, ...people.map(() => personWeight), 12],
        centered: people.map((_, k) => k + 1).concat(people.length + 1),
        shades,
      },
    ],
    none: documentWords(lang).common.none,
  };
}

/** Positions with at least one assessment whose position resolves. */
export function assessedPositions(model: Model, index: ModelIndex): Position[] {
  const ids = new Set(model.assessments.flatMap((a) => (a.position ? [a.position.id] : [])));
  return model.positions.filter((p) => ids.has(p.id) && index.positions.get(p.id) === p);
}
