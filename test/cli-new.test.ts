import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadProject } from "../src/load/project.js";
import { validateProject } from "../src/validate/validate.js";
import { runMain } from "./helpers/in-process.js";

/** Diagnostics of the layers that make a file unusable (YAML, schema), as opposed to the method's rules. */
const LOAD_LAYERS = /^(yaml-|file-|schema|not-a-mapping|missing-kind|unknown-kind)/;

let dir: string;
beforeEach(async () => {
  dir = join(mkdtempSync(join(tmpdir(), "procspec-new-")), "company");
  await runMain("init", dir, "--lang", "ru");
});
afterEach(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

describe("procspec new: a draft laid out in the method's order", () => {
  it("a new process loads without YAML or schema errors and the rules say what is still missing", async () => {
    const result = await runMain("new", "process", "invoice-payment", "--dir", dir, "--parent", "order-handling");
    expect(result.code).toBe(0);
    expect(result.out).toContain("processes/invoice-payment.yaml");
    const { diagnostics } = validateProject(loadProject(dir));
    const mine = diagnostics.filter((d) => d.file === "processes/invoice-payment.yaml");
    expect(mine.filter((d) => LOAD_LAYERS.test(d.code))).toEqual([]);
    expect(mine.map((d) => d.code)).toEqual(
      expect.arrayContaining(["process-without-client", "process-without-result", "process-without-owner"]),
    );
  });

  it("the process elements come in the order of identification: clients → goals → results → indicators → resources → executors → owner", async () => {
    await runMain("new", "process", "invoice-payment", "--dir", dir);
    const text = readFileSync(join(dir, "processes/invoice-payment.yaml"), "utf8");
    const order = ["clients:", "goals:", "results:", "indicators:", "resources:", "executors:", "owner:"].map((key) =>
      text.indexOf(key),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("prompts are in the project's language", async () => {
    await runMain("new", "process", "invoice-payment", "--dir", dir);
    const ru = readFileSync(join(dir, "processes/invoice-payment.yaml"), "utf8");
    expect(ru).toContain("Процесса без клиента не бывает");
    const enDir = join(dir, "..", "en");
    await runMain("init", enDir, "--lang", "en");
    await runMain("new", "process", "invoice-payment", "--dir", enDir);
    expect(readFileSync(join(enDir, "processes/invoice-payment.yaml"), "utf8")).toContain(
      "No process without a client",
    );
  });

  it("in an init'ed project the draft carries the schema modeline", async () => {
    await runMain("new", "unit", "warehouse", "--dir", dir);
    expect(readFileSync(join(dir, "units/warehouse.yaml"), "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../.procspec/schemas/unit.schema.json",
    );
  });

  it("a position gets its unit and manager; a unit its parent; both load cleanly", async () => {
    expect(
      (
        await runMain(
          "new",
          "position",
          "storekeeper",
          "--dir",
          dir,
          "--unit",
          "sales",
          "--parent",
          "sales-manager",
          "--name",
          "Кладовщик",
        )
      ).code,
    ).toBe(0);
    expect((await runMain("new", "unit", "warehouse", "--dir", dir, "--parent", "sales")).code).toBe(0);
    const project = loadProject(dir);
    const position = project.docs.find((d) => d.data.id === "storekeeper")?.data;
    expect(position).toMatchObject({ kind: "Position", name: "Кладовщик", unit: "sales", reportsTo: "sales-manager" });
    expect(project.docs.find((d) => d.data.id === "warehouse")?.data).toMatchObject({ kind: "Unit", parent: "sales" });
    const { diagnostics } = validateProject(project);
    expect(diagnostics.filter((d) => LOAD_LAYERS.test(d.code))).toEqual([]);
  });

  it("refuses an id used anywhere in the project, whatever its kind, and writes nothing", async () => {
    const result = await runMain("new", "process", "sales-manager", "--dir", dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain("positions/sales-manager.yaml");
    expect(existsSync(join(dir, "processes/sales-manager.yaml"))).toBe(false);
  });

  it("refuses an invalid id and suggests a valid one", async () => {
    const result = await runMain("new", "process", "Приём заказа", "--dir", dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain("priyom-zakaza");
  });

  it("refuses a --parent that names no process and suggests the nearest one, writing nothing", async () => {
    const result = await runMain("new", "process", "invoice-payment", "--dir", dir, "--parent", "order-handlin");
    expect(result.code).toBe(2);
    expect(result.err).toContain("--parent");
    expect(result.err).toContain("«order-handlin»");
    expect(result.err).toContain("`order-handling`");
    expect(existsSync(join(dir, "processes/invoice-payment.yaml"))).toBe(false);
  });

  it("refuses a --unit that is a position and a --parent of the wrong kind", async () => {
    const unit = await runMain("new", "position", "storekeeper", "--dir", dir, "--unit", "sales-manager");
    expect(unit.code).toBe(2);
    expect(unit.err).toContain("«sales-manager» — это должность");
    const parent = await runMain("new", "unit", "warehouse", "--dir", dir, "--parent", "order-handling");
    expect(parent.code).toBe(2);
    expect(parent.err).toContain("«order-handling» — это процесс");
    expect(existsSync(join(dir, "positions/storekeeper.yaml"))).toBe(false);
    expect(existsSync(join(dir, "units/warehouse.yaml"))).toBe(false);
  });

  it("refuses a --parent that is not an id at all (it would be written into YAML) and suggests one", async () => {
    const result = await runMain("new", "unit", "warehouse", "--dir", dir, "--parent", "sales\nkind: Process");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^procspec: --parent: /);
    expect(result.err).toContain("sales-kind-process");
    expect(existsSync(join(dir, "units/warehouse.yaml"))).toBe(false);
  });

  it("writes an id that YAML would read as a boolean or null as a quoted string", async () => {
    expect((await runMain("new", "unit", "on", "--dir", dir)).code).toBe(0);
    const unit = loadProject(dir).docs.find((d) => d.data.kind === "Unit" && String(d.data.name).includes("(on)"));
    expect(unit?.data.id).toBe("on");
  });

  it("refuses an unknown kind and a folder that is not a project", async () => {
    expect((await runMain("new", "proces", "x", "--dir", dir)).code).toBe(2);
    expect((await runMain("new", "process", "x", "--dir", join(dir, "..", "nowhere"))).code).toBe(2);
  });
});
