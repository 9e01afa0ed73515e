import type { ScaffoldFile } from "./package-files.js";

/** The id of the extension in editors/vscode (`publisher.name` of its package.json). */
export const PROCSPEC_EXTENSION = "procspec.procspec-vscode";

/**
 * `.vscode/extensions.json`: VS Code offers to install the recommended extensions when the folder is opened —
 * procspec's live checks, and Red Hat's YAML extension for the schemas of `.vscode/settings.json`.
 */
export function vscodeExtensions(): ScaffoldFile {
  const recommendations = { recommendations: [PROCSPEC_EXTENSION, "redhat.vscode-yaml"] };
  return { path: ".vscode/extensions.json", content: `${JSON.stringify(recommendations, null, 2)}\n`, merge: "json" };
}
