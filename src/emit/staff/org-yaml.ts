/**
 * The spec files of an imported staff list: every unit in `org/units.yaml` (one YAML document each, parents first)
 * and every position in `org/positions/<id>.yaml`. Keys in the order of the format's description, values quoted
 * by the YAML library wherever a name would otherwise be read as something else.
 */

import { stringify } from "yaml";
import type { Lang } from "../../i18n/lang.js";
import type { StaffOrg } from "../../model/staff-org.js";

export const UNITS_FILE = "org/units.yaml";
export const POSITIONS_DIR = "org/positions";

export interface SpecFile {
  /** Relative to the project folder, with `/`. */
  path: string;
  content: string;
}

const HEADER: Record<Lang, (source: string) => string> = {
  ru: (source) => `# Импортировано из штатного расписания ${source} (procspec import)`,
  en: (source) => `# Imported from the staff list ${source} (procspec import)`,
};

const yaml = (value: Record<string, unknown>) => stringify(value, { lineWidth: 0 });

/** `source` is the staff list's file name, written into a comment at the top of every file. */
export function staffSpecFiles(org: StaffOrg, source: string, lang: Lang): SpecFile[] {
  const comment = HEADER[lang](source);
  const units = org.units.map((unit) =>
    yaml({
      kind: "Unit",
      id: unit.id,
      name: unit.name,
      ...(unit.parent ? { parent: unit.parent } : {}),
      ...(unit.head ? { head: unit.head } : {}),
    }),
  );
  const files: SpecFile[] = [];
  if (units.length > 0) files.push({ path: UNITS_FILE, content: `${comment}\n${units.join("---\n")}` });
  for (const position of org.positions) {
    files.push({
      path: `${POSITIONS_DIR}/${position.id}.yaml`,
      content: `${comment}\n${yaml({
        kind: "Position",
        id: position.id,
        name: position.name,
        unit: position.unit,
        ...(position.reportsTo ? { reportsTo: position.reportsTo } : {}),
        ...(position.headcount !== undefined ? { headcount: position.headcount } : {}),
      })}`,
    });
  }
  return files;
}
