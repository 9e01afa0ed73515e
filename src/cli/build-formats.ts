/**
 * The formats `build` writes. Apart from the build pipeline, so that commands which only parse `--format` (and
 * `validate`, which loads every command's definition) start without loading DOCX, browser or template code.
 */
export const BUILD_FORMATS = ["md", "json", "docx", "xlsx", "svg", "png", "bpmn", "html"] as const;
export type BuildFormat = (typeof BUILD_FORMATS)[number];
