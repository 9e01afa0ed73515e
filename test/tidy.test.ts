/**
 * `tidy` makes the finished Markdown in one piece; it must give exactly what the plain chain of replacements gives
 * (spaces and tabs at line ends, blank-line runs, trimming, one final newline) for any text, whitespace of every
 * kind included.
 */
import { describe, expect, it } from "vitest";
import { tidy } from "../src/emit/markdown/tidy.js";

function reference(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

describe("tidy", () => {
  it("keeps at most one blank line, no trailing spaces, one final newline", () => {
    expect(tidy("\n\n# Title  \n\n\n\n| a |\t\n\n\n- x \n\n")).toBe("# Title\n\n| a |\n\n- x\n");
    expect(tidy(" \n\t\n")).toBe("\n");
    expect(tidy("")).toBe("\n");
  });

  it("takes linear time over a long run of spaces inside a line (a pasted text must not hang the build)", () => {
    const spaces = " ".repeat(200_000);
    expect(tidy(`a${spaces}b ${spaces}\n`)).toBe(`a${spaces}b\n`);
  });

  it("gives what the chain of replacements gives, for 20,000 random texts", () => {
    const alphabet = [
      "a",
      "б",
      "|",
      " ",
      " ",
      "\t",
      "\n",
      "\n",
      "\n",
      "\r",
      "\r\n",
      "\u00a0",
      "\u2028",
      "\u3000",
      "\ufeff",
      "\v",
      "😀",
    ];
    let seed = 19;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 20_000; i++) {
      let text = "";
      const length = Math.floor(next() * 40);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(JSON.stringify(tidy(text))).toBe(JSON.stringify(reference(text)));
    }
  });
});
