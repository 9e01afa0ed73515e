import type { Item, Table } from "./blocks.js";

/**
 * The body of a «Положение»: numbered sections of numbered clauses (1.1, 1.2 …), as Russian organizations write
 * their regulations. A clause is a sentence, optionally followed by a list or a table that belongs to it.
 */
export interface Clause {
  /** "1.1" */
  number: string;
  text: string;
  /** `file:line` of what the clause is written from (a unit's function); set only with `{trace: true}`. */
  source?: string;
  items?: Item[];
  table?: Table;
  /** A diagram drawn below the clause (the org chart): its name among the rendered diagrams, and its text. */
  diagram?: {
    name: string;
    alt: string;
    mermaid: string;
    image?: { alt: string; path: string };
    /** Drawings the DOCX prints instead, in this order, when `name` would print under 8 pt (the unit tree). */
    fallbacks?: string[];
  };
}

export interface RegulationSection {
  /** "1" */
  number: string;
  heading: string;
  clauses: Clause[];
}

/** Numbers the clauses of a section in order: `section(2, "Цели и задачи", [{text}, …])` → 2.1, 2.2 … */
export function numberedSection(number: number, heading: string, clauses: Omit<Clause, "number">[]): RegulationSection {
  return {
    number: String(number),
    heading,
    clauses: clauses.map((clause, i) => ({ ...clause, number: `${number}.${i + 1}` })),
  };
}
