import type { Model } from "../../model/types.js";
import { type EmittedFile, outputPaths } from "../files.js";

export const MODEL_SCHEMA_ID = "https://procspec.dev/schemas/model.schema.json";

/**
 * `model.json`: the compiled model for other tools, described by `schemas/model.schema.json`. Keys come out in the
 * order the model builder creates them, which does not depend on the input files' order, so the bytes are stable.
 */
export function emitModelJson(model: Model): EmittedFile {
  // The ratings are input rows, not the model, and name who rated whom: with `anonymous` that must not leave
  // procspec at all; the ratings report carries their aggregates.
  const { ratings: _ratings, ...rest } = model;
  const document = { $schema: MODEL_SCHEMA_ID, ...rest };
  return { path: outputPaths.modelJson, content: `${JSON.stringify(document, null, 2)}\n` };
}
