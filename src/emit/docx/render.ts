/**
 * Every view of the document set as DOCX sections. One function per document; each starts with the letterhead,
 * the title (Heading 1) and the approval block, then follows the view's own order, so the DOCX says what the
 * Markdown says, in the same words.
 */

import { AlignmentType, type ISectionOptions, Paragraph } from "docx";
import type { PageVariant } from "../diagrams/sources.js";
import type { DiagramPage } from "../views/diagram-pages.js";
import type {
  CompetenciesView,
  CompetencyMatrixView,
  DiagramPageView,
  DocumentIndexView,
  DocumentView,
  Item,
  JobDutiesView,
  Link,
  MatrixColumn,
  OrgStructureView,
  ParticipationMatrixView,
  ProcessSpecView,
  ProfileView,
  ReportView,
  Table as TableView,
  UnitRegulationView,
} from "../views/index.js";
import type { RegulationSection } from "../views/regulation.js";
import {
  type Block,
  bullets,
  type DocxImage,
  fields,
  groups,
  heading,
  letterhead,
  linkBullets,
  MIN_PRINTED_PT,
  PICTURE_ROOM,
  paragraph,
  picture,
  printedFontPt,
  type RenderContext,
  runs,
  type TableLayout,
  table,
  tableOrNone,
  traceRun,
} from "./blocks.js";
import { approvalBlock, closingBlocks } from "./frame.js";
import { kpiCard, kpiCardReference, kpiRegister } from "./kpi.js";
import { type Orientation, type Paper, section, textWidth } from "./page.js";
import { pngSize } from "./png.js";
import { instruction, processRegulation, systemRegulation } from "./render-steps.js";

export interface DocumentContext extends RenderContext {
  organization?: string;
  /** Rendered diagrams by name (`process-map`, `org-chart`, `context-<process id>`). */
  images: ReadonlyMap<string, DocxImage>;
  processMapTitle: string;
}

export function opening(view: DocumentView, context: DocumentContext, orientation: Orientation): Block[] {
  return [...letterhead(context.organization), ...approvalBlock(view.meta, orientation), heading(view.title, 1)];
}

/** A run of blocks on pages of one orientation; a document is one part, or several when a wide picture turns the page. */
interface Part {
  orientation: Orientation;
  paper?: Paper;
  blocks: Block[];
}

/** Wider than a portrait column comfortably holds: such a diagram gets a landscape page so its labels stay legible. */
function isWide(image: DocxImage | undefined): boolean {
  const size = image && (image.width && image.height ? image : pngSize(image.png));
  return size?.width !== undefined && size.height !== undefined && size.width > size.height * 1.2;
}

function image(
  context: DocumentContext,
  name: string,
  alt: string,
  orientation: Orientation,
  paper: Paper = "A4",
  room: number = PICTURE_ROOM.text,
): Block[] {
  const png = context.images.get(name);
  const p = png ? picture(png, alt, orientation, paper, room) : undefined;
  return p ? [p] : [];
}

const orientationFor = (image: DocxImage | undefined): Orientation => (isWide(image) ? "landscape" : "portrait");

/** The drawing of a page to print and the way to turn its sheet: see `pageVariants`. */
function chooseVariant(
  page: DiagramPage,
  c: DocumentContext,
  paper: Paper,
): { variant: PageVariant; orientation: Orientation } | undefined {
  let best: { variant: PageVariant; orientation: Orientation; pt: number } | undefined;
  for (const variant of page.variants) {
    const drawn = c.images.get(variant.name);
    if (!drawn) return undefined;
    const natural = orientationFor(drawn);
    for (const orientation of [natural, natural === "portrait" ? "landscape" : "portrait"] as const) {
      const pt = printedFontPt(drawn, orientation, paper, PICTURE_ROOM.heading) ?? 0;
      if (!best || pt > best.pt) best = { variant, orientation, pt };
    }
    // Names on the arrows and the usual direction are worth keeping while the text stays legible.
    if (best && best.pt >= MIN_PRINTED_PT) return best;
  }
  return best;
}

/** The first of the drawings whose text prints at 8 pt or more on the page, else the one that prints largest. */
function legibleDrawing(names: readonly string[], c: DocumentContext, o: Orientation): string {
  let best = { name: names[0] ?? "", pt: -1 };
  for (const name of names) {
    const drawn = c.images.get(name);
    const pt = drawn ? (printedFontPt(drawn, o) ?? 0) : -1;
    if (pt >= MIN_PRINTED_PT) return name;
    if (pt > best.pt) best = { name, pt };
  }
  return best.name;
}

/** A page of a split diagram: its heading, the chosen drawing, and the legend when its arrows carry numbers. */
function pageBlocks(page: DiagramPage, variant: PageVariant, o: Orientation, c: DocumentContext, paper: Paper) {
  return [
    heading(page.heading, 2),
    ...image(c, variant.name, page.heading, o, paper, PICTURE_ROOM.heading),
    ...(variant.numbered && page.legend
      ? [
          heading(page.legend.heading, 3),
          table(page.legend.table, { weights: [6, 26, 26, 42], orientation: o, centered: new Set([0]) }, c),
        ]
      : []),
  ];
}

/**
 * A diagram whose whole picture would print under `MIN_PRINTED_PT` is split (when the view offers pages and all were
 * drawn): the overview on the first sheet, then the pages, each drawn and turned to keep its text largest. A map
 * gives each level-1 process a sheet of its own; the small pages of an org chart follow one another.
 */
function splitDiagram(v: DiagramPageView, c: DocumentContext): Part[] | undefined {
  const whole = c.images.get(v.document);
  if (!whole || v.pages.length === 0) return undefined;
  const legible = (printedFontPt(whole, orientationFor(whole), v.paper) ?? 0) >= MIN_PRINTED_PT;
  if (legible) return undefined;
  const chosen = v.pages.map((page) => ({ page, choice: chooseVariant(page, c, v.paper) }));
  if (chosen.some((p) => !p.choice)) return undefined;
  const parts: Part[] = [];
  for (const [i, { page, choice }] of chosen.entries()) {
    if (!choice) continue;
    const blocks = pageBlocks(page, choice.variant, choice.orientation, c, v.paper);
    const previous = parts[parts.length - 1];
    if (i === 0)
      parts.push({
        orientation: choice.orientation,
        paper: v.paper,
        blocks: [
          ...opening(v, c, choice.orientation),
          paragraph(v.intro),
          paragraph(v.splitNote, { italics: true }),
          ...blocks,
        ],
      });
    else if (v.document === "org-chart" && i > 1 && previous?.orientation === choice.orientation)
      previous.blocks.push(...blocks);
    else parts.push({ orientation: choice.orientation, paper: v.paper, blocks });
  }
  parts.push({
    orientation: "portrait",
    blocks: [heading(v.listHeading, 2), ...tableOrNone(v.list, diagramListLayout(v, "portrait"), c)],
  });
  return parts;
}

function diagramListLayout(v: DiagramPageView, o: Orientation): TableLayout {
  const weights = v.document === "process-map" ? [10, 50, 10, 30] : [40, 30, 30];
  const centered = v.document === "process-map" ? new Set([0, 2]) : new Set<number>();
  return { weights, orientation: o, centered };
}

/** A titled list of links (documents, processes, units) — "none" when it is empty. */
function linkSection(s: { heading: string; links: readonly Link[] }, c: DocumentContext): Block[] {
  return [heading(s.heading, 2), ...linkBullets(s.links, c)];
}

/** A titled bulleted list (functions, knowledge, skills …) — "none" when it is empty. */
function bulletSection(s: { heading: string; items: readonly Item[] }, c: DocumentContext): Block[] {
  return [heading(s.heading, 2), ...bullets(s.items, c)];
}

const range = (from: number, to: number) => new Set(Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i));

function documentIndex(v: DocumentIndexView, c: DocumentContext): Block[] {
  const o = "portrait";
  return [
    ...opening(v, c, o),
    ...linkSection(v.organizationDocs, c),
    ...linkSection(v.processes, c),
    ...linkSection(v.units, c),
    heading(v.positions.heading, 2),
    table(
      {
        columns: v.positions.columns,
        rows: v.positions.rows.map((r) => ({ cells: [r.position, r.jobDuties, r.competencies, r.profile, r.more] })),
      },
      { weights: [24, 17, 17, 17, 25], orientation: o },
      c,
    ),
    heading(v.completeness.heading, 2),
    table(v.completeness.table, { weights: [70, 30], orientation: o, centered: new Set([1]) }, c),
    paragraph(v.completeness.note, { italics: true }),
  ];
}

function orgStructure(v: OrgStructureView, c: DocumentContext): Block[] {
  const o = "portrait";
  return [
    ...opening(v, c, o),
    ...regulationBody(v.sections, c, o),
    // The appendix is the designer's, not part of the approved text: it starts a page of its own.
    heading(v.appendix.heading, 2, true),
    paragraph(v.appendix.intro, { italics: true }),
    ...bullets(v.appendix.items, c),
  ];
}

function diagramPage(v: DiagramPageView, c: DocumentContext): Block[] {
  const o = orientationOf(v, c);
  return [
    ...opening(v, c, o),
    paragraph(v.intro),
    ...image(c, v.document, v.title, o, v.paper),
    heading(v.listHeading, 2),
    ...tableOrNone(v.list, diagramListLayout(v, o), c),
  ];
}

/**
 * Matrices are as wide as the staff list: a landscape page, narrow position columns whose names are printed bottom
 * to top in the header (so a column means its position on every page without a key to look up), and the rest, at
 * least a third of the width, for the name of the process or competency. The views never give more position
 * columns than the paper holds (`MATRIX_COLUMNS`).
 */
function matrixLayout(columns: number, paper: Paper, longest: number): TableLayout {
  const total = textWidth("landscape", paper);
  const marks = columns - 1;
  const mark = Math.floor(Math.max(480, Math.min(900, (total * 0.6) / Math.max(1, marks))));
  const first = total - mark * marks;
  return {
    weights: [first, ...Array.from({ length: marks }, () => mark)],
    widths: [first, ...Array.from({ length: marks }, () => mark)],
    orientation: "landscape",
    paper,
    keepRows: true,
    compact: true,
    rotateHeaderFrom: 1,
    headerHeight: headerHeight(longest, mark),
    keepFirstRows: 3,
    centered: range(1, columns),
  };
}

/**
 * The height a rotated header needs: 10 pt bold runs about 110 twips a character, and a column of `width` twips
 * holds one line per 250 twips; capped at a third of a landscape A4 page, where a long name wraps once more.
 */
function headerHeight(longest: number, width: number): number {
  const lines = Math.max(1, Math.floor((width - 160) / 250));
  return Math.min(3400, Math.max(1100, Math.ceil(longest / lines) * 110 + 240));
}

/** A matrix part as a Word table: the corner cell carries the legend, the header the numbered position names. */
function matrixTable(
  corner: string,
  columns: readonly MatrixColumn[],
  rows: TableView["rows"],
  paper: Paper,
  c: DocumentContext,
): Block {
  const names = columns.map((p) => `${p.number}. ${p.name}`);
  const longest = names.reduce((n, name) => Math.max(n, name.length), 0);
  return table({ columns: [corner, ...names], rows }, matrixLayout(columns.length + 1, paper, longest), c);
}

function competencyMatrix(v: CompetencyMatrixView, c: DocumentContext): Block[] {
  const o = "landscape";
  return [
    ...opening(v, c, o),
    ...v.units.flatMap((u) => [
      ...(u.heading ? [heading(u.heading, 2)] : []),
      ...u.sections.flatMap((s) => [
        heading(s.heading, 3),
        matrixTable(s.table.columns[0] ?? "", u.columns, s.table.rows, v.paper, c),
      ]),
    ]),
  ];
}

function participationMatrix(v: ParticipationMatrixView, c: DocumentContext): Block[] {
  const o = "landscape";
  // The legend goes into the corner of the header row, which Word repeats on every page of the table.
  const corner = `${v.sections[0]?.table.columns[0] ?? ""}\n\n${v.legendHeading}:\n${v.legend.map((l) => l.text).join("\n")}`;
  return [
    ...opening(v, c, o),
    ...v.sections.flatMap((s) => [
      ...(s.heading ? [heading(s.heading, 2)] : []),
      ...(s.table.rows.length > 0 ? [matrixTable(corner, s.columns, s.table.rows, v.paper, c)] : [paragraph(c.none)]),
    ]),
  ];
}

/** Column weights of the tables of the eleven elements, by the number of columns. */
const specWeights: Record<number, number[]> = { 2: [45, 55], 3: [40, 20, 40], 4: [30, 16, 34, 20] };

function processSpec(v: ProcessSpecView, c: DocumentContext): Block[] {
  const o = "portrait";
  return [
    ...opening(v, c, o),
    ...fields(v.fields, c),
    ...image(c, `context-${v.processId}`, v.title, o),
    ...v.elements.flatMap((e): Block[] => [
      heading(`${e.number}. ${e.heading}`, 2),
      ...(e.text !== undefined ? [paragraph(e.text)] : []),
      ...(e.table
        ? [
            table(
              e.table,
              { weights: specWeights[e.table.columns.length] ?? e.table.columns.map(() => 1), orientation: o },
              c,
            ),
          ]
        : []),
      ...(e.links ? linkBullets(e.links, c) : []),
      ...(e.empty !== undefined ? [paragraph(e.empty)] : []),
    ]),
  ];
}

/** Column weights of the tables inside regulations, by the number of columns. */
const clauseWeights: Record<number, number[]> = { 2: [35, 65], 3: [36, 32, 32], 4: [30, 30, 18, 22] };

/**
 * The numbered sections of a «Положение»: «1. Общие положения» as Heading 2, each clause a paragraph opening with
 * its number, then its list, table or diagram.
 */
function regulationBody(sections: readonly RegulationSection[], c: DocumentContext, o: Orientation): Block[] {
  return sections.flatMap((section) => [
    heading(`${section.number}. ${section.heading}`, 2),
    ...section.clauses.flatMap((clause): Block[] => [
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        ...(clause.items || clause.table || clause.diagram ? { keepNext: true } : {}),
        children: [...runs(`${clause.number}. `), ...runs(clause.text), ...traceRun(clause.source)],
      }),
      ...(clause.items ? bullets(clause.items, c) : []),
      ...(clause.table
        ? [
            table(
              clause.table,
              {
                weights: clauseWeights[clause.table.columns.length] ?? clause.table.columns.map(() => 1),
                orientation: o,
              },
              c,
            ),
          ]
        : []),
      ...(clause.diagram
        ? image(
            c,
            legibleDrawing([clause.diagram.name, ...(clause.diagram.fallbacks ?? [])], c, o),
            clause.diagram.alt,
            o,
          )
        : []),
    ]),
  ]);
}

function unitRegulation(v: UnitRegulationView, c: DocumentContext): Block[] {
  const o = "portrait";
  return [...opening(v, c, o), ...regulationBody(v.sections, c, o)];
}

/** Job duties and competencies open alike: the position's fields and, with `--notes`, how they were compiled. */
function positionOpening(v: JobDutiesView | CompetenciesView, c: DocumentContext, o: Orientation): Block[] {
  return [...opening(v, c, o), ...fields(v.fields, c), ...(v.intro !== undefined ? [paragraph(v.intro)] : [])];
}

function jobDuties(v: JobDutiesView, c: DocumentContext): Block[] {
  const o = "landscape";
  return [
    ...positionOpening(v, c, o),
    ...(v.owner
      ? [
          heading(v.owner.heading, 2),
          paragraph(v.owner.lead),
          ...bullets(v.owner.duties, c),
          table(v.owner.table, { weights: [22, 40, 38], orientation: o }, c),
        ]
      : []),
    ...(v.dutiesHeading !== undefined
      ? [heading(v.dutiesHeading, 2), table(v.duties, { weights: [17, 24, 21, 17, 21], orientation: o }, c)]
      : []),
    // A position that neither owns nor executes gets the view's sentence saying so, not an empty table.
    ...(v.empty !== undefined ? [paragraph(v.empty)] : []),
    ...kpiCardReference(v.kpiCard, c),
    ...(v.instructions ? linkSection(v.instructions, c) : []),
    ...(v.systems ? linkSection(v.systems, c) : []),
  ];
}

function competencies(v: CompetenciesView, c: DocumentContext): Block[] {
  const o = "landscape";
  return [
    ...positionOpening(v, c, o),
    ...(v.empty !== undefined
      ? [paragraph(v.empty)]
      : [table(v.competencies, { weights: [16, 24, 21, 20, 19], orientation: o }, c)]),
  ];
}

/** A bold lead-in line inside a section: «Владелец процессов», «Участвует в достижении показателей процессов:». */
function label(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120, after: 60 }, keepNext: true, children: runs(text, { bold: true }) });
}

function profile(v: ProfileView, c: DocumentContext): Block[] {
  const o = "portrait";
  const owned = v.functionalDuties.owned;
  return [
    ...opening(v, c, o),
    ...fields(v.fields, c),
    ...bulletSection(v.generalKnowledge, c),
    ...bulletSection(v.subjectKnowledge, c),
    ...bulletSection(v.skills, c),
    ...bulletSection(v.qualities, c),
    ...bulletSection(v.values, c),
    heading(v.functionalDuties.heading, 2),
    ...(owned ? [label(owned.label), ...linkBullets(owned.links, c), paragraph(owned.duties)] : []),
    ...(v.functionalDuties.executedLabel !== undefined ? [label(v.functionalDuties.executedLabel)] : []),
    ...(v.functionalDuties.groups.length > 0 || !owned ? groups(v.functionalDuties.groups, c) : []),
    ...bulletSection(v.responsibility, c),
    ...(v.contribution ? [label(`${v.contribution.label}:`), ...bullets(v.contribution.items, c)] : []),
    ...kpiCardReference(v.kpiCard, c),
    ...(v.profstandard ? [heading(v.profstandard.heading, 2), ...fields(v.profstandard.fields, c)] : []),
  ];
}

/** Heat table colours: a score below the required level is light red, at or above it light green. */
const SHADE_FILL = { low: "F4CCCC", ok: "D9EAD3" } as const;

/** The generic report documents (standards, vacancy, questionnaire, development plan): blocks in order. */
function report(v: ReportView, c: DocumentContext): Block[] {
  const o: Orientation = v.landscape ? "landscape" : "portrait";
  const out: Block[] = v.meta.approval ? opening(v, c, o) : [...letterhead(c.organization), heading(v.title, 1)];
  for (const block of v.blocks) {
    if (block.kind === "heading") out.push(heading(block.text, block.level));
    else if (block.kind === "paragraph") out.push(paragraph(block.text, block.italics ? { italics: true } : {}));
    else if (block.kind === "fields") out.push(...fields(block.fields, c));
    else if (block.kind === "bullets") out.push(...bullets(block.items, c));
    else if (block.kind === "image") out.push(...image(c, block.name, block.alt, o));
    else {
      const shades = block.shades;
      out.push(
        ...tableOrNone(
          block.table,
          {
            weights: block.weights,
            orientation: o,
            centered: new Set(block.centered ?? []),
            ...(shades
              ? {
                  fill: (row: number, column: number) => {
                    const shade = shades[row]?.[column];
                    return shade ? SHADE_FILL[shade] : undefined;
                  },
                }
              : {}),
          },
          c,
        ),
      );
    }
  }
  return out;
}

/**
 * Matrices and job duties need a landscape page: five columns of prose in 16.5 cm break words in two; everything
 * else is portrait.
 */
export function orientationOf(view: DocumentView, context: DocumentContext): Orientation {
  if (view.document === "process-map" || view.document === "org-chart")
    return isWide(context.images.get(view.document)) ? "landscape" : "portrait";
  if ("blocks" in view) return view.landscape ? "landscape" : "portrait";
  return view.document === "competency-matrix" ||
    view.document === "participation-matrix" ||
    view.document === "job-duties" ||
    view.document === "competencies" ||
    view.document === "kpi-card" ||
    view.document === "process-regulation"
    ? "landscape"
    : "portrait";
}

/** The view's own parts, closed by the frame's sign-off sheets, passport and change log on the last part's pages. */
function partsOf(view: DocumentView, c: DocumentContext): Part[] {
  const split = view.document === "process-map" || view.document === "org-chart" ? splitDiagram(view, c) : undefined;
  const parts: Part[] = split ?? [
    { orientation: orientationOf(view, c), paper: "paper" in view ? view.paper : "A4", blocks: blocksOf(view, c) },
  ];
  const last = parts[parts.length - 1];
  if (last) last.blocks.push(...closingBlocks(view.meta, c, last.orientation));
  return parts;
}

function blocksOf(view: DocumentView, c: DocumentContext): Block[] {
  switch (view.document) {
    case "org-structure":
      return orgStructure(view, c);
    case "index":
      return documentIndex(view, c);
    case "process-map":
    case "org-chart":
      return diagramPage(view, c);
    case "competency-matrix":
      return competencyMatrix(view, c);
    case "participation-matrix":
      return participationMatrix(view, c);
    case "process-spec":
      return processSpec(view, c);
    case "unit-regulation":
      return unitRegulation(view, c);
    case "job-duties":
      return jobDuties(view, c);
    case "competencies":
      return competencies(view, c);
    case "profile":
      return profile(view, c);
    case "kpi-card":
      return kpiCard(view, c);
    case "kpi-register":
      return kpiRegister(view, c);
    case "process-regulation":
      return processRegulation(view, c, (o) => opening(view, c, o));
    case "instruction":
      return instruction(view, c, (o) => opening(view, c, o));
    case "system-regulation":
      return systemRegulation(view, c, (o) => opening(view, c, o));
    case "profstandard-comparison":
    case "profstandard-list":
    case "profstandard-plan":
    case "vacancy":
    case "assessment-form":
    case "development-plan":
    case "assessment-summary":
    case "ratings-report":
    case "ratings-form":
      return report(view, c);
  }
}

/** One view as sections: a new section starts a new page and carries its own orientation and footer. */
export function documentSections(view: DocumentView, context: DocumentContext): ISectionOptions[] {
  return partsOf(view, context).map((part) => section(part.blocks, part.orientation, part.paper));
}
