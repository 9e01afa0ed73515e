export { emitMarkdown, type MarkdownOptions, renderMarkdownViews } from "./emit-markdown.js";
export { codeSpan, escapeCell, escapeInline, escapeLinkText, escapeText, fencedBlock } from "./escape.js";
export { TemplateError } from "./template-error.js";
export { BUNDLED_TEMPLATES, checkTemplatesDir, templateFileName, templateSource } from "./templates.js";
