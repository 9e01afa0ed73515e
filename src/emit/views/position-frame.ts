/** The frame of the three position documents: what they are compiled from and who signs them. */

import type { Lang } from "../../i18n/lang.js";
import { frameWords } from "../../i18n/words/frame.js";
import { processesOf } from "../../model/completeness.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Model, Position } from "../../model/types.js";
import type { ViewOptions } from "./blocks.js";
import { processTitle } from "./common.js";
import { type DocumentFrame, documentFrame, type Signatory, sourceFiles } from "./frame.js";

/** Enough blank lines for every holder of the position, at least five, at most a page. */
function acknowledgementRows(position: Position): number {
  return Math.min(Math.max(position.headcount ?? 0, 5), 20);
}

function positionSources(model: Model, index: ModelIndex, position: Position, withOrganization: boolean): string[] {
  return sourceFiles([
    withOrganization ? model.organization : undefined,
    position,
    ...processesOf(position.executes, index),
    ...processesOf(position.owns, index),
  ]);
}

/** Job duties and the profile: approved, then acknowledged by every employee holding the position. */
export function acknowledgedFrame(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  options: ViewOptions,
  withOrganization: boolean,
): DocumentFrame {
  return documentFrame(model, index, lang, options, {
    sources: positionSources(model, index, position, withOrganization),
    acknowledgement: acknowledgementRows(position),
  });
}

/**
 * Competencies are agreed by the three parties the guide names (docs/method.md, "The documents and where each comes from"): the employee's manager,
 * the owners of the processes the position executes (one line per owner, naming its processes), and the employee.
 */
export function agreedFrame(
  model: Model,
  index: ModelIndex,
  position: Position,
  lang: Lang,
  options: ViewOptions,
): DocumentFrame {
  const w = frameWords[lang].parties;
  const byOwner = new Map<string, { name: string; processes: string[] }>();
  for (const process of processesOf(position.executes, index)) {
    const owner = process.owner;
    if (!owner || owner.id === position.id || owner.found !== "position") continue;
    const entry = byOwner.get(owner.id) ?? { name: owner.name, processes: [] };
    entry.processes.push(processTitle(process));
    byOwner.set(owner.id, entry);
  }
  const agreement: Signatory[] = [];
  const manager = position.reportsTo;
  if (manager) {
    // A manager who also owns some of the processes signs once, in both capacities.
    const owned = byOwner.get(manager.id);
    byOwner.delete(manager.id);
    const role = owned ? `${w.manager}, ${lowerFirst(w.owner(owned.processes))}` : w.manager;
    agreement.push({ role, position: manager.name });
  }
  for (const owner of byOwner.values()) agreement.push({ role: w.owner(owner.processes), position: owner.name });
  agreement.push({ role: w.employee, position: position.name });
  return documentFrame(model, index, lang, options, {
    sources: sourceFiles([position, ...processesOf(position.executes, index)]),
    agreement,
  });
}

/** "Владелец процесса" continues a list: "Руководитель, владелец процесса". */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
