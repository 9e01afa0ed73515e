import type { Lang } from "../../i18n/lang.js";

/** "95.1 %" / "95,1 %": a decimal comma in Russian; no locale API, so the output is the same on every machine. */
export function percentText(percent: number, lang: Lang): string {
  const text = Number.isInteger(percent) ? String(percent) : percent.toFixed(1);
  return `${lang === "ru" ? text.replace(".", ",") : text} %`;
}

/** Text written by the consultant inside a Markdown table cell: pipes, line breaks and HTML cannot break the table. */
export function mdCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\r?\n/g, " ");
}
