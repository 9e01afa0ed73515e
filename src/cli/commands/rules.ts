import { existsSync, readFileSync } from "node:fs";
import { Command } from "commander";
import { parse } from "yaml";
import { cliText } from "../../i18n/cli.js";
import { isLang, type Lang } from "../../i18n/lang.js";
import { type RuleWords, rulesRu } from "../../i18n/rules.ru.js";
import { suggest } from "../../i18n/suggest.js";
import { CONFIG_FILE } from "../../load/config.js";
import type { Rule } from "../../validate/rule.js";
import { allRules, ruleById } from "../../validate/rules/index.js";
import { type Io, parseLang, UsageError } from "../io.js";

interface RulesOptions {
  lang?: Lang;
}

/** What a rule checks and why, in the language asked for (the rule's meta is English). */
function words(rule: Rule, lang: Lang): RuleWords {
  return (lang === "ru" ? rulesRu[rule.meta.id] : undefined) ?? rule.meta;
}

/** One line per rule: id, default level, what it checks — the table a team reads before tuning procspec.yaml. */
export function listRules(rules: readonly Rule[], lang: Lang): string {
  const width = Math.max(0, ...rules.map((r) => r.meta.id.length));
  const levelWidth = Math.max(
    ...(["error", "warn", "info", "off"] as const).map((s) => cliText(lang, `severity.${s}`).length),
  );
  const rows = rules.map((r) => {
    const level = cliText(lang, `severity.${r.meta.defaultSeverity}`);
    return `${r.meta.id.padEnd(width)}  ${level.padEnd(levelWidth)}  ${words(r, lang).description}`;
  });
  return `${[...rows, "", cliText(lang, "rules.count", { count: rules.length })].join("\n")}\n`;
}

/** A rule's page, in the order of ESLint's rule docs: what it checks, why, wrong and right, how to configure it. */
export function explainRule(rule: Rule, lang: Lang): string {
  const { meta } = rule;
  const indent = (text: string) =>
    text
      .trimEnd()
      .split("\n")
      .map((l) => (l ? `    ${l}` : ""))
      .join("\n");
  const level = cliText(lang, `severity.${meta.defaultSeverity}`);
  return `${[
    `${meta.id} (${cliText(lang, "rules.default")}: ${level})`,
    "",
    words(rule, lang).description,
    "",
    `${cliText(lang, "rules.why")}: ${words(rule, lang).rationale}`,
    "",
    `${cliText(lang, "rules.wrong")}:`,
    indent(meta.examples.wrong),
    "",
    `${cliText(lang, "rules.right")}:`,
    indent(meta.examples.right),
    "",
    cliText(lang, "rules.configure"),
    "    rules:",
    `      ${meta.id}: ${meta.defaultSeverity === "error" ? "warn" : "error"}`,
  ].join("\n")}\n`;
}

/** The language of the project in the current folder, if there is one; rules are looked up outside projects too. */
function projectLang(): Lang | undefined {
  if (!existsSync(CONFIG_FILE)) return undefined;
  try {
    const data: unknown = parse(readFileSync(CONFIG_FILE, "utf8"));
    const lang = typeof data === "object" && data !== null && "lang" in data ? data.lang : undefined;
    return isLang(lang) ? lang : undefined;
  } catch {
    return undefined;
  }
}

export function rulesCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("rules")
    .description("list the checks of the method, or explain one with a wrong and a right example")
    .argument("[id]", "rule id to explain")
    .option(
      "--lang <lang>",
      "language of the headings: ru or en (default: lang of ./procspec.yaml, else en)",
      parseLang,
    )
    .addHelpText(
      "after",
      `
Examples:
  procspec rules                           every rule with its default level
  procspec rules process-without-client    why it matters, wrong and right YAML
  procspec rules --lang ru`,
    )
    .action((id: string | undefined, options: RulesOptions) => {
      const lang = options.lang ?? projectLang() ?? "en";
      if (id === undefined) {
        io.out(listRules(allRules, lang));
        setExit(0);
        return;
      }
      const rule = ruleById.get(id);
      if (!rule) {
        const hint = suggest(
          id,
          allRules.map((r) => r.meta.id),
          lang,
        );
        throw new UsageError(`${cliText(lang, "rules.unknown", { id })}${hint ? ` — ${hint}` : ""}`);
      }
      io.out(explainRule(rule, lang));
      setExit(0);
    });
}
