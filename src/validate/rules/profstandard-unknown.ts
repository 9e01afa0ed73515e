import { suggest } from "../../i18n/suggest.js";
import { sameText } from "../../model/same-text.js";
import { findGeneralized, findLabourFunction, findStandard } from "../../model/standard-comparison.js";
import type { Rule } from "../rule.js";

const listOf = (codes: readonly string[]) => codes.join(", ") || "—";

/**
 * A link to a part of a standard that is not in it compares the position with nothing. A code with no standard's XML
 * at all is left to `profstandard-no-xml` unless it is one typo away from a code that is there.
 */
export const profstandardUnknown: Rule = {
  meta: {
    id: "profstandard-unknown",
    description:
      "The `profstandard` link of a position (code, generalized function, labour functions) and the executors' `covers` name parts of a professional standard whose XML is in the project.",
    rationale:
      "The guide's stages of introducing professional standards compare each position's duties with the labour actions of the labour functions it performs; a code that is not in the standard's XML compares the position with nothing and the comparison silently shows no gaps. The nearest existing code is suggested. A code of the kind of activity with no XML in standards/ and no close match is reported by `profstandard-no-xml` instead.",
    defaultSeverity: "error",
    examples: {
      wrong: 'profstandard:\n  code: "31.010"\n  function: A\n  labourFunctions: [A/01.5]   # the standard has A/01.4',
      right: 'profstandard:\n  code: "31.010"\n  function: A\n  labourFunctions: [A/01.4]',
    },
  },
  check({ model, index, lang, report }) {
    if (model.standards.length === 0) return;
    const codes = [...new Set(model.standards.flatMap((s) => [s.code, s.registrationNumber ?? ""]).filter((c) => c))];
    for (const position of model.positions) {
      const link = position.profstandard;
      if (!link) continue;
      const standard = findStandard(model.standards, link.code);
      if (!standard) {
        const suggestion = suggest(link.code, codes, lang);
        if (suggestion)
          report({
            at: position.source,
            path: "/profstandard/code",
            message: "profstandard-unknown.code",
            data: { code: link.code, known: listOf(codes) },
            suggestion,
          });
        continue;
      }
      const generalized = findGeneralized(standard, link.function);
      if (link.function !== undefined && !generalized) {
        const known = standard.generalized.map((g) => g.code);
        const suggestion = suggest(link.function, known, lang);
        report({
          at: position.source,
          path: "/profstandard/function",
          message: "profstandard-unknown.function",
          data: { code: link.code, function: link.function, known: listOf(known) },
          ...(suggestion ? { suggestion } : {}),
        });
        continue;
      }
      if (generalized) {
        const known = generalized.functions.map((f) => f.code);
        (link.labourFunctions ?? []).forEach((code, i) => {
          if (findLabourFunction(generalized, code)) return;
          const suggestion = suggest(code, known, lang);
          report({
            at: position.source,
            path: `/profstandard/labourFunctions/${i}`,
            message: "profstandard-unknown.labour-function",
            data: { code: link.code, function: generalized.code, labourFunction: code, known: listOf(known) },
            ...(suggestion ? { suggestion } : {}),
          });
        });
      }
      // Any action of the generalized function may be confirmed (a wrong labour function code is reported above).
      const refs = (generalized ? [generalized] : standard.generalized).flatMap((g) =>
        g.functions.flatMap((f) => f.actions.map((_, n) => `${f.code}/${n + 1}`)),
      );
      const known = new Set(refs.map(sameText));
      for (const processId of position.executes) {
        const executor = index.processes.get(processId)?.executors.find((e) => e.position?.id === position.id);
        (executor?.covers ?? []).forEach((action, k) => {
          if (known.has(sameText(action))) return;
          const suggestion = suggest(action, refs, lang);
          report({
            at: executor?.source ?? position.source,
            path: `/covers/${k}`,
            message: "profstandard-unknown.covers",
            data: { action, position: position.id, example: refs[0] ?? "A/01.4/1" },
            ...(suggestion ? { suggestion } : {}),
          });
        });
      }
    }
  },
};
