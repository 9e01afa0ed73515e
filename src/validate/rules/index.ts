import type { Rule } from "../rule.js";
import { uniqueId } from "./unique-id.js";
import { unknownReference } from "./unknown-reference.js";
import { wrongKindReference } from "./wrong-kind-reference.js";

/** Every rule, in the order of DESIGN.md §2. */
export const allRules: readonly Rule[] = [uniqueId, unknownReference, wrongKindReference];

export const ruleById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.id, r]));
