import { documentWords } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import type { ModelIndex } from "../../model/index-model.js";
import type { Position } from "../../model/types.js";
import type { Field } from "./blocks.js";
import { refLink } from "./common.js";

/** The header every position document starts with: position, unit, manager (and headcount when given). */
export function positionFields(position: Position, index: ModelIndex, lang: Lang): Field[] {
  const w = documentWords(lang);
  const fields: Field[] = [{ label: w.common.position, value: position.name }];
  const unitLink = refLink(position.unit, index);
  if (position.unit)
    fields.push({ label: w.common.unit, value: position.unit.name, ...(unitLink ? { link: unitLink } : {}) });
  const bossLink = refLink(position.reportsTo, index);
  if (position.reportsTo)
    fields.push({ label: w.common.reportsTo, value: position.reportsTo.name, ...(bossLink ? { link: bossLink } : {}) });
  if (position.headcount !== undefined) fields.push({ label: w.common.headcount, value: String(position.headcount) });
  return fields;
}
