import { nearest } from "../../i18n/suggest.js";
import { findStandard } from "../../model/standard-comparison.js";
import type { Rule } from "../rule.js";

/** Without the XML a link is a label: nothing can be compared. Said once per standard, not per position. */
export const profstandardNoXml: Rule = {
  meta: {
    id: "profstandard-no-xml",
    description:
      "Positions link to a professional standard whose XML is not in the project's standards/ folder (reported once per standard).",
    rationale:
      "The guide's comparison of positions with a professional standard, the list of positions and standards and the plan of introducing them are built from the standard's XML as the registry exports it. A link without the file is allowed (information), but the position cannot be compared.",
    defaultSeverity: "info",
    examples: {
      wrong: 'profstandard:\n  code: "06.026"   # no standards/*.xml with this code',
      right: 'profstandard:\n  code: "06.026"   # standards/06.026.xml downloaded from the registry',
    },
  },
  check({ model, report }) {
    const codes = model.standards.flatMap((s) => [s.code, s.registrationNumber ?? ""]).filter((c) => c);
    const said = new Set<string>();
    for (const position of model.positions) {
      const code = position.profstandard?.code;
      if (code === undefined || said.has(code) || findStandard(model.standards, code)) continue;
      // One typo away from a standard that is there: `profstandard-unknown` reports it as an error instead.
      if (nearest(code, codes) !== undefined) continue;
      said.add(code);
      report({ at: position.source, path: "/profstandard/code", message: "profstandard-no-xml", data: { code } });
    }
  },
};
