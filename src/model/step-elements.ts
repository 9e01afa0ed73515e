import type { SourceDoc } from "../load/source.js";
import type { IdTable } from "./elements.js";
import { Reader } from "./elements.js";
import { indexedRecs, str } from "./read.js";
import type { Executor, InfoSystem, Instruction, Ref, Step, StepExecutor, StepItem, Transition } from "./types.js";

/** The steps of a process document, with each step's default move to the one below resolved. */
export function readSteps(doc: SourceDoc, ids: IdTable, executors: readonly Executor[]): Step[] {
  const r = new Reader(doc, ids);
  const entries = indexedRecs(doc.data.steps);
  const steps: Step[] = [];
  entries.forEach(([i, x], place) => {
    const pointer = `/steps/${i}`;
    const step: Step = {
      id: str(x.id) ?? "",
      name: str(x.name) ?? str(x.id) ?? "",
      source: r.source(pointer),
      number: place + 1,
      inputs: items(r, x.inputs, `${pointer}/inputs`),
      outputs: items(r, x.outputs, `${pointer}/outputs`),
      next: [],
    };
    const executor = readExecutor(r, x.executor, `${pointer}/executor`, executors);
    if (executor) step.executor = executor;
    const term = str(x.term);
    if (term !== undefined && term.trim() !== "") step.term = term;
    const system = r.ref(x.system, `${pointer}/system`, `steps[${i}].system`, ["system"]);
    if (system) step.system = system;
    const instruction = r.ref(x.instruction, `${pointer}/instruction`, `steps[${i}].instruction`, ["instruction"]);
    if (instruction) step.instruction = instruction;
    const written: Transition[] = indexedRecs(x.next).flatMap(([k, t]) => {
      const target = str(t.step);
      if (target === undefined) return [];
      const transition: Transition = { step: target, written: true, source: r.source(`${pointer}/next/${k}`) };
      const when = str(t.when);
      if (when !== undefined && when.trim() !== "") transition.when = when;
      return [transition];
    });
    if (written.length > 0) step.next = written;
    else if (x.end !== true) {
      const below = entries[place + 1];
      const id = below ? str(below[1].id) : undefined;
      if (id !== undefined) step.next = [{ step: id, written: false, source: step.source }];
    }
    steps.push(step);
  });
  return steps;
}

function items(r: Reader, value: unknown, pointer: string): StepItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, k) => {
    const name = str(v);
    return name !== undefined && name.trim() !== "" ? [{ name, source: r.source(`${pointer}/${k}`) }] : [];
  });
}

/** A position id resolves to the position; otherwise a role of the process's executors; otherwise kept as text. */
function readExecutor(
  r: Reader,
  value: unknown,
  pointer: string,
  executors: readonly Executor[],
): StepExecutor | undefined {
  const text = str(value);
  if (text === undefined || text.trim() === "") return undefined;
  const source = r.source(pointer);
  if (r.ids.kindOf(text) === "position") {
    const position = r.ref(text, pointer, "executor", ["position"]) as Ref;
    return { text, position, name: position.name, source };
  }
  const role = executors.find((e) => e.role !== undefined && e.role === text)?.role;
  return role !== undefined ? { text, role, name: role, source } : { text, name: text, source };
}

export function readInstruction(doc: SourceDoc, ids: IdTable): Instruction {
  const d = doc.data;
  const r = new Reader(doc, ids);
  const positions = r.texts(d.positions, "/positions");
  const instruction: Instruction = {
    kind: "instruction",
    id: str(d.id) ?? "",
    name: str(d.name) ?? str(d.id) ?? "",
    source: r.source(""),
    positions: positions.texts
      .map((id, k) => {
        const pointer = positions.sources[k]?.pointer ?? "/positions";
        return r.ref(id, pointer, `positions[${pointer.split("/")[2] ?? k}]`, ["position"]);
      })
      .filter((ref): ref is Ref => ref !== undefined),
    steps: [],
    workers: [],
  };
  const text = str(d.text);
  if (text !== undefined && text.trim() !== "") instruction.text = text.trim();
  return instruction;
}

export function readSystem(doc: SourceDoc, ids: IdTable): InfoSystem {
  const d = doc.data;
  const r = new Reader(doc, ids);
  const rules = r.texts(d.rules, "/rules");
  const system: InfoSystem = {
    kind: "system",
    id: str(d.id) ?? "",
    name: str(d.name) ?? str(d.id) ?? "",
    source: r.source(""),
    rules: rules.texts,
    ruleSources: rules.sources,
    steps: [],
    positions: [],
  };
  const owner = r.ref(d.owner, "/owner", "owner", ["position"]);
  if (owner) system.owner = owner;
  return system;
}
