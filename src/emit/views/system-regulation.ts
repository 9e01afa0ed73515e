import type { Lang } from "../../i18n/lang.js";
import { kpiWords } from "../../i18n/words/kpi.js";
import { stepWords } from "../../i18n/words/steps.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { InfoSystem, Model } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Item, Table, ViewBase, ViewOptions } from "./blocks.js";
import { processTitle, refLink, traceOf } from "./common.js";
import { documentFrame, sourceFiles } from "./frame.js";
import { acknowledgementRows } from "./process-regulation.js";

/**
 * The regulation of work in an information system: what each position records in it and when (from the steps
 * that name the system), the rules of work, who controls it and how, and who answers for what.
 */
export interface SystemRegulationView extends ViewBase {
  document: "system-regulation";
  systemId: string;
  general: { heading: string; fields: Field[]; purpose: string };
  records: { heading: string; intro: string; table: Table };
  rules: { heading: string; items: Item[] };
  /** `kpis`: the system-use KPIs of the positions' cards that name this system, with their control schedule. */
  control: { heading: string; text: string; kpis?: { intro: string; table: Table } };
  responsibility: { heading: string; items: Item[] };
  none: string;
}

export function systemRegulationView(
  model: Model,
  index: ModelIndex,
  system: InfoSystem,
  lang: Lang,
  options: ViewOptions,
): SystemRegulationView {
  const s = stepWords(lang);
  const d = s.systemDoc;
  const fields: Field[] = [{ label: d.name, value: system.name }];
  const ownerLink = refLink(system.owner, index);
  fields.push(
    system.owner
      ? { label: d.owner, value: system.owner.name, ...(ownerLink ? { link: ownerLink } : {}) }
      : { label: d.owner, value: s.none },
  );
  // Grouped by position in the order of the positions, then by the steps' document order.
  const order = new Map(system.positions.map((id, i) => [id, i]));
  const entries = system.steps.flatMap((at) => {
    const process = index.processes.get(at.process);
    const step = process?.steps.find((x) => x.id === at.step);
    return process && step ? [{ process, step }] : [];
  });
  entries.sort(
    (a, b) =>
      (order.get(a.step.executor?.position?.id ?? "") ?? order.size) -
      (order.get(b.step.executor?.position?.id ?? "") ?? order.size),
  );
  const rows: Table["rows"] = entries.map(({ process, step }) => ({
    cells: [
      step.executor?.name ?? s.none,
      step.outputs.length > 0 ? step.outputs.map((o) => o.name) : step.name,
      step.term ?? s.none,
      `${processTitle(process)}, ${s.step.toLowerCase()} ${step.number}`,
    ],
    ...traceOf(step.source, options),
  }));
  return {
    document: "system-regulation",
    path: outputPaths.systemRegulation(system.id),
    lang,
    title: s.titles.systemRegulation(system.name),
    meta: documentFrame(model, index, lang, options, {
      sources: sourceFiles([system, ...entries.map((e) => e.process)]),
      acknowledgement: acknowledgementRows(system.positions.map((id) => index.positions.get(id)?.headcount)),
    }),
    systemId: system.id,
    general: { heading: d.general, fields, purpose: d.purpose(system.name) },
    records: {
      heading: d.records,
      intro: d.recordsIntro,
      table: {
        columns: [d.recordColumns.position, d.recordColumns.what, d.recordColumns.when, d.recordColumns.process],
        rows,
      },
    },
    rules: { heading: d.rules, items: system.rules.map((text) => ({ text, ...traceOf(system.source, options) })) },
    control: {
      heading: d.control,
      text: system.owner ? d.controlBy(system.owner.name) : d.controlNobody,
      ...systemKpis(model, index, system, lang, options),
    },
    responsibility: {
      heading: d.responsibility,
      items: system.positions.flatMap((id) => {
        const position = index.positions.get(id);
        return position ? [{ text: d.responsibilityLine(position.name) }] : [];
      }),
    },
    none: s.none,
  };
}

/**
 * Seed 001: work in a system takes hold when the manager controls it through the system. The KPIs of the positions'
 * cards that name this system (`system:`) say what is checked, to which target and how often; the checker is the
 * position's manager, else the system's owner.
 */
function systemKpis(
  model: Model,
  index: ModelIndex,
  system: InfoSystem,
  lang: Lang,
  options: ViewOptions,
): { kpis?: { intro: string; table: Table } } {
  const d = stepWords(lang).systemDoc;
  const k = kpiWords(lang);
  const none = stepWords(lang).none;
  const rows: Table["rows"] = [];
  for (const position of model.positions) {
    for (const item of position.kpis?.items ?? []) {
      if (item.systemId !== system.id) continue;
      const stages = item.control.map((stage) => `${k.control.frequencies[stage.period]} — ${stage.for}`);
      const after = `${k.control.afterFrequency(k.periods[item.period ?? "month"])}`;
      const schedule = stages.length > 0 ? [...stages, `${k.control.after.toLowerCase()} ${after}`].join("; ") : after;
      const manager = position.reportsTo ? index.positions.get(position.reportsTo.id) : undefined;
      const target = item.target ? `${item.target}${item.threshold ? ` (${item.threshold})` : ""}` : none;
      rows.push({
        cells: [
          position.name,
          item.measure ? `${item.name}: ${lowerFirst(item.measure)}` : item.name,
          target,
          schedule,
          manager?.name ?? system.owner?.name ?? none,
        ],
        ...traceOf(item.source, options),
      });
    }
  }
  if (rows.length === 0) return {};
  const c = d.kpiColumns;
  return {
    kpis: { intro: d.controlKpis, table: { columns: [c.position, c.kpi, c.target, c.schedule, c.checker], rows } },
  };
}

const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text);
