import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { regulationWords } from "../../i18n/words/regulations.js";
import { processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import { sameText } from "../../model/same-text.js";
import type { Model, Position, Process, Unit } from "../../model/types.js";
import { unitFlows } from "../../model/unit-flows.js";
import { outputPaths } from "../files.js";
import type { Item, Row, ViewBase, ViewOptions } from "./blocks.js";
import { lowerFirst, mergeDistinct, processOrder, processTitle, traceOf } from "./common.js";
import { documentFrame, sourceFiles } from "./frame.js";
import { type Clause, numberedSection, type RegulationSection } from "./regulation.js";

/**
 * The regulation on a unit (docs/method.md step 3) in the form Russian organizations use: seven numbered sections —
 * general provisions (place, head, staff, what guides it), goals and tasks, functions with the processes that carry
 * them, rights, responsibility for the indicators of owned processes, interaction with every other unit (what
 * passes each way, through which process), final provisions.
 */
export interface UnitRegulationView extends ViewBase {
  document: "unit-regulation";
  unitId: string;
  sections: RegulationSection[];
}

/** Word stems for matching a function with the processes that carry it: a crude, language-neutral cut. */
function stems(text: string): Set<string> {
  const words = sameText(text).match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.map((word) => word.slice(0, 5)));
}

/**
 * The processes whose name, or whose functions for this unit's positions, share a word stem with the function.
 * Stems present in most of the unit's processes ("автомобиль" in a car service) say nothing and are ignored.
 */
function carriers(functions: readonly string[], processes: readonly Process[], texts: Map<Process, string>) {
  const processStems = processes.map((p) => stems(texts.get(p) ?? p.name));
  const frequency = new Map<string, number>();
  for (const set of processStems) for (const s of set) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const common = (s: string) => processes.length >= 3 && (frequency.get(s) ?? 0) > processes.length / 2;
  return functions.map((text) => {
    const own = [...stems(text)].filter((s) => !common(s));
    return processes.filter((_, i) => own.some((s) => processStems[i]?.has(s)));
  });
}

export function unitRegulationView(
  model: Model,
  index: ModelIndex,
  unit: Unit,
  lang: Lang,
  options: ViewOptions,
): UnitRegulationView {
  const w = documentWords(lang);
  const r = regulationWords(lang);
  const u = r.unit;
  const none = w.common.none;
  const trace = traceOf(unit.source, options);

  const positions = unit.positions.flatMap((id) => index.positions.get(id) ?? []);
  const head = unit.head ? index.positions.get(unit.head.id) : undefined;
  const staff = head ? [head, ...positions.filter((p) => p !== head)] : positions;
  const headcountOf = (p: Position) => p.headcount ?? (p === head ? 1 : undefined);
  const counts = staff.map(headcountOf);
  const total = counts.every((n) => n !== undefined) ? counts.reduce((a: number, n) => a + (n ?? 0), 0) : undefined;
  const parent = unit.parent && index.units.get(unit.parent.id);

  // 1. General provisions.
  const general: Omit<Clause, "number">[] = [
    { text: u.place(unit.name, model.organization?.name, parent?.name) },
    {
      text: head
        ? `${u.head(lowerFirst(head.name), head.reportsTo?.name)} ${u.appointment(u.appointerDefault)}`
        : u.noHead,
    },
    {
      text: staff.length > 0 ? u.staff : u.noStaff,
      ...(staff.length > 0
        ? {
            table: {
              columns: [w.common.position, w.common.reportsTo, w.common.headcount],
              rows: staff.map((p, i) => ({
                cells: [p.name, p.reportsTo?.name ?? none, counts[i] !== undefined ? String(counts[i]) : none],
                ...traceOf(p.source, options),
              })),
            },
          }
        : {}),
    },
    ...(total !== undefined && staff.length > 0 ? [{ text: u.staffTotal(total) }] : []),
    { text: u.guidedBy },
  ];

  // 2. Goals and tasks: the unit's own tasks, else the client goals of the processes its positions own.
  const order = processOrder(model);
  const byOrder = (ids: Iterable<string>) =>
    processesOf(
      [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      index,
    );
  const owned = byOrder(staff.flatMap((p) => p.owns));
  // Tasks come from the top-most owned processes: their sub-processes' goals serve those and would only repeat them.
  const ownedIds = new Set(owned.map((p) => p.id));
  const topOwned = owned.filter((p) => !p.parent || !ownedIds.has(p.parent.id));
  const derived = mergeDistinct(topOwned.map((p) => p.clients.flatMap((c) => c.goals)));
  const tasks: Item[] = (unit.tasks ?? derived).map((text) => ({ text, ...trace }));
  const goals: Omit<Clause, "number">[] = [
    { text: u.goal },
    tasks.length > 0 ? { text: unit.tasks ? u.tasksOwn : u.tasksDerived, items: tasks } : { text: u.tasksNone },
  ];

  // 3. Functions, each with the processes that carry it; then every process the unit takes part in, and how.
  const processes = processesOf(unit.processes, index);
  const staffIds = new Set(staff.map((p) => p.id));
  const executorsHere = (process: Process) =>
    process.executors.filter((e) => e.position && staffIds.has(e.position.id));
  const texts = new Map(
    processes.map((p) => [p, [p.name, ...executorsHere(p).flatMap((e) => e.functions)].join(" ")] as const),
  );
  const carried = carriers(unit.functions, processes, texts);
  const functions: Omit<Clause, "number">[] = unit.functions.map((text, i) => {
    const by = carried[i] ?? [];
    const source = unit.functionSources[i];
    return {
      text: by.length > 0 ? `${text} — ${u.functionCarriedBy}: ${by.map(processTitle).join("; ")}.` : text,
      ...(source ? traceOf(source, options) : {}),
    };
  });
  if (unit.functions.length === 0) functions.push({ text: u.noFunctions });
  if (processes.length > 0)
    functions.push({
      text: u.processesClause,
      table: {
        columns: [w.common.process, u.processOwner, u.processExecutors],
        rows: processes.map(
          (process): Row => ({
            cells: [
              processTitle(process),
              process.owner?.name ?? none,
              executorsHere(process).map((e) => e.position?.name ?? e.role ?? ""),
            ],
            ...traceOf(process.source, options),
          }),
        ),
      },
    });

  // 4. Rights: the unit's own; none written — the standard list; an empty list — a reference to the orders.
  const rights: Omit<Clause, "number">[] =
    unit.rights === undefined
      ? [{ text: u.rightsIntro, items: u.standardRights.map((text) => ({ text })) }]
      : unit.rights.length > 0
        ? [{ text: u.rightsIntro, items: unit.rights.map((text) => ({ text, ...trace })) }]
        : [{ text: u.rightsByOrders }];

  // 5. Responsibility: every indicator of every owned process, with its target and owner.
  const indicatorRows: Row[] = owned.flatMap((process) =>
    process.indicators.map((indicator) => ({
      cells: [processTitle(process), indicator.name, indicator.target ?? none, process.owner?.name ?? none],
      ...traceOf(indicator.source, options),
    })),
  );
  const responsibility: Omit<Clause, "number">[] = [
    indicatorRows.length > 0
      ? {
          text: u.answersFor,
          table: { columns: [w.common.process, u.indicator, u.target, u.owner], rows: indicatorRows },
        }
      : { text: u.answersNone },
    { text: u.staffAnswer },
    { text: u.headAnswers },
  ];

  // 6. Interaction: per other unit, what this unit receives from it and gives to it, and through which process.
  const flows = unitFlows(model, index).get(unit.id) ?? [];
  const others = new Map<string, { receives: string[]; gives: string[] }>();
  for (const flow of flows) {
    const other = flow.from === unit.id ? flow.to : flow.from;
    const entry = others.get(other) ?? { receives: [], gives: [] };
    const process = index.processes.get(flow.process);
    const text = u.through(flow.what, process ? processTitle(process) : flow.process);
    (flow.from === unit.id ? entry.gives : entry.receives).push(text);
    others.set(other, entry);
  }
  const unitOrder = new Map(model.units.map((x, i) => [x.id, i]));
  const interactionRows: Row[] = [...others]
    .sort(([a], [b]) => (unitOrder.get(a) ?? 0) - (unitOrder.get(b) ?? 0))
    .map(([id, entry]) => ({
      cells: [index.units.get(id)?.name ?? id, [...new Set(entry.receives)], [...new Set(entry.gives)]],
    }));
  const interaction: Omit<Clause, "number">[] = [
    interactionRows.length > 0
      ? {
          text: u.interactionIntro,
          table: { columns: [w.common.unit, u.receives, u.gives], rows: interactionRows },
        }
      : { text: u.interactionNone },
  ];

  const final = u.finalClauses.map((text) => ({ text }));
  const s = r.sections;
  return {
    document: "unit-regulation",
    path: outputPaths.unit(unit.id),
    lang,
    title: w.titles.unitRegulation(unit.name),
    meta: documentFrame(model, index, lang, options, {
      sources: sourceFiles([unit, ...positions, ...processes]),
      acknowledgement: 3,
    }),
    unitId: unit.id,
    sections: [
      numberedSection(1, s.general, general),
      numberedSection(2, s.goals, goals),
      numberedSection(3, s.functions, functions),
      numberedSection(4, s.rights, rights),
      numberedSection(5, s.responsibility, responsibility),
      numberedSection(6, s.interaction, interaction),
      numberedSection(7, s.final, final),
    ],
  };
}
