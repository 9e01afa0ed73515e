/**
 * How every Markdown template is compiled, bundled (ahead of time, scripts/template-code.ts) or an override (at
 * run time): no HTML escaping (the helpers escape for Markdown) and strict, so a field the view lacks is an error.
 */
export const TEMPLATE_OPTIONS = { noEscape: true, strict: true } as const;
