import type { Lang } from "../i18n/lang.js";
import type { ModelIndex } from "../model/index-model.js";
import type { Model } from "../model/types.js";
import type { EmittedFile } from "./files.js";
import { emitModelJson } from "./json/model-json.js";

/** The text formats: pure functions of the model. Diagram images and DOCX need rendered pictures and come after. */
export type TextFormat = "md" | "json";

export interface EmitOptions {
  formats: ReadonlySet<string>;
  lang: Lang;
  trace: boolean;
  templatesDir?: string;
  /** Rendered diagram images exist in the output (link them from the documents). */
  images: boolean;
}

export function emitDocuments(model: Model, _index: ModelIndex, options: EmitOptions): EmittedFile[] {
  const files: EmittedFile[] = [];
  if (options.formats.has("json")) files.push(emitModelJson(model));
  return files;
}
