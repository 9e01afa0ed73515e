import { createHash } from "node:crypto";
import elkModule from "elkjs/lib/elk.bundled.js";
import type { ELK } from "elkjs/lib/elk-api.js";
import type { Flow, FlowDocument, FlowEdge, FlowNode } from "./flow.js";

/**
 * Coordinates for a flow, shared by the BPMN diagram interchange and the swimlane picture. ELK's layered
 * algorithm does the hard part — breaking cycles, assigning columns, ordering — over the flow graph; lanes then
 * band the rows: each node keeps ELK's column and goes into its executor's lane, stacked when two share a column.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface LaidNode extends FlowNode, Box {}
export interface LaidDocument extends FlowDocument, Box {}
export interface LaidEdge extends FlowEdge {
  points: Point[];
  /** Where the condition is written. */
  label?: Box;
}
export interface LaidLane extends Box {
  id: string;
  name: string;
}

export interface FlowLayout {
  flow: Flow;
  /** The pool: the whole drawing, lanes inside it right of the pool's title band. */
  pool: Box;
  lanes: LaidLane[];
  nodes: LaidNode[];
  documents: LaidDocument[];
  edges: LaidEdge[];
  /** Document associations drawn: each data object to the task it stands beside. */
  associations: { id: string; document: string; task: string; output: boolean; points: Point[] }[];
}

export const SIZE = {
  task: { width: 150, height: 80 },
  gateway: { width: 50, height: 50 },
  event: { width: 36, height: 36 },
  document: { width: 36, height: 44, slot: 90, labelHeight: 60 },
  poolBand: 30,
  laneBand: 30,
  /** Above each row: room for a flow routed over the row and its condition. */
  lanePad: 60,
  margin: 10,
};

// Continuation markers are drawn as intermediate events, the size of start and end events.
const sizeOf = (node: FlowNode) =>
  node.kind === "task" ? SIZE.task : node.kind === "gateway" ? SIZE.gateway : SIZE.event;

const DOCS_PER_ROW = 2;

// The bundle is CommonJS (`module.exports = ELK`); its typings describe an ES default export of the same class.
const ElkConstructor = elkModule as unknown as new () => ELK;
let elk: ELK | undefined;

/**
 * ELK's columns of a graph kept between builds (the CLI keeps them in the project's cache folder). ELK is most of
 * the time a warm build spends on a swimlane; the rest of the layout is cheap arithmetic on its columns.
 */
export interface LayoutCache {
  /** `key` is a hash of everything ELK is given; the value is each node's x as ELK placed it. */
  get(key: string): Promise<Record<string, number> | undefined>;
  set(key: string, columns: Record<string, number>): Promise<void>;
}

export async function layoutFlow(flow: Flow, cache?: LayoutCache): Promise<FlowLayout> {
  const elkX = await elkColumns(flow, cache);
  return placeFlow(flow, elkX);
}

async function elkColumns(flow: Flow, cache: LayoutCache | undefined): Promise<Map<string, number>> {
  const input = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.spacing.nodeNode": "30",
      "elk.layered.spacing.nodeNodeBetweenLayers": "50",
      // Conditions are given to ELK as edge labels, so it widens only the gaps after a decision to hold them.
      "elk.edgeLabels.placement": "CENTER",
      // Keep the written order of the steps wherever the graph allows it: the picture reads like the table.
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
    },
    children: flow.nodes.map((n) => ({ id: n.id, ...sizeOf(n) })),
    edges: flow.edges.map((e) => ({
      id: e.id,
      sources: [e.from],
      targets: [e.to],
      ...(e.when !== undefined
        ? { labels: [{ id: `${e.id}_label`, text: e.when, width: LABEL_WIDTH, height: 40 }] }
        : {}),
    })),
  };
  const key = cache ? createHash("sha256").update(JSON.stringify(input)).digest("hex") : "";
  const cached = cache ? await cache.get(key) : undefined;
  // A damaged or foreign entry is laid out afresh rather than trusted.
  if (cached && flow.nodes.every((n) => Number.isFinite(cached[n.id]))) return new Map(Object.entries(cached));
  elk ??= new ElkConstructor();
  const graph = await elk.layout(input);
  const columns = new Map((graph.children ?? []).map((c) => [c.id, c.x ?? 0]));
  await cache?.set(key, Object.fromEntries(columns));
  return columns;
}

function placeFlow(flow: Flow, elkX: ReadonlyMap<string, number>): FlowLayout {
  const docsOf = new Map<string, FlowDocument[]>();
  for (const doc of flow.documents) {
    const list = docsOf.get(doc.anchor) ?? [];
    list.push(doc);
    docsOf.set(doc.anchor, list);
  }
  const docRows = (id: string) => Math.ceil((docsOf.get(id)?.length ?? 0) / DOCS_PER_ROW);
  const docRowHeight = SIZE.document.height + SIZE.document.labelHeight;
  const docsWidth = (id: string) => Math.min(docsOf.get(id)?.length ?? 0, DOCS_PER_ROW) * SIZE.document.slot;

  // Rows inside each lane: a node goes into the first row whose last node ends left of it.
  const left = SIZE.margin + SIZE.poolBand + SIZE.laneBand + SIZE.lanePad;
  const rowOf = new Map<string, number>();
  const rowsPerLane = flow.lanes.map(() => [] as number[]);
  const ordered = [...flow.nodes].sort((a, b) => (elkX.get(a.id) ?? 0) - (elkX.get(b.id) ?? 0));
  for (const node of ordered) {
    const x = left + (elkX.get(node.id) ?? 0);
    const ends = rowsPerLane[node.lane] ?? [];
    let row = ends.findIndex((end) => end + 20 <= x);
    if (row === -1) row = ends.length;
    ends[row] = x + Math.max(sizeOf(node).width, docsWidth(node.id));
    rowOf.set(node.id, row);
  }
  // A row is as tall as its tallest task with the documents beneath it.
  const rowHeights = flow.lanes.map(() => [] as number[]);
  for (const node of flow.nodes) {
    const heights = rowHeights[node.lane] as number[];
    const row = rowOf.get(node.id) ?? 0;
    const rows = docRows(node.id);
    const height = SIZE.task.height + (rows > 0 ? 12 + rows * docRowHeight : 0);
    heights[row] = Math.max(heights[row] ?? 0, height);
  }

  // A marker's label is wider than the marker: it must not run past the pool's edge.
  const right = (n: FlowNode) =>
    n.kind === "link" ? (sizeOf(n).width + LINK_LABEL_WIDTH) / 2 : Math.max(sizeOf(n).width, docsWidth(n.id));
  const width = Math.max(...flow.nodes.map((n) => left + (elkX.get(n.id) ?? 0) + right(n)), left) + 40;
  const lanes: LaidLane[] = [];
  const rowTop: number[][] = [];
  let y = SIZE.margin;
  flow.lanes.forEach((lane, i) => {
    const heights = (rowHeights[i] ?? []).map((h) => h ?? SIZE.task.height);
    const tops: number[] = [];
    let inner = y + SIZE.lanePad;
    for (const h of heights) {
      tops.push(inner);
      inner += h + SIZE.lanePad;
    }
    const height = Math.max(inner - y, SIZE.task.height + 2 * SIZE.lanePad);
    lanes.push({
      id: lane.id,
      name: lane.name,
      x: SIZE.margin + SIZE.poolBand,
      y,
      width: width - SIZE.margin - SIZE.poolBand,
      height,
    });
    rowTop.push(tops);
    y += height;
  });
  const pool: Box = { x: SIZE.margin, y: SIZE.margin, width: width - SIZE.margin, height: y - SIZE.margin };

  const nodes: LaidNode[] = flow.nodes.map((node) => {
    const size = sizeOf(node);
    const top = rowTop[node.lane]?.[rowOf.get(node.id) ?? 0] ?? 0;
    return {
      ...node,
      x: Math.round(left + (elkX.get(node.id) ?? 0)),
      y: Math.round(top + (SIZE.task.height - size.height) / 2),
      ...size,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const documents: LaidDocument[] = [];
  const associations: FlowLayout["associations"] = [];
  for (const [anchor, docs] of docsOf) {
    const task = byId.get(anchor);
    if (!task) continue;
    docs.forEach((doc, k) => {
      const box: Box = {
        x: task.x + (k % DOCS_PER_ROW) * SIZE.document.slot + (SIZE.document.slot - SIZE.document.width) / 2,
        y: task.y + task.height + 12 + Math.floor(k / DOCS_PER_ROW) * docRowHeight,
        width: SIZE.document.width,
        height: SIZE.document.height,
      };
      documents.push({ ...doc, ...box });
      const output = doc.producers.includes(anchor);
      // Documents of the first row hang straight below the task; later rows are reached down its left edge, so
      // no line crosses a document above.
      const path =
        k < DOCS_PER_ROW
          ? [p(box.x + box.width / 2, task.y + task.height), p(box.x + box.width / 2, box.y)]
          : [
              p(task.x + 6, task.y + task.height),
              p(task.x + 6, box.y + box.height / 2),
              p(box.x, box.y + box.height / 2),
            ];
      associations.push({
        id: `Association_${doc.id}`,
        document: doc.id,
        task: anchor,
        output,
        points: output ? path : [...path].reverse(),
      });
    });
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : 1));

  const edges: LaidEdge[] = flow.edges.map((edge) => route(edge, byId, nodes));
  return { flow, pool, lanes, nodes, documents, edges, associations };
}

/** Orthogonal routes: forward to the left side of the target, backward over the top of both shapes. */
function route(edge: FlowEdge, byId: Map<string, LaidNode>, nodes: readonly LaidNode[]): LaidEdge {
  const s = byId.get(edge.from);
  const t = byId.get(edge.to);
  if (!s || !t) return { ...edge, points: [] };
  const sy = s.y + s.height / 2;
  const ty = t.y + t.height / 2;
  const sx = s.x + s.width;
  const tx = t.x;
  let points: Point[];
  // A straight line along a row would run through the shapes between source and target.
  const blocked =
    Math.abs(sy - ty) < 1 &&
    nodes.some((n) => n !== s && n !== t && n.x > sx && n.x < tx && n.y <= sy && sy <= n.y + n.height);
  if (tx >= sx + 10 && blocked) {
    const over = Math.min(s.y, t.y) - 18;
    const scx = s.x + s.width / 2;
    points = [p(scx, s.y), p(scx, over), p(tx - 15, over), p(tx - 15, ty), p(tx, ty)];
  } else if (tx >= sx + 10) {
    if (Math.abs(sy - ty) < 1) points = [p(sx, sy), p(tx, ty)];
    else if (s.kind === "gateway") {
      // Out of the diamond's top or bottom corner, then straight to the target.
      const cx = s.x + s.width / 2;
      points = [p(cx, ty < sy ? s.y : s.y + s.height), p(cx, ty), p(tx, ty)];
    } else {
      const mx = tx - 15;
      points = [p(sx, sy), p(mx, sy), p(mx, ty), p(tx, ty)];
    }
  } else {
    const over = Math.min(s.y, t.y) - 15;
    const scx = s.x + s.width / 2;
    const tcx = t.x + t.width / 2;
    points = [p(scx, s.y), p(scx, over), p(tcx, over), p(tcx, t.y)];
  }
  const laid: LaidEdge = { ...edge, points };
  const [a, b] = points;
  if (edge.when !== undefined && a && b) {
    // Beside the first segment out of the diamond: above a horizontal one, right of a vertical one.
    laid.label =
      a.y === b.y
        ? { x: Math.round(a.x + (b.x - a.x - LABEL_WIDTH) / 2), y: a.y - 52, width: LABEL_WIDTH, height: 50 }
        : b.y > a.y
          ? { x: a.x + 6, y: a.y + 4, width: LABEL_WIDTH, height: 50 }
          : // Going up and over the row: above the line that runs over it, clear of the straight branch's label.
            { x: a.x + 6, y: b.y - 42, width: LABEL_WIDTH, height: 40 };
  }
  return laid;
}

/** Continuation markers' labels may spread wider than the marker, into the space between columns. */
export const LINK_LABEL_WIDTH = 120;

/** Conditions are wrapped to this width (bpmn-js wraps external labels at 90). */
export const LABEL_WIDTH = 90;

const p = (x: number, y: number): Point => ({ x: Math.round(x), y: Math.round(y) });
