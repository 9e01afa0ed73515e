import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Command } from "commander";
import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { suggest } from "../../i18n/suggest.js";
import { loadProject, type Project } from "../../load/project.js";
import { suggestId } from "../../validate/slug.js";
import { type Io, UsageError } from "../io.js";
import { SCHEMA_DIR, withModeline } from "../scaffold/editor.js";
import { elementDraft, type NewKind } from "../scaffold/element.js";

interface NewOptions {
  dir?: string;
  parent?: string;
  unit?: string;
  name?: string;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const FOLDER: Record<NewKind, string> = { process: "processes", position: "positions", unit: "units" };
const isNewKind = (kind: string): kind is NewKind => kind in FOLDER;

/** "vehicle-intake" → "Vehicle intake": a placeholder name the consultant overwrites. */
/**
 * The name a draft gets when --name is not given: in an English project the id read as words; in a Russian one a
 * Russian placeholder that names the id, since an English name made from a Latin id would be a leftover there.
 */
function nameFromId(id: string, kind: NewKind, lang: Lang): string {
  if (lang === "ru") return cliText(lang, `new.placeholder-${kind}`, { id });
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

const KIND_OF_DOC: Record<string, NewKind> = { Process: "process", Position: "position", Unit: "unit" };

/** The kind a reference option must name: a parent of the same kind, the unit of a position, the manager. */
function expectedKind(kind: NewKind, option: "parent" | "unit"): NewKind {
  return option === "unit" ? "unit" : kind;
}

/** Invalid id → hint at a valid one (exit 2); otherwise undefined. */
function badIdMessage(id: string, lang: Lang): string | undefined {
  if (ID.test(id) && id.length <= 64) return undefined;
  const better = suggestId(id);
  const hint = better && ID.test(better) ? ` — ${cliText(lang, "new.try-id", { id: better })}` : "";
  return `${cliText(lang, "new.bad-id", { id })}${hint}`;
}

/**
 * `--parent` and `--unit` are written into the new file: they must be ids of existing elements of the right kind,
 * or the draft would start life with an unknown or wrong-kind reference (and, unchecked, could break the YAML).
 */
function checkReference(project: Project, option: "parent" | "unit", id: string, want: NewKind, lang: Lang): void {
  const bad = badIdMessage(id, lang);
  if (bad) throw new UsageError(`--${option}: ${bad}`);
  const kinds = new Map<string, NewKind>();
  for (const doc of project.docs) {
    const kind = KIND_OF_DOC[String(doc.data.kind)];
    if (kind && typeof doc.data.id === "string" && !kinds.has(doc.data.id)) kinds.set(doc.data.id, kind);
  }
  const found = kinds.get(id);
  if (found === want) return;
  const kindWord = (k: NewKind) => cliText(lang, `new.kind-${k}`);
  if (found) {
    throw new UsageError(
      cliText(lang, "new.wrong-kind-ref", { option, id, found: kindWord(found), want: kindWord(want) }),
    );
  }
  const candidates = [...kinds].filter(([, k]) => k === want).map(([other]) => other);
  const hint = suggest(id, candidates, lang);
  throw new UsageError(
    `${cliText(lang, "new.unknown-ref", { option, id, want: kindWord(want) })}${hint ? ` — ${hint}` : ""}`,
  );
}

export function newCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("new")
    .description("add a draft process, position or unit file with every element laid out in the method's order")
    .argument("<kind>", "process, position or unit")
    .argument("<id>", "id of the new element (lowercase Latin letters, digits, hyphens)")
    .argument("[dir]", "project folder, or any folder inside one (default: this folder)")
    .option("--dir <dir>", "the same as the [dir] argument")
    .option("--name <name>", "name of the element (default: made from the id)")
    .option("--parent <id>", "parent process, parent unit, or the position a new position reports to")
    .option("--unit <id>", "unit of a new position")
    .addHelpText(
      "after",
      `
Examples:
  procspec new process vehicle-intake --name "Приём автомобиля от клиента" --parent car-service-delivery
  procspec new position service-advisor --unit car-service --parent service-manager
  procspec new unit parts-warehouse examples/car-service-ru --parent service-network

Writes processes/<id>.yaml, positions/<id>.yaml or units/<id>.yaml; never overwrites a file.`,
    )
    .action((kind: string, id: string, dirArgument: string | undefined, options: NewOptions) => {
      // Loading first: a folder without procspec.yaml is refused (exit 2) before anything else is decided.
      const project = loadProject(dirArgument ?? options.dir ?? ".");
      const dir = project.root;
      const lang: Lang = project.config.lang;
      if (!isNewKind(kind)) throw new UsageError(cliText(lang, "new.bad-kind", { kind }));
      const bad = badIdMessage(id, lang);
      if (bad) throw new UsageError(bad);
      if (options.unit !== undefined && kind !== "position") {
        throw new UsageError(cliText(lang, "new.unit-only-position"));
      }
      if (options.parent !== undefined)
        checkReference(project, "parent", options.parent, expectedKind(kind, "parent"), lang);
      if (options.unit !== undefined) checkReference(project, "unit", options.unit, expectedKind(kind, "unit"), lang);
      const taken = findId(project, id);
      if (taken) throw new UsageError(cliText(lang, "new.id-taken", { id, ...taken }));
      const file = `${FOLDER[kind]}/${id}.yaml`;
      const target = join(dir, file);
      if (existsSync(target)) throw new UsageError(cliText(lang, "new.file-exists", { file }));
      let text = elementDraft(
        {
          kind,
          id,
          name: options.name ?? nameFromId(id, kind, lang),
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
