import { sameText } from "../../model/same-text.js";
import { stepGraph } from "../../model/step-graph.js";
import type { Process, Step } from "../../model/types.js";

/**
 * The course of a process as BPMN sees it, before any coordinates: one lane per executor, a start event, a task
 * per step, an exclusive gateway after each decision, an end event after each step that ends the process, and a
 * data object per document the steps take or give. Ids are derived from step ids, so they are stable and valid
 * XML names.
 */
/** `link`: a continuation marker where a swimlane diagram printed in parts goes on in another part. */
export type FlowNodeKind = "start" | "task" | "gateway" | "end" | "link";

export interface FlowNode {
  id: string;
  kind: FlowNodeKind;
  /** Text on the shape: the task's number and name; empty for events and gateways. */
  name: string;
  /** Index into `lanes`. */
  lane: number;
  step?: Step;
}

export interface FlowEdge {
  id: string;
  from: string;
  to: string;
  /** The branch condition, on flows out of a gateway. */
  when?: string;
}

export interface FlowDocument {
  id: string;
  name: string;
  /** The task it is drawn beside: its producer, or for a resource its first consumer. */
  anchor: string;
  producers: string[];
  consumers: string[];
}

export interface FlowLane {
  id: string;
  name: string;
}

export interface Flow {
  processId: string;
  name: string;
  lanes: FlowLane[];
  nodes: FlowNode[];
  edges: FlowEdge[];
  documents: FlowDocument[];
}

const xmlId = (prefix: string, id: string) => `${prefix}_${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;

export function processFlow(process: Process): Flow {
  const graph = stepGraph(process);
  const lanes: FlowLane[] = [];
  const laneOf = new Map<string, number>();
  for (const step of graph.steps) {
    const key = step.executor?.text ?? "";
    if (laneOf.has(key)) continue;
    laneOf.set(key, lanes.length);
    lanes.push({ id: xmlId("Lane", `${lanes.length + 1}`), name: step.executor?.name ?? "" });
  }
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const taskId = (step: Step) => xmlId("Task", step.id);
  const first = graph.first;
  if (first) {
    nodes.push({ id: "StartEvent_1", kind: "start", name: "", lane: laneOf.get(first.executor?.text ?? "") ?? 0 });
    edges.push({ id: xmlId("Flow", `start-${first.id}`), from: "StartEvent_1", to: taskId(first) });
  }
  for (const step of graph.steps) {
    const lane = laneOf.get(step.executor?.text ?? "") ?? 0;
    nodes.push({ id: taskId(step), kind: "task", name: `${step.number}. ${step.name}`, lane, step });
    const targets = step.next.filter((t) => graph.byId.has(t.step));
    if (targets.length === 0) {
      const end = xmlId("EndEvent", step.id);
      nodes.push({ id: end, kind: "end", name: "", lane });
      edges.push({ id: xmlId("Flow", `${step.id}-end`), from: taskId(step), to: end });
    } else if (targets.length === 1) {
      const [only] = targets;
      if (only)
        edges.push({ id: xmlId("Flow", `${step.id}-${only.step}`), from: taskId(step), to: xmlId("Task", only.step) });
    } else {
      const gateway = xmlId("Gateway", step.id);
      nodes.push({ id: gateway, kind: "gateway", name: "", lane });
      edges.push({ id: xmlId("Flow", `${step.id}-decision`), from: taskId(step), to: gateway });
      targets.forEach((t, k) => {
        const edge: FlowEdge = {
          id: xmlId("Flow", `${step.id}-${k + 1}-${t.step}`),
          from: gateway,
          to: xmlId("Task", t.step),
        };
        if (t.when !== undefined) edge.when = t.when;
        edges.push(edge);
      });
    }
  }
  return {
    processId: process.id,
    name: process.name,
    lanes,
    nodes,
    edges,
    documents: documentsOf(graph.steps, taskId, equipment(process)),
  };
}

/** Renewable resources (equipment, programs) are what a step works with, not documents it reads. */
function equipment(process: Process): Set<string> {
  return new Set(process.resources.filter((r) => r.type === "renewable").map((r) => sameText(r.name)));
}

/**
 * One data object per distinct document (names compared as the rules compare them), in order of first mention:
 * what the steps produce, and what they take from outside except equipment.
 */
function documentsOf(steps: readonly Step[], taskId: (step: Step) => string, skip: Set<string>): FlowDocument[] {
  const byKey = new Map<string, FlowDocument>();
  const get = (name: string) => {
    const key = sameText(name);
    if (skip.has(key)) return undefined;
    let doc = byKey.get(key);
    if (!doc) {
      doc = { id: xmlId("Data", `${byKey.size + 1}`), name, anchor: "", producers: [], consumers: [] };
      byKey.set(key, doc);
    }
    return doc;
  };
  for (const step of steps) {
    for (const input of step.inputs) get(input.name)?.consumers.push(taskId(step));
    for (const output of step.outputs) get(output.name)?.producers.push(taskId(step));
  }
  for (const doc of byKey.values()) doc.anchor = doc.producers[0] ?? doc.consumers[0] ?? "";
  return [...byKey.values()];
}
