import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadProject, loadProjectFromFiles } from "../src/load/project.js";
import { compileModel } from "../src/model/compile.js";
import { REPO } from "./helpers/cli.js";

const { model, index } = compileModel(loadProject(join(REPO, "examples", "car-service-ru")));
const process = (id: string) => {
  const p = index.processes.get(id);
  if (!p) throw new Error(`no process ${id}`);
  return p;
};

describe("the compiled model of the car-service example", () => {
  it("resolves references to what they name", () => {
    const intake = process("vehicle-intake");
    expect(intake.owner).toMatchObject({ id: "service-manager", found: "position", name: "Руководитель автосервиса" });
    expect(intake.parent).toMatchObject({ id: "car-service-delivery", found: "process" });
    expect(intake.executors.map((e) => e.position?.id)).toContain("service-advisor");
  });

  it("derives levels and structure from the parent tree", () => {
    const parent = process("car-service-delivery");
    expect(parent.level).toBe(1);
    expect(process("vehicle-intake").level).toBe(2);
    expect(parent.children).toContain("vehicle-intake");
    expect(parent.children.length).toBeGreaterThanOrEqual(2);
  });

  it("derives suppliers from resources, each once", () => {
    const intake = process("vehicle-intake");
    const fromResources = intake.resources.flatMap((r) =>
      r.from ? [`${r.from.kind}:${r.from.ref?.id ?? r.from.name}`] : [],
    );
    expect(intake.suppliers.map((s) => `${s.kind}:${s.ref?.id ?? s.name}`)).toEqual([...new Set(fromResources)]);
  });

  it("knows what each position executes and owns", () => {
    const advisor = index.positions.get("service-advisor");
    expect(advisor?.executes).toContain("vehicle-intake");
    expect(index.positions.get("service-manager")?.owns).toContain("vehicle-intake");
  });

  it("counts a process once for a position written twice among its executors", () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const spec = `kind: Position
id: clerk
name: Clerk
---
kind: Process
id: filing
name: Filing
executors:
  - position: clerk
    functions: [Files letters]
  - position: clerk
    functions: [Files invoices]
---
kind: Process
id: mailing
name: Mailing
executors:
  - position: clerk
`;
    const compiled = compileModel(
      loadProjectFromFiles("/virtual", encode("lang: en\n"), [{ path: "all.yaml", bytes: encode(spec) }]),
    );
    expect(compiled.index.positions.get("clerk")?.executes).toEqual(["filing", "mailing"]);
  });

  it("lists a unit's positions and the processes it takes part in", () => {
    const carService = index.units.get("car-service");
    expect(carService?.positions).toContain("service-advisor");
    expect(carService?.processes).toContain("vehicle-intake");
  });

  it("derives internal suppliers from the resources of the processes a unit answers for", () => {
    // vehicle-intake (owned in car-service) takes parts availability from the procurement unit.
    expect(index.units.get("car-service")?.internalSuppliers).toContain("procurement");
    for (const unit of model.units) {
      expect(unit.internalClients).not.toContain(unit.id);
      expect(unit.internalSuppliers).not.toContain(unit.id);
    }
    // Not everyone is everyone's client: the workshop serves the car service only.
    expect(index.units.get("workshop")?.internalClients).toEqual(["car-service"]);
  });

  it("keeps the source of every element", () => {
    expect(process("vehicle-intake").source).toMatchObject({
      file: "processes/car-service-delivery/vehicle-intake.yaml",
      line: 2,
    });
  });
});
