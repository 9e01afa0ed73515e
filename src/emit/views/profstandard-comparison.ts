import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { profstandardWords } from "../../i18n/words/profstandards.js";
import { processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import { positionProfile } from "../../model/profile.js";
import { sameText } from "../../model/same-text.js";
import {
  type ActionCoverage,
  compareWithStandard,
  matchRequirements,
  type StandardComparison,
  SUGGEST_THRESHOLD,
} from "../../model/standard-comparison.js";
import type { Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Row, ViewOptions } from "./blocks.js";
import { processTitle } from "./common.js";
import { documentFrame, sourceFiles } from "./frame.js";
import { fieldList, heading, paragraph, type ReportBlock, type ReportView } from "./report.js";

/** What the position is for: the goals of the clients of the processes it owns and performs, each once. */
export function positionPurposes(position: Position, index: ModelIndex): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const process of processesOf([...position.owns, ...position.executes], index)) {
    for (const client of process.clients) {
      for (const goal of client.goals) {
        const key = sameText(goal);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(goal);
      }
    }
  }
  return out;
}

export function coverageText(c: StandardComparison, lang: Lang): string {
  return profstandardWords(lang).coverageFigure(c.confirmed, c.total, c.suggested);
}

export function standardLabel(c: StandardComparison): string {
  return c.standard ? `${c.standard.code} «${c.standard.title}»` : (c.position.profstandard?.code ?? "");
}

export function actionRow(a: ActionCoverage, lang: Lang): Row {
  const w = profstandardWords(lang).actions;
  const by = a.by ? w.inProcess(a.by.text, processTitle(a.by.process)) : documentWords(lang).common.none;
  const status =
    a.status === "confirmed"
      ? w.confirmed
      : a.status === "suggested" && a.by
        ? w.suggested(a.ref, processTitle(a.by.process))
        : w.uncovered;
  return { cells: [a.ref, a.text, a.status === "uncovered" ? documentWords(lang).common.none : by, status] };
}

/** The comparison of one linked position with its professional standard, in the guide's order of stages. */
export function profstandardComparisonView(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  options: ViewOptions,
): ReportView {
  const w = profstandardWords(lang);
  const none = documentWords(lang).common.none;
  const c = compareWithStandard(position, model, index);
  const blocks: ReportBlock[] = [];
  const fields: Field[] = [
    {
      label: w.fields.position,
      value: position.name,
      link: { text: position.name, to: outputPaths.profile(position.id) },
    },
  ];
  if (position.unit?.found === "unit")
    fields.push({
      label: w.fields.unit,
      value: position.unit.name,
      link: { text: position.unit.name, to: outputPaths.unit(position.unit.id) },
    });
  fields.push({ label: w.fields.standard, value: standardLabel(c) });
  if (c.standard?.registrationNumber)
    fields.push({ label: w.fields.registration, value: c.standard.registrationNumber });
  if (c.generalized) {
    fields.push({ label: w.fields.generalized, value: `${c.generalized.code} «${c.generalized.name}»` });
    if (c.generalized.level !== undefined) fields.push({ label: w.fields.level, value: String(c.generalized.level) });
  }
  if (c.total > 0) fields.push({ label: w.fields.coverage, value: coverageText(c, lang) });
  blocks.push(fieldList(fields));

  const view: ReportView = {
    document: "profstandard-comparison",
    path: outputPaths.profstandardComparison(position.id),
    lang,
    title: w.titles.comparison(position.name),
    meta: documentFrame(model, index, lang, options, {
      sources: [
        ...new Set([
          ...sourceFiles([position, ...processesOf([...position.owns, ...position.executes], index)]),
          ...(c.standard ? [c.standard.file] : []),
        ]),
      ].sort(),
    }),
    positionId: position.id,
    landscape: true,
    personal: false,
    blocks,
    none,
  };
  if (!c.standard) {
    blocks.push(paragraph(w.noStandard(position.profstandard?.code ?? ""), true));
    return view;
  }

  blocks.push(heading(`1. ${w.purpose.heading}`), paragraph(w.purpose.intro, true));
  const purposes = positionPurposes(position, index);
  blocks.push({
    kind: "table",
    table: {
      columns: [w.purpose.standard, w.purpose.position],
      rows: [{ cells: [c.standard.purpose || none, purposes.length > 0 ? purposes : none] }],
    },
    weights: [50, 50],
  });

  const g = c.generalized;
  if (g) {
    const matches = g.jobTitles.some((t) => sameText(t) === sameText(position.name));
    blocks.push(
      heading(`2. ${w.title.heading}`),
      fieldList([
        { label: w.title.current, value: position.name },
        { label: w.title.possible, value: g.jobTitles.join("; ") || none },
        { label: w.title.matches, value: matches ? w.title.yes : w.title.no },
      ]),
      paragraph(w.title.law, true),
    );
  }

  blocks.push(
    heading(`3. ${w.actions.heading}`),
    paragraph(
      w.actions.intro(lang === "ru" ? SUGGEST_THRESHOLD.toFixed(2).replace(".", ",") : SUGGEST_THRESHOLD.toFixed(2)),
      true,
    ),
  );
  if (c.labourFunctions.length === 0) blocks.push(paragraph(w.actions.noFunctions));
  for (const lf of c.labourFunctions) {
    blocks.push(heading(`${lf.code} ${lf.name}`, 3), {
      kind: "table",
      table: {
        columns: [w.actions.number, w.actions.action, w.actions.function, w.actions.status],
        rows: c.actions.filter((a) => a.labourFunction === lf).map((a) => actionRow(a, lang)),
      },
      weights: [10, 34, 34, 22],
    });
  }

  const profile = positionProfile(position, model, index);
  const profileSkills = profile.skills.map((e) => e.text);
  const profileKnowledge = [...profile.generalKnowledge, ...profile.subjectKnowledge].map((e) => e.text);
  const requirementTable = (requirements: string[], candidates: string[], columns: string[]): ReportBlock => ({
    kind: "table",
    table: {
      columns,
      rows: matchRequirements(requirements, candidates, lang).map((m) => ({
        cells: [m.text, m.closest ?? w.skills.absent],
      })),
    },
    weights: [50, 50],
  });
  const skills = c.labourFunctions.flatMap((f) => f.skills);
  const knowledge = c.labourFunctions.flatMap((f) => f.knowledge);
  blocks.push(heading(`4. ${w.skills.heading}`));
  blocks.push(
    skills.length > 0
      ? requirementTable(skills, profileSkills, [w.skills.standard, w.skills.profile])
      : paragraph(none),
  );
  blocks.push(heading(`5. ${w.knowledge.heading}`));
  blocks.push(
    knowledge.length > 0
      ? requirementTable(knowledge, profileKnowledge, [w.knowledge.standard, w.knowledge.profile])
      : paragraph(none),
  );

  if (g) {
    const q = w.qualification;
    const list = (texts: string[]) => (texts.length > 0 ? texts : none);
    blocks.push(heading(`6. ${q.heading}`), {
      kind: "table",
      table: {
        columns: [q.requirement, q.standard, q.position],
        rows: [
          { cells: [q.education, list(g.education), position.education ?? q.notStated] },
          { cells: [q.experience, list(g.experience), position.experience ?? q.notStated] },
          { cells: [q.conditions, list(g.conditions), none] },
        ],
      },
      weights: [22, 43, 35],
    });
  }
  return view;
}

/** Positions whose `profstandard` the comparison documents are built for. */
export function linkedPositions(model: Model): Position[] {
  return model.positions.filter((p) => p.profstandard !== undefined);
}
