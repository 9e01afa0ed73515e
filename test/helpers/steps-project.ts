/** A small English project with steps, an instruction and a system, built in memory for the steps tests. */
import { loadProjectFromFiles, type Project } from "../../src/load/project.js";

const encode = (text: string) => new TextEncoder().encode(text);

export const STEPS_SPEC = `kind: Organization
id: acme
name: Acme Trading
values: [Customer first]
---
kind: Unit
id: sales
name: Sales department
head: sales-manager
functions: [Selling goods to customers]
---
kind: Position
id: sales-manager
name: Sales manager
unit: sales
---
kind: Position
id: sales-clerk
name: Sales clerk
unit: sales
reportsTo: sales-manager
---
kind: System
id: erp
name: Inventory system
owner: sales-manager
rules: [Every order is entered on the day it arrives]
---
kind: Instruction
id: credit-check
name: Checking a customer's credit limit
positions: [sales-manager]
text: |
  1. Open the customer's account.
  2. Compare the order total with the free limit.
---
kind: Process
id: order-handling
code: "1"
name: Order handling
description: >-
  The sales clerk takes the customer's order and checks the stock. The clerk then issues an invoice.
owner: sales-manager
clients:
  - external: Customer
    goals: [The customer gets the goods quickly]
  - company: true
    goals: [Steady revenue]
results:
  - name: Invoice
indicators:
  - name: Order lead time
    measure: Hours from order to invoice, from the accounting system
    type: efficiency
resources:
  - name: Customer order
    type: consumable
    from: { external: Customer }
executors:
  - position: sales-clerk
    functions: [Takes orders]
    competencies:
      knowledge: [Product range]
      skills: [Negotiation]
      qualities: [Politeness]
  - position: sales-manager
    functions: [Approves orders above the credit limit]
    competencies:
      knowledge: [Credit policy]
      skills: [Risk assessment]
      qualities: [Firmness]
steps:
  - id: take
    name: Take the order
    executor: sales-clerk
    inputs: [Customer order]
    outputs: [Order entry]
    term: 10 minutes
    system: erp
    next:
      - { step: invoice, when: Within the credit limit }
      - { step: approve, when: Over the credit limit }
  - id: approve
    name: Approve the order
    executor: sales-manager
    inputs: [Order entry]
    outputs: [Credit decision]
    instruction: credit-check
  - id: invoice
    name: Issue the invoice
    executor: sales-clerk
    inputs: [Order entry]
    outputs: [Invoice]
    system: erp
`;

/** The project; `spec` replaces the whole spec file (tests change one line of STEPS_SPEC to break it). */
export function stepsProject(spec = STEPS_SPEC, lang: "en" | "ru" = "en"): Project {
  return loadProjectFromFiles("/virtual/steps", encode(`lang: ${lang}\n`), [
    { path: "spec.yaml", bytes: encode(spec) },
  ]);
}
