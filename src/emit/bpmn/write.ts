import { BpmnModdle, type ModdleElement } from "bpmn-moddle";
import type { Lang } from "../../i18n/lang.js";
import { stepWords } from "../../i18n/words/steps.js";
import type { Process } from "../../model/types.js";
import { processFlow } from "./flow.js";
import { type FlowLayout, layoutFlow, type Point } from "./layout.js";

/**
 * A process with steps as a BPMN 2.0 file: a collaboration with one pool, a lane per executor, a task per step,
 * exclusive gateways with the conditions on their flows, start and end events, data objects for the documents,
 * and diagram interchange from the shared layout so bpmn.io, Camunda Modeler and other tools open it laid out.
 * Written with bpmn-moddle, the model behind bpmn-js, so the XML is what those tools read back.
 */
export async function processBpmn(process: Process, lang: Lang, layout?: FlowLayout): Promise<string> {
  const laid = layout ?? (await layoutFlow(processFlow(process)));
  const moddle = new BpmnModdle();
  const words = stepWords(lang);
  const { flow } = laid;
  const create = (type: string, attrs: Record<string, unknown> = {}) => moddle.create(type, attrs);

  const elements = new Map<string, ModdleElement>();
  const flowElements: ModdleElement[] = [];
  for (const node of flow.nodes) {
    const type =
      node.kind === "start"
        ? "bpmn:StartEvent"
        : node.kind === "end"
          ? "bpmn:EndEvent"
          : node.kind === "gateway"
            ? "bpmn:ExclusiveGateway"
            : "bpmn:Task";
    const attrs: Record<string, unknown> = { id: node.id, incoming: [], outgoing: [] };
    if (node.name) attrs.name = node.name;
    const step = node.step;
    if (step && node.kind === "task") {
      const notes = [
        step.executor ? `${words.executor}: ${step.executor.name}` : "",
        step.term ? `${words.term}: ${step.term}` : "",
        step.system ? `${words.system}: ${step.system.name}` : "",
        step.instruction ? `${words.instruction}: ${step.instruction.name}` : "",
      ].filter((line) => line !== "");
      if (notes.length > 0) attrs.documentation = [create("bpmn:Documentation", { text: notes.join("\n") })];
    }
    const element = create(type, attrs);
    elements.set(node.id, element);
    flowElements.push(element);
  }
  for (const edge of flow.edges) {
    const source = elements.get(edge.from);
    const target = elements.get(edge.to);
    if (!source || !target) continue;
    const attrs: Record<string, unknown> = { id: edge.id, sourceRef: source, targetRef: target };
    if (edge.when !== undefined) {
      attrs.name = edge.when;
      attrs.conditionExpression = create("bpmn:FormalExpression", { body: edge.when });
    }
    const sequenceFlow = create("bpmn:SequenceFlow", attrs);
    (source.outgoing as ModdleElement[]).push(sequenceFlow);
    (target.incoming as ModdleElement[]).push(sequenceFlow);
    elements.set(edge.id, sequenceFlow);
    flowElements.push(sequenceFlow);
  }

  // A data object per document, referenced once; tasks read it through an input and give it through an output
  // association (a task's input association targets a property of the task, as bpmn-js writes it).
  const drawnAssociation = new Map(laid.associations.map((a) => [`${a.task}|${a.document}|${a.output}`, a]));
  const associationIds = new Map<string, string>();
  for (const doc of flow.documents) {
    const object = create("bpmn:DataObject", { id: `DataObject_${doc.id}` });
    const reference = create("bpmn:DataObjectReference", { id: doc.id, name: doc.name, dataObjectRef: object });
    flowElements.push(object, reference);
    elements.set(doc.id, reference);
    for (const taskId of doc.producers) {
      const task = elements.get(taskId);
      if (!task) continue;
      const id = `DataOutputAssociation_${doc.id}_${taskId}`;
      const association = create("bpmn:DataOutputAssociation", { id, targetRef: reference });
      task.dataOutputAssociations = [
        ...((task.dataOutputAssociations as ModdleElement[] | undefined) ?? []),
        association,
      ];
      associationIds.set(`${taskId}|${doc.id}|true`, id);
      elements.set(id, association);
    }
    for (const taskId of doc.consumers) {
      const task = elements.get(taskId);
      if (!task) continue;
      let property = (task.properties as ModdleElement[] | undefined)?.[0];
      if (!property) {
        property = create("bpmn:Property", { id: `Property_${taskId}`, name: "__targetRef_placeholder" });
        task.properties = [property];
      }
      const id = `DataInputAssociation_${doc.id}_${taskId}`;
      const association = create("bpmn:DataInputAssociation", { id, sourceRef: [reference], targetRef: property });
      task.dataInputAssociations = [
        ...((task.dataInputAssociations as ModdleElement[] | undefined) ?? []),
        association,
      ];
      associationIds.set(`${taskId}|${doc.id}|false`, id);
      elements.set(id, association);
    }
  }

  const lanes = laid.lanes.map((lane, i) =>
    create("bpmn:Lane", {
      id: lane.id,
      name: lane.name,
      flowNodeRef: flow.nodes.filter((n) => n.lane === i).flatMap((n) => elements.get(n.id) ?? []),
    }),
  );
  const processElement = create("bpmn:Process", {
    id: `Process_${flow.processId}`,
    name: flow.name,
    isExecutable: false,
    laneSets: [create("bpmn:LaneSet", { id: "LaneSet_1", lanes })],
    flowElements,
  });
  const participant = create("bpmn:Participant", { id: "Participant_1", name: flow.name, processRef: processElement });
  const collaboration = create("bpmn:Collaboration", { id: "Collaboration_1", participants: [participant] });

  const bounds = (b: { x: number; y: number; width: number; height: number }) =>
    create("dc:Bounds", { x: b.x, y: b.y, width: b.width, height: b.height });
  const waypoints = (points: Point[]) => points.map((pt) => create("dc:Point", { x: pt.x, y: pt.y }));
  const shapes: ModdleElement[] = [
    create("bpmndi:BPMNShape", {
      id: "Participant_1_di",
      bpmnElement: participant,
      isHorizontal: true,
      bounds: bounds(laid.pool),
    }),
    ...laid.lanes.map((lane, i) =>
      create("bpmndi:BPMNShape", {
        id: `${lane.id}_di`,
        bpmnElement: lanes[i],
        isHorizontal: true,
        bounds: bounds(lane),
      }),
    ),
    ...laid.nodes.map((node) => {
      const attrs: Record<string, unknown> = {
        id: `${node.id}_di`,
        bpmnElement: elements.get(node.id),
        bounds: bounds(node),
      };
      if (node.kind === "gateway") attrs.isMarkerVisible = true;
      return create("bpmndi:BPMNShape", attrs);
    }),
    ...laid.documents.map((doc) =>
      create("bpmndi:BPMNShape", {
        id: `${doc.id}_di`,
        bpmnElement: elements.get(doc.id),
        bounds: bounds(doc),
        label: create("bpmndi:BPMNLabel", {
          bounds: bounds({ x: doc.x - 20, y: doc.y + doc.height + 4, width: doc.width + 40, height: 36 }),
        }),
      }),
    ),
  ];
  const edges: ModdleElement[] = [
    ...laid.edges.map((edge) => {
      const attrs: Record<string, unknown> = {
        id: `${edge.id}_di`,
        bpmnElement: elements.get(edge.id),
        waypoint: waypoints(edge.points),
      };
      if (edge.label) attrs.label = create("bpmndi:BPMNLabel", { bounds: bounds(edge.label) });
      return create("bpmndi:BPMNEdge", attrs);
    }),
    ...laid.associations.flatMap((a) => {
      const id = associationIds.get(`${a.task}|${a.document}|${a.output}`);
      const element = id === undefined ? undefined : elements.get(id);
      if (!element || !drawnAssociation.has(`${a.task}|${a.document}|${a.output}`)) return [];
      return [create("bpmndi:BPMNEdge", { id: `${id}_di`, bpmnElement: element, waypoint: waypoints(a.points) })];
    }),
  ];
  const diagram = create("bpmndi:BPMNDiagram", {
    id: "BPMNDiagram_1",
    plane: create("bpmndi:BPMNPlane", {
      id: "BPMNPlane_1",
      bpmnElement: collaboration,
      planeElement: [...shapes, ...edges],
    }),
  });
  const definitions = create("bpmn:Definitions", {
    id: `Definitions_${flow.processId}`,
    targetNamespace: "https://procspec.dev/bpmn",
    exporter: "procspec",
    exporterVersion: "1",
    rootElements: [collaboration, processElement],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return `${xml}\n`;
}
