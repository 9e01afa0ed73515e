import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { Command } from "commander";
import { parse } from "yaml";
import { chromiumPath } from "../../emit/diagrams/renderer.js";
import { cliText } from "../../i18n/cli.js";
import type { Lang } from "../../i18n/lang.js";
import { CONFIG_FILE, type ProjectConfig, readConfig } from "../../load/config.js";
import { type Io, parseLang } from "../io.js";

export const INSTALL_COMMAND = "apt-get install chromium fonts-dejavu";

/**
 * One line of the report. `essential` checks decide the exit code: only Node.js is — without a browser or a
 * Cyrillic font every command still works and the documents keep the diagrams' Mermaid source instead of images.
 */
export interface Check {
  ok: boolean;
  essential: boolean;
  text: string;
  install?: string;
}

/** What the checks read from the machine; injectable so a test can describe a machine without a browser. */
export interface Machine {
  nodeVersion: string;
  env: Readonly<Record<string, string | undefined>>;
  /** `diagrams.chromium` of procspec.yaml in the current folder, when there is one. */
  configuredChromium?: string;
  exists(path: string): boolean;
  /** Runs a program briefly and returns its stdout, or an error text. */
  run(command: string, args: readonly string[]): { ok: boolean; stdout: string; error: string };
}

export const realMachine: Machine = {
  nodeVersion: process.versions.node,
  env: process.env,
  exists: existsSync,
  run(command, args) {
    const r = spawnSync(command, [...args], { encoding: "utf8", timeout: 20_000 });
    const error = r.error ? r.error.message : r.status === 0 ? "" : (r.stderr || `exit code ${r.status}`).trim();
    return { ok: !r.error && r.status === 0, stdout: (r.stdout ?? "").trim(), error };
  },
};

/** The checks of `procspec doctor`, in the order a user fixes them. */
export function diagnoseMachine(machine: Machine, lang: Lang): Check[] {
  const t = (id: Parameters<typeof cliText>[1], data?: Record<string, string>) => cliText(lang, id, data);
  const checks: Check[] = [];
  const major = Number(machine.nodeVersion.split(".")[0]);
  checks.push({
    ok: major >= 20,
    essential: true,
    text: t("doctor.node", { version: machine.nodeVersion }),
    ...(major >= 20 ? {} : { install: "https://nodejs.org (20 LTS or newer)" }),
  });
  checks.push(browserCheck(machine, t));
  const fonts = machine.run("fc-list", [":lang=ru", "family"]);
  const font = fonts.ok ? fonts.stdout.split("\n").filter(Boolean).sort()[0] : undefined;
  checks.push(
    font
      ? { ok: true, essential: false, text: t("doctor.font", { font }) }
      : { ok: false, essential: false, text: t("doctor.font-missing"), install: "apt-get install fonts-dejavu" },
  );
  return checks;
}

/**
 * The browser the diagram renderer will use, chosen the same way (src/emit/diagrams/renderer.ts): PROCSPEC_CHROMIUM,
 * else `diagrams.chromium` of procspec.yaml, else /usr/bin/chromium. No fallback: a configured path that is wrong
 * must be reported, not hidden by another browser the build would never try.
 */
function browserCheck(
  machine: Machine,
  t: (
    id: "doctor.browser" | "doctor.browser-missing" | "doctor.browser-broken",
    data?: Record<string, string>,
  ) => string,
): Check {
  const found = chromiumPath(machine.configuredChromium, machine.env);
  if (!machine.exists(found)) {
    return {
      ok: false,
      essential: false,
      text: t("doctor.browser-missing", { places: found }),
      install: "apt-get install chromium",
    };
  }
  // `--version` proves the binary and its libraries load without opening a window or a profile.
  const r = machine.run(found, ["--headless", "--no-sandbox", "--version"]);
  const version = firstLine(r.stdout);
  return r.ok && version
    ? { ok: true, essential: false, text: t("doctor.browser", { path: found, version }) }
    : {
        ok: false,
        essential: false,
        text: t("doctor.browser-broken", { path: found, reason: firstLine(r.error) }),
        install: "apt-get install chromium",
      };
}

/** procspec.yaml of the current folder, if any: its language and `diagrams.chromium`. */
function currentConfig(): ProjectConfig | undefined {
  if (!existsSync(CONFIG_FILE)) return undefined;
  try {
    const data: unknown = parse(readFileSync(CONFIG_FILE, "utf8"));
    return readConfig(typeof data === "object" && data !== null ? (data as Record<string, unknown>) : undefined);
  } catch {
    return undefined;
  }
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? ""
  );
}

export function doctorCommand(io: Io, setExit: (code: number) => void, machine: Machine = realMachine): Command {
  return new Command("doctor")
    .description("check this machine: Node.js, and for diagram images a browser and a Cyrillic font (optional)")
    .option("--lang <lang>", "language of the report: ru or en (default: lang of ./procspec.yaml, else en)", parseLang)
    .addHelpText(
      "after",
      `
Examples:
  procspec doctor
  PROCSPEC_CHROMIUM=/opt/chrome/chrome procspec doctor --lang ru

Exit codes: 0 procspec can run (a missing browser or font only means no diagram images), 1 Node.js is too old.
Everything at once on Debian/Ubuntu: ${INSTALL_COMMAND}`,
    )
    .action((options: { lang?: Lang }) => {
      const config = currentConfig();
      const lang = options.lang ?? config?.lang ?? "en";
      const chromium = config?.diagrams.chromium;
      const checks = diagnoseMachine(chromium ? { ...machine, configuredChromium: chromium } : machine, lang);
      for (const c of checks) {
        const mark = c.ok ? "doctor.ok" : c.essential ? "doctor.missing" : "doctor.optional";
        io.out(`${cliText(lang, mark)} ${c.text}\n`);
        if (!c.ok && c.install) io.out(`    ${cliText(lang, "doctor.install", { command: c.install })}\n`);
      }
      const ok = checks.every((c) => c.ok || !c.essential);
      const all = checks.every((c) => c.ok);
      io.out(
        `\n${cliText(lang, all ? "doctor.summary-ok" : ok ? "doctor.summary-optional" : "doctor.summary-missing")}\n`,
      );
      if (!all) io.out(`${cliText(lang, "doctor.install", { command: INSTALL_COMMAND })}\n`);
      setExit(ok ? 0 : 1);
    });
}
