import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeOutput } from "../src/cli/output.js";
import type { EmittedFile } from "../src/emit/files.js";

const tmp = () => mkdtempSync(join(tmpdir(), "procspec-write-"));
const write = (out: string, files: Parameters<typeof writeOutput>[1]) =>
  writeOutput(out, files, { manifest: `${out}.manifest.json` });

describe("writing many files and telling the unchanged ones", () => {
  it("writes a tree of files into an empty folder, byte for byte, and leaves no staging behind", () => {
    const out = tmp();
    const files: EmittedFile[] = Array.from({ length: 60 }, (_, i) => ({
      path: `positions/p-${i % 7}/doc-${i}.md`,
      content: `# Документ ${i}\n«ёлочки» ${"x".repeat(i)}\n`,
    }));
    files.push({ path: "diagrams/picture.png", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]) });
    expect(write(out, files)).toEqual({ written: 61, unchanged: 0, removed: 0 });
    for (const file of files) {
      expect(readFileSync(join(out, file.path)).equals(Buffer.from(file.content))).toBe(true);
    }
    expect(readdirSync(out).sort()).toEqual(["diagrams", "positions"]);
    expect(write(out, files)).toEqual({ written: 0, unchanged: 61, removed: 0 });
  });

  it("rewrites a file edited by hand to the same length, and keeps the others' modification time", async () => {
    const out = tmp();
    const files = [
      { path: "a.md", content: "# Регламент\n" },
      { path: "b.md", content: "# Профиль\n" },
    ];
    write(out, files);
    const kept = statSync(join(out, "b.md")).mtimeMs;
    writeFileSync(join(out, "a.md"), "# Регламент\n".replace("Р", "Ф"));
    await new Promise((r) => setTimeout(r, 20));
    expect(write(out, files)).toEqual({ written: 1, unchanged: 1, removed: 0 });
    expect(readFileSync(join(out, "a.md"), "utf8")).toBe("# Регламент\n");
    expect(statSync(join(out, "b.md")).mtimeMs).toBe(kept);
  });

  it("does not take bytes that are not UTF-8 for a text holding U+FFFD that they would decode to", () => {
    const out = tmp();
    const content = "\uFFFDA\n";
    // F0 90 80 is an incomplete four-byte sequence: it decodes to one U+FFFD and has the same length in bytes.
    writeFileSync(join(out, "odd.md"), Buffer.from([0xf0, 0x90, 0x80, 0x41, 0x0a]));
    writeFileSync(`${out}.manifest.json`, JSON.stringify({ generator: "procspec", out, files: ["odd.md"] }));
    expect(write(out, [{ path: "odd.md", content }])).toEqual({ written: 1, unchanged: 0, removed: 0 });
    expect(readFileSync(join(out, "odd.md")).equals(Buffer.from(content, "utf8"))).toBe(true);
    expect(write(out, [{ path: "odd.md", content }])).toEqual({ written: 0, unchanged: 1, removed: 0 });
  });

  it("tells a text with a lone surrogate (written as U+FFFD) unchanged on the second build", () => {
    const out = tmp();
    const files = [{ path: "lone.md", content: "# Приём \ud800\n" }];
    expect(write(out, files)).toEqual({ written: 1, unchanged: 0, removed: 0 });
    expect(write(out, files)).toEqual({ written: 0, unchanged: 1, removed: 0 });
  });
});
