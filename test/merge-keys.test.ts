/** YAML merge keys (`<<: *anchor`), as docker-compose and GitLab CI users write them. */
import { describe, expect, it } from "vitest";
import { validateProject } from "../src/validate/validate.js";
import { projectOf, validProjectFiles } from "./helpers/project-files.js";

const MERGED = `kind: Process
id: order-handling
code: "1"
name: Order handling
description: >-
  The sales manager takes an order from a customer and checks the stock.
  The confirmed order is passed to the warehouse.
owner: sales-manager
clients:
  - external: Customer
    goals: [Receive the goods on the agreed day]
results:
  - name: Confirmed order
indicators:
  - name: Orders confirmed on the same day
    measure: Share of orders confirmed within one working day
    type: efficiency
x-executor: &manager
  position: sales-manager
  functions: [Takes the order and confirms it]
  competencies:
    knowledge: [Price list]
    skills: [Order entry]
    qualities: [Attention to detail]
executors:
  - <<: *manager
    functions: [Takes the order and tells the customer]
resources:
  - name: Customer request
    type: consumable
    from: { external: Customer }
`;

describe("merge keys", () => {
  it("merge the anchored mapping; a key written next to `<<` overrides it", () => {
    const files = validProjectFiles();
    files.set("processes/order-handling.yaml", MERGED);
    const project = projectOf(files);
    const { compiled, diagnostics } = validateProject(project);
    const executor = compiled.model.processes[0]?.executors[0];
    expect(executor?.position?.id).toBe("sales-manager");
    expect(executor?.functions).toEqual(["Takes the order and tells the customer"]);
    expect(executor?.competencies?.skills).toEqual(["Order entry"]);
    // `<<` is never an unknown key; the key that holds the anchor is (the schema has no place for extensions).
    expect(diagnostics.map((d) => `${d.line} ${d.code} ${d.pointer}`)).toEqual(["18 schema /x-executor"]);
  });

  it("point at the overriding key, and at the anchor for a key that comes from the merge", () => {
    const files = validProjectFiles();
    // An unknown reference in the merged mapping is reported where it is written: in the anchor.
    files.set(
      "processes/order-handling.yaml",
      MERGED.replace("  position: sales-manager", "  position: sales-manager\n  role: Cashier").replace(
        "    functions: [Takes the order and",
        "    functions: [7, and",
      ),
    );
    const { diagnostics } = validateProject(projectOf(files));
    const text = files.get("processes/order-handling.yaml") ?? "";
    const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    const found = diagnostics.map((d) => `${d.line}:${d.column} ${d.pointer}`);
    // The override's wrong item is reported in the override, not in the anchor's `functions`.
    expect(found).toContain(`${lineOf("[7, and")}:17 /executors/0/functions/0`);
    // A position and a role in one executor: the role comes from the anchor, and is reported there.
    expect(found.some((f) => f.startsWith(`${lineOf("role: Cashier")}:`))).toBe(true);
  });
});
