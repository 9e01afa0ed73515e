import { outputPaths } from "../files.js";

/**
 * Where the DOCX files go. The mirror of the Markdown set uses `outputPaths.docx`; the bundles (`--docx-bundle`)
 * sit next to it: one file per position (`docx/positions/<id>.docx`, beside the folder of its three documents) and
 * one book of regulations.
 */
export const docxPaths = {
  document: (base: string) => outputPaths.docx(base),
  positionBundle: (positionId: string) => `docx/positions/${positionId}.docx`,
  regulations: "docx/regulations.docx",
} as const;
