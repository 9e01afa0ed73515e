import type { Flow, FlowEdge, FlowNode } from "../bpmn/flow.js";
import { type FlowLayout, type LayoutCache, layoutFlow } from "../bpmn/layout.js";

/**
 * A swimlane diagram too wide or too tall to print readably is cut into parts of consecutive steps (in the order
 * written), each laid out on its own. A flow that leaves a part ends at a continuation marker naming the step and
 * the part it goes on in; a flow that enters from another part starts at a marker naming where it comes from.
 *
 * Readable means: fitted to the text column of A4 landscape (252 × 170 mm less room for a caption: 952 × 509 px
 * at 96 dpi, the regulation's page), a task's 12 px text prints at 7 pt or more — the picture is shrunk at most to
 * 7/9 of its size, so a part may be 1,220 × 654 px. No part has more than 25 steps. Where even one step is taller
 * than that (many lanes, many documents), parts are cut by width only and the page shrinks them a little more.
 */
export const PART_MAX_WIDTH = 1220;
export const PART_MAX_HEIGHT = 654;
export const PART_MAX_STEPS = 25;

export interface FlowPart {
  /** 1-based. */
  number: number;
  /** The step numbers drawn in this part, first and last. */
  firstStep: number;
  lastStep: number;
  layout: FlowLayout;
}

/** The words of the markers, given the step number(s) and the part they lead to or come from. */
export interface MarkerWords {
  toStep: (step: string, part: number) => string;
  fromSteps: (steps: string, part: number) => string;
}

/**
 * The parts of a flow: the whole layout when it fits, else runs of consecutive steps, each as long as fits (a
 * single step always does: it cannot be split further). Each part costs a few layouts of at most 25 steps, so the
 * work grows linearly with the steps of a process.
 */
export async function flowParts(
  flow: Flow,
  whole: FlowLayout,
  words: MarkerWords,
  cache?: LayoutCache,
): Promise<FlowPart[]> {
  const tasks = flow.nodes.filter((n) => n.kind === "task");
  const wide = (layout: FlowLayout) => layout.pool.width + 2 * layout.pool.x;
  const high = (layout: FlowLayout) => layout.pool.height + 2 * layout.pool.y;
  const fitsWidth = (layout: FlowLayout) => wide(layout) <= PART_MAX_WIDTH;
  const fits = (layout: FlowLayout) => fitsWidth(layout) && high(layout) <= PART_MAX_HEIGHT;
  if (tasks.length <= PART_MAX_STEPS && fits(whole)) {
    return [{ number: 1, firstStep: stepNo(tasks[0]), lastStep: stepNo(tasks.at(-1)), layout: whole }];
  }
  const owner = ownerOf(flow, tasks);
  // Trials and the final layouts of the parts often give ELK the same graph: ask it once per graph.
  const seen = new Map<string, Record<string, number>>();
  const memo: LayoutCache = {
    get: async (key) => seen.get(key) ?? (await cache?.get(key)),
    set: async (key, columns) => {
      seen.set(key, columns);
      await cache?.set(key, columns);
    },
  };
  // Until the parts are known each marker names its own source step, so no two are merged that may later part.
  const trial = (from: number, to: number) =>
    layoutFlow(
      partFlow(flow, tasks, owner, from, to, (task) => task + 1, words),
      memo,
    );
  // Where the whole layout puts the tasks gives a first guess of how many fit; a part also holds its markers and
  // its pool's bands, about 340 px. Each task's left edge and the rightmost right edge of the run are compared.
  const xs = new Map(whole.nodes.map((n) => [n.id, n.x]));
  const guess = (from: number): number => {
    const limit = Math.min(tasks.length, from + PART_MAX_STEPS);
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    for (let to = from; to < limit; to++) {
      const x = xs.get(tasks[to]?.id ?? "") ?? 0;
      left = Math.min(left, x);
      right = Math.max(right, x + 150);
      if (to > from && right - left + 340 > PART_MAX_WIDTH) return to;
    }
    return limit;
  };
  // Greedy: each part takes as many of the following steps as fit, searched from the guess (usually two layouts),
  // so a long process has as few parts as the page allows.
  const longest = async (from: number, ok: (layout: FlowLayout) => boolean): Promise<number> => {
    const limit = Math.min(tasks.length, from + PART_MAX_STEPS);
    const start = guess(from);
    let lo = from + 1;
    let hi = limit;
    if (start > lo && !ok(await trial(from, start))) hi = start - 1;
    else {
      lo = start;
      if (lo === limit || !ok(await trial(from, lo + 1))) return lo;
      lo++;
    }
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (ok(await trial(from, mid))) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const ranges: [number, number][] = [];
  for (let from = 0; from < tasks.length; ) {
    let to = await longest(from, fits);
    if (to === from + 1 && !fits(await trial(from, to))) to = await longest(from, fitsWidth);
    ranges.push([from, to]);
    from = to;
  }

  // Now that every step's part is known, lay out each part with its markers named (the names do not change the
  // layout, so with a cache this costs nothing more).
  const partOfTask = new Array<number>(tasks.length);
  for (const [i, [a, b]] of ranges.entries()) partOfTask.fill(i + 1, a, b);
  const partOf = (task: number) => partOfTask[task] ?? 0;
  const parts: FlowPart[] = [];
  for (const [i, [a, b]] of ranges.entries()) {
    parts.push({
      number: i + 1,
      firstStep: stepNo(tasks[a]),
      lastStep: stepNo(tasks[b - 1]),
      layout: await layoutFlow(partFlow(flow, tasks, owner, a, b, partOf, words), memo),
    });
  }
  return parts;
}

const stepNo = (node: FlowNode | undefined) => node?.step?.number ?? 0;

/** Each node's task (by index): a task is its own; start, gateway and end events belong to the task they adjoin. */
function ownerOf(flow: Flow, tasks: readonly FlowNode[]): Map<string, number> {
  const owner = new Map(tasks.map((t, i) => [t.id, i]));
  for (const edge of flow.edges) {
    const from = owner.get(edge.from);
    const to = owner.get(edge.to);
    if (from !== undefined && to === undefined) owner.set(edge.to, from);
    else if (to !== undefined && from === undefined && !owner.has(edge.from)) owner.set(edge.from, to);
  }
  return owner;
}

/** The flow of the tasks `from` … `to - 1`, their events, gateways and documents, with continuation markers. */
function partFlow(
  flow: Flow,
  tasks: readonly FlowNode[],
  owner: ReadonlyMap<string, number>,
  from: number,
  to: number,
  partOf: (task: number) => number,
  words: MarkerWords,
): Flow {
  const inside = (id: string) => {
    const at = owner.get(id);
    return at !== undefined && at >= from && at < to;
  };
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const taskOf = (id: string) => {
    const task = owner.get(id);
    return task === undefined ? undefined : tasks[task];
  };
  const edges: FlowEdge[] = [];
  const before = new Map<string, FlowNode[]>();
  const after = new Map<string, FlowNode[]>();
  const incoming = new Map<string, { node: FlowNode; steps: number[]; edge: FlowEdge }>();
  for (const edge of flow.edges) {
    const a = inside(edge.from);
    const b = inside(edge.to);
    if (a && b) edges.push(edge);
    else if (a) {
      const target = byId.get(edge.to);
      const source = byId.get(edge.from);
      if (!target || !source) continue;
      const marker: FlowNode = {
        id: `Link_${edge.id}`,
        kind: "link",
        name: words.toStep(String(stepNo(target)), partOf(owner.get(edge.to) ?? -1)),
        lane: source.lane,
      };
      after.set(edge.from, [...(after.get(edge.from) ?? []), marker]);
      edges.push({ ...edge, to: marker.id });
    } else if (b) {
      const target = byId.get(edge.to);
      const sourceTask = owner.get(edge.from);
      if (!target || sourceTask === undefined) continue;
      const part = partOf(sourceTask);
      const key = `${edge.to} ${part}`;
      const seen = incoming.get(key);
      const number = stepNo(taskOf(edge.from));
      if (seen) {
        seen.steps.push(number);
        continue;
      }
      // Named by its first source step, not by the part, so the trial layouts' graphs are reused for the final one.
      const marker: FlowNode = { id: `Link_in_${sourceTask}_${edge.to}`, kind: "link", name: "", lane: target.lane };
      const entry = { node: marker, steps: [number], edge: { id: `${edge.id}_in`, from: marker.id, to: edge.to } };
      incoming.set(key, entry);
      before.set(edge.to, [...(before.get(edge.to) ?? []), marker]);
      edges.push(entry.edge);
    }
  }
  for (const [key, entry] of incoming) {
    const part = Number(key.slice(key.lastIndexOf(" ") + 1));
    const steps = [...new Set(entry.steps)].sort((x, y) => x - y);
    entry.node.name = words.fromSteps(steps.join(", "), part);
  }

  // Lanes of this part's nodes only, in the order of the whole diagram.
  const used = new Set<number>();
  const nodes: FlowNode[] = [];
  for (const node of flow.nodes) {
    if (!inside(node.id)) continue;
    nodes.push(...(before.get(node.id) ?? []), node, ...(after.get(node.id) ?? []));
  }
  for (const node of nodes) used.add(node.lane);
  const laneIndex = new Map([...used].sort((x, y) => x - y).map((lane, i) => [lane, i]));
  return {
    processId: flow.processId,
    name: flow.name,
    lanes: flow.lanes.filter((_, i) => used.has(i)),
    nodes: nodes.map((n) => ({ ...n, lane: laneIndex.get(n.lane) ?? 0 })),
    edges,
    documents: flow.documents.filter((d) => inside(d.anchor)),
  };
}
