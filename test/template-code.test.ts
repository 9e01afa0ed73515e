/**
 * The bundled Markdown templates are precompiled ahead of time (scripts/template-code.ts): the committed code must
 * be exactly what templates/ gives today, or a build would print yesterday's template.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED, templateCode } from "../scripts/template-code.js";
import { PRECOMPILED } from "../src/emit/markdown/generated/templates.js";

describe("precompiled templates", () => {
  it("src/emit/markdown/generated is what scripts/template-code.ts makes of templates/ (run `npx tsx scripts/template-code.ts`)", () => {
    expect(readFileSync(GENERATED, "utf8") === templateCode()).toBe(true);
  });

  it("hold every bundled template of both languages", () => {
    const bundled = ["ru", "en"].flatMap((lang) =>
      readdirSync(new URL(`../templates/${lang}/`, import.meta.url))
        .filter((f) => f.endsWith(".md.hbs"))
        .map((f) => `${lang}/${f.replace(/\.md\.hbs$/, "")}`),
    );
    expect(bundled.length).toBeGreaterThan(40);
    expect(Object.keys(PRECOMPILED).sort()).toEqual(bundled.sort());
  });
});
