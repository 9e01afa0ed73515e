import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { diagnoseMachine, doctorCommand, type Machine, realMachine } from "../src/cli/commands/doctor.js";

/** A machine described in a few lines: which files exist and what each program prints. */
function machine(over: {
  node?: string;
  files?: string[];
  env?: Record<string, string>;
  programs?: Record<string, string | Error>;
}): Machine {
  const programs = over.programs ?? {};
  return {
    nodeVersion: over.node ?? "20.20.2",
    env: over.env ?? {},
    exists: (p) => (over.files ?? []).includes(p),
    run: (command) => {
      const result = programs[command];
      if (result === undefined) return { ok: false, stdout: "", error: `spawnSync ${command} ENOENT` };
      if (result instanceof Error) return { ok: false, stdout: "", error: result.message };
      return { ok: true, stdout: result, error: "" };
    },
  };
}

const complete = {
  files: ["/usr/bin/chromium"],
  programs: {
    "/usr/bin/chromium": "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)",
    "fc-list": "DejaVu Serif\nDejaVu Sans\n",
    libreoffice: "LibreOffice 7.4.7.2 40(Build:2)",
  },
};

async function doctor(m: Machine, ...args: string[]) {
  let out = "";
  let exit = -1;
  const io = {
    out: (t: string) => {
      out += t;
    },
    err: (t: string) => {
      out += t;
    },
    isTTY: false,
  };
  const program = new Command("procspec").exitOverride();
  program.addCommand(doctorCommand(io, (c) => (exit = c), m).exitOverride());
  await program.parseAsync(["node", "procspec", "doctor", ...args]);
  return { out, exit };
}

describe("procspec doctor: can this machine validate and build?", () => {
  it("everything essential present: exit 0, each check ticked", async () => {
    const { out, exit } = await doctor(machine(complete), "--lang", "en");
    expect(exit).toBe(0);
    expect(out).toContain("✔ Node.js 20.20.2");
    expect(out).toContain("✔ browser for diagrams: /usr/bin/chromium (Chromium 156");
    expect(out).toContain("✔ a font with Cyrillic: DejaVu Sans");
    // procspec makes no PDF, so LibreOffice is none of its business
    expect(out).not.toMatch(/LibreOffice/);
  });

  it("no browser: optional (builds still work, without images) — exit 0, marked –, with the package to install", async () => {
    const { out, exit } = await doctor(machine({ ...complete, files: [] }), "--lang", "en");
    expect(exit).toBe(0);
    expect(out).toMatch(/– no browser for diagrams \(looked at \/usr\/bin\/chromium/);
    expect(out).toContain("install: apt-get install chromium");
    expect(out).toContain("✔ procspec can validate and build here; for diagrams as images");
    expect(out).not.toMatch(/something procspec needs is missing/);
  });

  it("a browser that is there but does not start is reported as broken", () => {
    const broken = machine({
      ...complete,
      programs: { ...complete.programs, "/usr/bin/chromium": new Error("libnss3.so: cannot open") },
    });
    const browser = diagnoseMachine(broken, "en")[1];
    expect(browser?.ok).toBe(false);
    expect(browser?.text).toContain("does not start: libnss3.so");
  });

  it("PROCSPEC_CHROMIUM replaces the default browser, as it does for the build", () => {
    const m = machine({
      files: ["/opt/chrome/chrome", "/usr/bin/chromium"],
      env: { PROCSPEC_CHROMIUM: "/opt/chrome/chrome" },
      programs: { ...complete.programs, "/opt/chrome/chrome": "Google Chrome 150" },
    });
    expect(diagnoseMachine(m, "en")[1]?.text).toContain("/opt/chrome/chrome (Google Chrome 150)");
  });

  it("a wrong diagrams.chromium of procspec.yaml is reported even if /usr/bin/chromium exists", () => {
    const m = machine({ ...complete, env: {} });
    const browser = diagnoseMachine({ ...m, configuredChromium: "/opt/missing/chrome" }, "en")[1];
    expect(browser?.ok).toBe(false);
    expect(browser?.text).toContain("/opt/missing/chrome");
  });

  it("PROCSPEC_CHROMIUM of this machine wins over diagrams.chromium of the project", () => {
    const m = machine({ ...complete, env: { PROCSPEC_CHROMIUM: "/opt/missing/env-chrome" } });
    const browser = diagnoseMachine({ ...m, configuredChromium: "/usr/bin/chromium" }, "en")[1];
    expect(browser?.ok).toBe(false);
    expect(browser?.text).toContain("/opt/missing/env-chrome");
  });

  it("no Cyrillic font: optional too (exit 0), with fonts-dejavu to install", async () => {
    const { out, exit } = await doctor(
      machine({ ...complete, programs: { ...complete.programs, "fc-list": "" } }),
      "--lang",
      "ru",
    );
    expect(exit).toBe(0);
    expect(out).toContain("– не найден шрифт с кириллицей");
    expect(out).toContain("установка: apt-get install fonts-dejavu");
  });

  it("Node older than 20 is not enough", () => {
    expect(diagnoseMachine(machine({ ...complete, node: "18.19.0" }), "en")[0]?.ok).toBe(false);
  });

  it("on this machine the real checks run and finish quickly", () => {
    const started = performance.now();
    const checks = diagnoseMachine(realMachine, "en");
    expect(checks.map((c) => c.essential)).toEqual([true, false, false]);
    expect(checks[0]?.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
