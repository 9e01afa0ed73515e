import type { Fix, RuleLevel } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import type { MessageId } from "../i18n/messages.js";
import type { Kind, SourceDoc, SourceRef } from "../load/source.js";
import type { Compiled } from "../model/compile.js";

/** What a rule says about itself; severity here is only the default — `rules:` in procspec.yaml decides, as in ESLint. */
export interface RuleMeta {
  id: string;
  /** One line, English: what the rule checks. */
  description: string;
  /** Why the method wants it, with a pointer into docs/method.md. */
  rationale: string;
  /** `off` for a rule a team switches on when it wants what the rule asks (`profile-incomplete`). */
  defaultSeverity: RuleLevel;
  /** Wrong and right YAML, for `procspec rules <id>` and docs/rules.md. */
  examples: { wrong: string; right: string };
  /** What the examples are written in: the spec's YAML, or the rows of a CSV input (ratings). Default `yaml`. */
  examplesFormat?: "yaml" | "csv";
}

export interface Report {
  /** The element (or sub-element) the problem is about. */
  at: SourceRef;
  /** A pointer relative to `at.pointer`, e.g. `/goals/1`. */
  path?: string;
  /** Point at the key rather than its value (a missing value, an unknown key). */
  key?: boolean;
  message: MessageId;
  data?: Record<string, string | number>;
  related?: Array<{ at: SourceRef; message: string }>;
  /** Shown after the message, e.g. "did you mean `service-manager`?". */
  suggestion?: string;
  /** A safe edit that removes the problem (`validate --fix`, code actions in an editor). */
  fix?: Fix;
}

/** Documents a YAML syntax error left unreadable: rules must not repeat that one mistake as their own findings. */
export interface Unreadable {
  /** Ids (with kinds, when readable) of unreadable documents: references to them are not unknown. */
  ids: ReadonlyMap<string, Kind | null>;
  /** Whether an unreadable document names `id`, so that it may well refer to it (an owner, an executor, a parent). */
  mentions(id: string): boolean;
}

export interface RuleContext extends Compiled {
  lang: Lang;
  unreadable: Unreadable;
  /** The YAML documents, for the few rules about how something is written rather than what it says. */
  sources: readonly SourceDoc[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
