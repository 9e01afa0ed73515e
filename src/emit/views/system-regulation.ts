import type { Lang } from "../../i18n/lang.js";
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
  control: { heading: string; text: string };
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
    control: { heading: d.control, text: system.owner ? d.controlBy(system.owner.name) : d.controlNobody },
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
