export { emitMarkdown, type MarkdownOptions } from "./emit-markdown.js";
export { codeSpan, escapeCell, escapeInline, escapeLinkText, escapeText, fencedBlock } from "./escape.js";
export { BUNDLED_TEMPLATES, templateFileName, templateSource } from "./templates.js";
