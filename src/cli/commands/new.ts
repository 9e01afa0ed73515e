import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Command } from "commander";
import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { loadProject, type Project } from "../../load/project.js";
import { suggestId } from "../../validate/slug.js";
import { type Io, UsageError } from "../io.js";
import { SCHEMA_DIR, withModeline } from "../scaffold/editor.js";
import { elementDraft, type NewKind } from "../scaffold/element.js";

interface NewOptions {
  dir: string;
  parent?: string;
  unit?: string;
  name?: string;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const FOLDER: Record<NewKind, string> = { process: "processes", position: "positions", unit: "units" };
const isNewKind = (kind: string): kind is NewKind => kind in FOLDER;

/** "vehicle-intake" → "Vehicle intake": a placeholder name the consultant overwrites. */
function nameFromId(id: string): string {
  const words = id.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where an element id is already defined in the project, if anywhere (all kinds share one namespace). */
function findId(project: Project, id: string): { file: string; line: number } | undefined {
  for (const doc of project.docs) {
    if (doc.data.id !== id) continue;
    const node = doc.yaml.get("id", true);
    const offset = node && typeof node === "object" && "range" in node && Array.isArray(node.range) ? node.range[0] : 0;
    return { file: doc.file, line: doc.lineCounter.linePos(Number(offset)).line };
  }
  return undefined;
}

export function newCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("new")
    .description("add a draft process, position or unit file with every element laid out in the method's order")
    .argument("<kind>", "process, position or unit")
    .argument("<id>", "id of the new element (lowercase Latin letters, digits, hyphens)")
    .option("--dir <dir>", "project folder (holds procspec.yaml)", ".")
    .option("--name <name>", "name of the element (default: made from the id)")
    .option("--parent <id>", "parent process, parent unit, or the position a new position reports to")
    .option("--unit <id>", "unit of a new position")
    .addHelpText(
      "after",
      `
Examples:
  procspec new process vehicle-intake --name "Приём автомобиля от клиента" --parent car-service-delivery
  procspec new position service-advisor --unit car-service --parent service-manager
  procspec new unit parts-warehouse --parent service-network --dir examples/car-service-ru

Writes processes/<id>.yaml, positions/<id>.yaml or units/<id>.yaml; never overwrites a file.`,
    )
    .action((kind: string, id: string, options: NewOptions) => {
      const dir = options.dir;
      // Loading first: a folder without procspec.yaml is refused (exit 2) before anything else is decided.
      const project = loadProject(dir);
      const lang: Lang = project.config.lang;
      if (!isNewKind(kind)) throw new UsageError(cliText(lang, "new.bad-kind", { kind }));
      if (!ID.test(id) || id.length > 64) {
        const better = suggestId(id);
        const hint = better && ID.test(better) ? ` — ${cliText(lang, "new.try-id", { id: better })}` : "";
        throw new UsageError(`${cliText(lang, "new.bad-id", { id })}${hint}`);
      }
      if (options.unit && kind !== "position") throw new UsageError(cliText(lang, "new.unit-only-position"));
      const taken = findId(project, id);
      if (taken) throw new UsageError(cliText(lang, "new.id-taken", { id, ...taken }));
      const file = `${FOLDER[kind]}/${id}.yaml`;
      const target = join(dir, file);
      if (existsSync(target)) throw new UsageError(cliText(lang, "new.file-exists", { file }));
      let text = elementDraft(
        {
          kind,
          id,
          name: options.name ?? nameFromId(id),
          ...(options.parent ? { parent: options.parent } : {}),
          ...(options.unit ? { unit: options.unit } : {}),
        },
        lang,
      );
      // The modeline only where init put the schemas; elsewhere it would point at nothing.
      if (existsSync(join(dir, SCHEMA_DIR))) text = withModeline(file, text);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: "wx" });
      io.out(`${cliText(lang, "new.done", { file })}\n`);
      setExit(0);
    });
}
