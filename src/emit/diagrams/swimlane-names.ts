/**
 * The names of swimlane diagrams and their parts, apart from the layout code (ELK) in `swimlanes.ts`: the
 * regulations link the parts by name, and a Markdown build must not load ELK for that.
 */
export const swimlaneName = (processId: string) => `swimlane-${processId}`;

/** A part's file name; ids are lowercase letters, digits and hyphens, so the dot never collides with a process id. */
export const swimlanePartName = (processId: string, part: number, parts: number) =>
  parts === 1 ? swimlaneName(processId) : `${swimlaneName(processId)}.${part}`;
