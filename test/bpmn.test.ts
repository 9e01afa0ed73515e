/**
 * The BPMN export as a modeller would check it: every file re-reads with bpmn-moddle without a warning, has a
 * pool with a lane per executor, a task per step in its executor's lane, a gateway per decision with the
 * conditions on its flows, start and end events, data objects, and diagram interchange for every element — and
 * opens in bpmn-js (one Chromium for all files) with the lanes and tasks drawn.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BpmnModdle, type ModdleElement } from "bpmn-moddle";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processBpmn } from "../src/emit/bpmn/write.js";
import { chromiumPath, launchChromium } from "../src/emit/diagrams/renderer.js";
import { loadProject } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";
import type { Process } from "../src/model/types.js";
import { REPO } from "./helpers/cli.js";
import { runMain } from "./helpers/in-process.js";

const regulated = ["car-service-ru", "trading-en"].flatMap((example) => {
  const { model } = compileModel(loadProject(join(REPO, "examples", example)));
  return model.processes.filter((p) => p.steps.length > 0).map((p) => ({ example, process: p, lang: model.lang }));
});

const exported = new Map<string, string>();
beforeAll(async () => {
  for (const { process, lang } of regulated) exported.set(process.id, await processBpmn(process, lang));
}, 60_000);

const list = (value: unknown) => (Array.isArray(value) ? (value as ModdleElement[]) : []);

async function read(xml: string) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  return { definitions: rootElement, warnings };
}

describe("the BPMN export of every process with steps in the examples", () => {
  it("covers seven processes: five of car-service-ru, two of trading-en", () => {
    expect(regulated.map((r) => r.example)).toEqual([
      ...Array(5).fill("car-service-ru"),
      ...Array(2).fill("trading-en"),
    ]);
  });

  it.each(regulated.map((r) => [r.process.id, r.process] as [string, Process]))(
    "%s re-reads with bpmn-moddle without warnings and matches the spec",
    async (id, process) => {
      const { definitions, warnings } = await read(exported.get(id) ?? "");
      expect(warnings).toEqual([]);
      const [collaboration, bpmnProcess] = list(definitions.rootElements);
      expect(collaboration?.$type).toBe("bpmn:Collaboration");
      expect(list(collaboration?.participants)).toHaveLength(1);
      const elements = list(bpmnProcess?.flowElements);
      const ofType = (type: string) => elements.filter((e) => e.$type === type);

      const executors = [...new Set(process.steps.map((s) => s.executor?.name))];
      const lanes = list(list(bpmnProcess?.laneSets)[0]?.lanes);
      expect(lanes.map((l) => l.name)).toEqual(executors);
      const tasks = ofType("bpmn:Task");
      expect(tasks.map((t) => t.name)).toEqual(process.steps.map((s) => `${s.number}. ${s.name}`));
      for (const step of process.steps) {
        const lane = lanes.find((l) => list(l.flowNodeRef).some((n) => n.id === `Task_${step.id}`));
        expect(lane?.name, step.id).toBe(step.executor?.name);
      }

      const decisions = process.steps.filter((s) => s.next.length >= 2);
      const gateways = ofType("bpmn:ExclusiveGateway");
      expect(gateways).toHaveLength(decisions.length);
      for (const step of decisions) {
        const gateway = gateways.find((g) => g.id === `Gateway_${step.id}`);
        const out = list(gateway?.outgoing);
        expect(out.map((f) => (f.targetRef as ModdleElement).id)).toEqual(step.next.map((t) => `Task_${t.step}`));
        expect(out.map((f) => (f.conditionExpression as ModdleElement | undefined)?.body)).toEqual(
          step.next.map((t) => t.when),
        );
      }
      // Every transition of the spec is a flow (through the gateway for decisions).
      const flows = ofType("bpmn:SequenceFlow");
      const transitions = process.steps.reduce((n, s) => n + s.next.length + (s.next.length >= 2 ? 1 : 0), 0);
      const ends = process.steps.filter((s) => s.next.length === 0).length;
      expect(flows).toHaveLength(transitions + 1 + ends);
      expect(ofType("bpmn:StartEvent")).toHaveLength(1);
      expect(ofType("bpmn:EndEvent")).toHaveLength(ends);
      expect(ofType("bpmn:DataObjectReference").length).toBeGreaterThan(0);

      // Diagram interchange: a shape for every flow node and lane, an edge for every flow; nodes inside their lane.
      const plane = list(definitions.diagrams)[0]?.plane as ModdleElement;
      const shapes = list(plane.planeElement);
      const boundsOf = (elementId: string) =>
        shapes.find((s) => (s.bpmnElement as ModdleElement | undefined)?.id === elementId)?.bounds as
          | { x: number; y: number; width: number; height: number }
          | undefined;
      for (const lane of lanes) {
        const box = boundsOf(lane.id ?? "");
        expect(box, lane.id).toBeDefined();
        for (const node of list(lane.flowNodeRef)) {
          const b = boundsOf(node.id ?? "");
          expect(b, node.id).toBeDefined();
          if (!b || !box) continue;
          expect(b.y >= box.y && b.y + b.height <= box.y + box.height, `${node.id} inside ${lane.name}`).toBe(true);
        }
      }
      for (const flow of flows) {
        expect(
          shapes.some((s) => (s.bpmnElement as ModdleElement | undefined)?.id === flow.id),
          flow.id,
        ).toBe(true);
      }
    },
  );

  it("is deterministic: the same spec gives the same bytes", async () => {
    const { process, lang } = regulated[0] as (typeof regulated)[number];
    expect(await processBpmn(process, lang)).toBe(exported.get(process.id));
  });

  it("is written by `build --format bpmn`, one file per process with steps, without a browser", async () => {
    const out = mkdtempSync(join(tmpdir(), "procspec-bpmn-"));
    const run = await runMain("build", join(REPO, "examples", "trading-en"), "--out", out, "--format", "bpmn");
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, "bpmn", "order-handling.bpmn"), "utf8")).toBe(exported.get("order-handling"));
    expect(existsSync(join(out, "bpmn", "supplier-ordering.bpmn"))).toBe(true);
    expect(existsSync(join(out, "bpmn", "sales.bpmn"))).toBe(false);
  });
});

const chromium = chromiumPath();
describe.skipIf(!existsSync(chromium))("the exported files in bpmn-js", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromium);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("open without warnings, drawing every lane and every task", async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><div id="c" style="width:1600px;height:900px"></div>');
    await page.addScriptTag({ path: join(REPO, "node_modules", "bpmn-js", "dist", "bpmn-viewer.production.min.js") });
    for (const { process } of regulated) {
      const drawn = await page.evaluate(async (xml) => {
        type Viewer = { importXML(x: string): Promise<{ warnings: { message: string }[] }>; destroy(): void };
        const BpmnJS = (globalThis as unknown as { BpmnJS: new (o: { container: string }) => Viewer }).BpmnJS;
        const viewer = new BpmnJS({ container: "#c" });
        const { warnings } = await viewer.importXML(xml);
        const count = (prefix: string) =>
          document.querySelectorAll(`#c .djs-element.djs-shape[data-element-id^="${prefix}"]`).length;
        const result = { warnings: warnings.map((w) => w.message), lanes: count("Lane_"), tasks: count("Task_") };
        viewer.destroy();
        return result;
      }, exported.get(process.id) ?? "");
      expect(drawn, process.id).toEqual({
        warnings: [],
        lanes: new Set(process.steps.map((s) => s.executor?.text)).size,
        tasks: process.steps.length,
      });
    }
  }, 60_000);
});
