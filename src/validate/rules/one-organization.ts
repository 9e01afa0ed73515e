import { message } from "../../i18n/messages.js";
import { CONFIG_FILE } from "../../load/config.js";
import type { Rule } from "../rule.js";

/**
 * One Organization per project: its name is the company as conditional client and its values go into every
 * position profile (docs/method.md, "The documents and where each comes from", section 5).
 */
export const oneOrganization: Rule = {
  meta: {
    id: "one-organization",
    description: "The project defines exactly one Organization.",
    rationale:
      "The organization's strategy and values feed every position profile and the company is the conditional client of its processes (docs/method.md: road map step 1, profile section 5); two organizations make that ambiguous, none leaves it empty. A missing organization has no node of its own, so it is reported at the `kind` of the first spec document (by file path, then line), or at procspec.yaml when the project has no elements at all.",
    defaultSeverity: "error",
    examples: {
      wrong:
        "# organization.yaml\nkind: Organization\nid: autoparts\nname: ООО «Автозапчасти»\n---\nkind: Organization\nid: autoparts-service\nname: Автосервис «Автозапчасти»",
      right:
        "# organization.yaml\nkind: Organization\nid: autoparts\nname: ООО «Автозапчасти»\n---\nkind: Unit          # a part of the company is a unit\nid: car-service\nname: Автосервис",
    },
  },
  check({ model, extraOrganizations, lang, report }) {
    const first = model.organization;
    if (first) {
      for (const extra of extraOrganizations) {
        report({
          at: extra.source,
          path: "/kind",
          message: "multiple-organizations",
          data: { other: `${first.source.file}:${first.source.line}` },
          related: [{ at: first.source, message: message(lang, "one-organization.first", { name: first.name }) }],
        });
      }
      return;
    }
    const elements = [...model.units, ...model.positions, ...model.processes].map((e) => e.source);
    const earliest = elements.reduce<(typeof elements)[number] | undefined>(
      (best, s) => (!best || s.file < best.file || (s.file === best.file && s.line < best.line) ? s : best),
      undefined,
    );
    // With no element at all there is no document to point at; the project settings stand for the project.
    const at = earliest ?? { file: CONFIG_FILE, line: 1, doc: 0, pointer: "" };
    report({ at, path: earliest ? "/kind" : "", key: true, message: "one-organization.missing" });
  },
};
