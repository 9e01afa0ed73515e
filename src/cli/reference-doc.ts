/**
 * Reads `documents.reference` for the DOCX build. A reference that is missing or not a Word document is the
 * consultant's mistake in procspec.yaml: a diagnostic at the key, not a stack trace.
 */

import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type ReferenceDocx, readReferenceDocx, UnusableReference } from "../emit/docx/index.js";
import { CONFIG_FILE } from "../load/config.js";
import { locate } from "../load/locate.js";
import type { Project } from "../load/project.js";

const POINTER = "/documents/reference";

export function readReference(project: Project): { reference?: ReferenceDocx; problem?: Diagnostic } {
  const path = project.config.documents.reference;
  if (path === undefined) return {};
  const full = isAbsolute(path) ? path : resolve(project.root, path);
  const problem = (reason: string, suggestion: string): { problem: Diagnostic } => {
    const at = project.configDoc ? locate(project.configDoc, POINTER) : { line: 1, column: 1 };
    return {
      problem: {
        code: "documents-reference",
        severity: "error",
        message: `documents.reference: ${path} ${reason}`,
        file: CONFIG_FILE,
        line: at.line,
        column: at.column,
        pointer: POINTER,
        suggestion,
      },
    };
  };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(full);
  } catch {
    return problem("cannot be read", "give the path of a .docx file relative to the project folder");
  }
  try {
    return { reference: readReferenceDocx(bytes) };
  } catch (error) {
    if (error instanceof UnusableReference)
      return problem(`is unusable: ${error.message}`, "save the reference in Word or LibreOffice as .docx");
    throw error;
  }
}
