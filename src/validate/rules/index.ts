import type { Rule } from "../rule.js";
import { assessmentUnknownItem } from "./assessment-unknown-item.js";
import { assessmentUnscoredItem } from "./assessment-unscored-item.js";
import { clientWithoutGoal } from "./client-without-goal.js";
import { cutPhrase } from "./cut-phrase.js";
import { cycle } from "./cycle.js";
import { decisionWithoutCondition } from "./decision-without-condition.js";
import { descriptionLength } from "./description-length.js";
import { duplicateExecutor } from "./duplicate-executor.js";
import { duplicateFunction } from "./duplicate-function.js";
import { duplicateIndicatorId } from "./duplicate-indicator-id.js";
import { duplicateStep } from "./duplicate-step.js";
import { endlessLoop } from "./endless-loop.js";
import { executorWithoutCompetencies } from "./executor-without-competencies.js";
import { goalEqualsResult } from "./goal-equals-result.js";
import { indicatorWithoutMeasure } from "./indicator-without-measure.js";
import { kpiDuplicate } from "./kpi-duplicate.js";
import { kpiForeignProcess } from "./kpi-foreign-process.js";
import { kpiOwnedProcessMissing } from "./kpi-owned-process-missing.js";
import { kpiThresholdBeyondTarget } from "./kpi-threshold-beyond-target.js";
import { kpiTooMany } from "./kpi-too-many.js";
import { kpiUnknownIndicator } from "./kpi-unknown-indicator.js";
import { kpiUnknownSystem } from "./kpi-unknown-system.js";
import { kpiWeights } from "./kpi-weights.js";
import { kpiWithoutTarget } from "./kpi-without-target.js";
import { oneOrganization } from "./one-organization.js";
import { ownerlessFunction } from "./ownerless-function.js";
import { positionWithoutProcess } from "./position-without-process.js";
import { processWithoutClient } from "./process-without-client.js";
import { processWithoutDescription } from "./process-without-description.js";
import { processWithoutExecutor } from "./process-without-executor.js";
import { processWithoutIndicator } from "./process-without-indicator.js";
import { processWithoutOwner } from "./process-without-owner.js";
import { processWithoutResource } from "./process-without-resource.js";
import { processWithoutResult } from "./process-without-result.js";
import { profileIncomplete } from "./profile-incomplete.js";
import { profstandardLevel } from "./profstandard-level.js";
import { profstandardNoXml } from "./profstandard-no-xml.js";
import { profstandardQualification } from "./profstandard-qualification.js";
import { profstandardTitle } from "./profstandard-title.js";
import { profstandardUnknown } from "./profstandard-unknown.js";
import { provisionalRole } from "./provisional-role.js";
import { ratingsComment } from "./ratings-comment.js";
import { ratingsDate } from "./ratings-date.js";
import { ratingsDuplicate } from "./ratings-duplicate.js";
import { ratingsScore } from "./ratings-score.js";
import { ratingsUnknownParty } from "./ratings-unknown-party.js";
import { ratingsUnlinkedPair } from "./ratings-unlinked-pair.js";
import { resourceWithoutSupplier } from "./resource-without-supplier.js";
import { resultWithoutStep } from "./result-without-step.js";
import { singleChild } from "./single-child.js";
import { stepExecutor } from "./step-executor.js";
import { stepInputWithoutSource } from "./step-input-without-source.js";
import { supplierNotLinked } from "./supplier-not-linked.js";
import { uniqueId } from "./unique-id.js";
import { unitWithoutFunction } from "./unit-without-function.js";
import { unitWithoutHead } from "./unit-without-head.js";
import { unknownReference } from "./unknown-reference.js";
import { unknownStep } from "./unknown-step.js";
import { unreachableStep } from "./unreachable-step.js";
import { unusedInstruction } from "./unused-instruction.js";
import { unusedSystem } from "./unused-system.js";
import { wrongKindReference } from "./wrong-kind-reference.js";

/** Every rule, in the order of docs/rules.md; `one-organization` joins the structural errors it belongs with. */
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
  processWithoutDescription,
  descriptionLength,
  cutPhrase,
  goalEqualsResult,
  processWithoutResource,
  resourceWithoutSupplier,
  positionWithoutProcess,
  unitWithoutHead,
  unitWithoutFunction,
  ownerlessFunction,
  duplicateFunction,
  provisionalRole,
  executorWithoutCompetencies,
  profileIncomplete,
  supplierNotLinked,
  singleChild,
  // The KPI cards of positions (part two of the method).
  duplicateIndicatorId,
  kpiUnknownIndicator,
  kpiWeights,
  kpiDuplicate,
  kpiWithoutTarget,
  kpiThresholdBeyondTarget,
  kpiForeignProcess,
  kpiOwnedProcessMissing,
  kpiTooMany,
  kpiUnknownSystem,
  // Part two of the method: the steps of a process, its instructions and systems.
  duplicateStep,
  stepExecutor,
  unknownStep,
  unreachableStep,
  endlessLoop,
  stepInputWithoutSource,
  resultWithoutStep,
  decisionWithoutCondition,
  unusedInstruction,
  unusedSystem,
  profstandardUnknown,
  profstandardNoXml,
  profstandardLevel,
  profstandardTitle,
  profstandardQualification,
  assessmentUnknownItem,
  assessmentUnscoredItem,
  // Ratings between units: the rows of the CSV files under ratings/.
  ratingsUnknownParty,
  ratingsScore,
  ratingsComment,
  ratingsDate,
  ratingsUnlinkedPair,
  ratingsDuplicate,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.id, r]));
