import type { MessageId } from "../i18n/messages.js";
import type { SourceRef } from "../load/source.js";
import type { Rule, RuleContext } from "./rule.js";

/**
 * The check shared by the "<element> without <list>" rules (a process without clients, results, indicators or
 * executors; a unit without functions): every element whose list under `key` is empty is reported at that key —
 * at the start of the document when the key is missing — and the message names the element.
 */
export function requireList<
  K extends string,
  E extends { name: string; source: SourceRef } & Record<K, readonly unknown[]>,
>(elementsOf: (model: RuleContext["model"]) => readonly E[], key: K, message: MessageId): Rule["check"] {
  return ({ model, report }) => {
    for (const element of elementsOf(model)) {
      if (element[key].length > 0) continue;
      report({ at: element.source, path: `/${key}`, key: true, message, data: { name: element.name } });
    }
  };
}
