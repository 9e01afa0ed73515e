import type { Rule } from "../rule.js";
import { clientWithoutGoal } from "./client-without-goal.js";
import { cutPhrase } from "./cut-phrase.js";
import { cycle } from "./cycle.js";
import { descriptionLength } from "./description-length.js";
import { duplicateExecutor } from "./duplicate-executor.js";
import { duplicateFunction } from "./duplicate-function.js";
import { executorWithoutCompetencies } from "./executor-without-competencies.js";
import { goalEqualsResult } from "./goal-equals-result.js";
import { indicatorWithoutMeasure } from "./indicator-without-measure.js";
import { oneOrganization } from "./one-organization.js";
import { ownerlessFunction } from "./ownerless-function.js";
import { positionWithoutProcess } from "./position-without-process.js";
import { processWithoutClient } from "./process-without-client.js";
import { processWithoutExecutor } from "./process-without-executor.js";
import { processWithoutIndicator } from "./process-without-indicator.js";
import { processWithoutOwner } from "./process-without-owner.js";
import { processWithoutResult } from "./process-without-result.js";
import { provisionalRole } from "./provisional-role.js";
import { resourceWithoutSupplier } from "./resource-without-supplier.js";
import { singleChild } from "./single-child.js";
import { supplierNotLinked } from "./supplier-not-linked.js";
import { uniqueId } from "./unique-id.js";
import { unitWithoutFunction } from "./unit-without-function.js";
import { unitWithoutHead } from "./unit-without-head.js";
import { unknownReference } from "./unknown-reference.js";
import { wrongKindReference } from "./wrong-kind-reference.js";

/** Every rule, in the order of DESIGN.md §2; `one-organization` joins the structural errors it belongs with. */
export const allRules: readonly Rule[] = [
  uniqueId,
  unknownReference,
  wrongKindReference,
  oneOrganization,
  cycle,
  processWithoutClient,
  clientWithoutGoal,
  processWithoutResult,
  processWithoutIndicator,
  indicatorWithoutMeasure,
  processWithoutExecutor,
  duplicateExecutor,
  processWithoutOwner,
  descriptionLength,
  cutPhrase,
  goalEqualsResult,
  resourceWithoutSupplier,
  positionWithoutProcess,
  unitWithoutHead,
  unitWithoutFunction,
  ownerlessFunction,
  duplicateFunction,
  provisionalRole,
  executorWithoutCompetencies,
  supplierNotLinked,
  singleChild,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.id, r]));
