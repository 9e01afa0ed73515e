/**
 * Reading a professional standard as the Ministry of Labour's registry exports it (XMLCardInfo →
 * ProfessionalStandarts → ProfessionalStandart → ThirdSection → … → ParticularWorkFunction). The registry saves
 * these files as UTF-8 or Windows-1251, declared in the prolog; anything that is not such a file becomes a
 * diagnostic with a position, never an exception.
 */

import type { XMLParser } from "fast-xml-parser";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/messages.js";
import { xmlLib } from "./libraries.js";

/** A labour function (трудовая функция, ТФ): CodeTF, NameTF and its three lists. */
export interface LabourFunction {
  code: string;
  name: string;
  /** SubQualification: the level of this function, as written ("4"). */
  level?: string;
  actions: string[];
  skills: string[];
  knowledge: string[];
}

/** A generalized labour function (обобщённая трудовая функция, ОТФ) with its qualification requirements. */
export interface GeneralizedFunction {
  code: string;
  name: string;
  level?: number;
  jobTitles: string[];
  education: string[];
  experience: string[];
  conditions: string[];
  functions: LabourFunction[];
}

export interface Standard {
  /** Project-relative path of the XML file. */
  file: string;
  /** CodeKindProfessionalActivity, e.g. "31.010". */
  code: string;
  registrationNumber?: string;
  title: string;
  /** KindProfessionalActivity. */
  activity: string;
  /** PurposeKindProfessionalActivity: what the kind of activity is for. */
  purpose: string;
  orderNumber?: string;
  approved?: string;
  generalized: GeneralizedFunction[];
}

export interface StandardRead {
  standards: Standard[];
  diagnostics: Diagnostic[];
}

let parser: XMLParser | undefined;

const PARSER_OPTIONS = {
  ignoreAttributes: true,
  // Codes like "02.065" and levels must stay text, as written.
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
};

type Node = unknown;

function child(node: Node, name: string): Node {
  return typeof node === "object" && node !== null && !Array.isArray(node)
    ? (node as Record<string, unknown>)[name]
    : undefined;
}

/** A one-element list comes out of the parser as the element itself: both shapes become an array. */
function list(node: Node): Node[] {
  if (node === undefined || node === null || node === "") return [];
  return Array.isArray(node) ? node : [node];
}

/** Registry texts carry line breaks and non-breaking spaces inside one sentence. */
export function cleanText(value: Node): string {
  if (typeof value === "string" || typeof value === "number") return String(value).replace(/\s+/gu, " ").trim();
  // An element with attributes or mixed content: its text is under "#text".
  const text = child(value, "#text");
  return text === undefined ? "" : cleanText(text);
}

function texts(container: Node, item: string): string[] {
  return list(child(container, item))
    .map(cleanText)
    .filter((t) => t !== "");
}

function optional<K extends string>(key: K, value: string): { [P in K]?: string } {
  return (value === "" ? {} : { [key]: value }) as { [P in K]?: string };
}

function labourFunction(node: Node): LabourFunction {
  return {
    code: cleanText(child(node, "CodeTF")),
    name: cleanText(child(node, "NameTF")),
    ...optional("level", cleanText(child(node, "SubQualification"))),
    actions: texts(child(node, "LaborActions"), "LaborAction"),
    skills: texts(child(node, "RequiredSkills"), "RequiredSkill"),
    knowledge: texts(child(node, "NecessaryKnowledges"), "NecessaryKnowledge"),
  };
}

function generalizedFunction(node: Node): GeneralizedFunction {
  const level = Number.parseInt(cleanText(child(node, "LevelOfQualification")), 10);
  return {
    code: cleanText(child(node, "CodeOTF")),
    name: cleanText(child(node, "NameOTF")),
    ...(Number.isFinite(level) ? { level } : {}),
    jobTitles: texts(child(node, "PossibleJobTitles"), "PossibleJobTitle"),
    education: texts(child(node, "EducationalRequirements"), "EducationalRequirement"),
    experience: texts(child(node, "RequirementsWorkExperiences"), "RequirementsWorkExperience"),
    conditions: texts(child(node, "SpecialConditionsForAdmissionToWork"), "SpecialConditionForAdmissionToWork"),
    functions: list(child(child(node, "ParticularWorkFunctions"), "ParticularWorkFunction")).map(labourFunction),
  };
}

/** The parser's error codes in Russian: its own messages are English and name internals. */
const SYNTAX_RU: Record<string, string> = {
  InvalidChar: "в этом месте XML не допускает такой символ",
  InvalidTag: "тег здесь не закрыт или закрыт не тем тегом",
  InvalidAttr: "ошибка в атрибуте тега",
  InvalidXml: "нарушена структура XML",
};

/** The encoding named in `<?xml … encoding="…"?>`, read from the ASCII bytes of the prolog. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
}

function decode(bytes: Uint8Array): { text: string } | { encoding: string } {
  const encoding = declaredEncoding(bytes) ?? "utf-8";
  const label = encoding === "cp1251" ? "windows-1251" : encoding;
  if (!["utf-8", "utf8", "windows-1251"].includes(label)) return { encoding };
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes) };
  } catch {
    return { encoding };
  }
}

function problem(
  file: string,
  lang: Lang,
  id: Parameters<typeof message>[1],
  data: Record<string, string>,
  at = { line: 1, column: 1 },
): Diagnostic {
  return { code: "standard-xml", severity: "error", message: message(lang, id, data), file, ...at, pointer: "" };
}

/** Reads one standard file; a file that cannot be one gives a diagnostic and no standard. */
export function readStandardXml(file: string, bytes: Uint8Array, lang: Lang): StandardRead {
  const decoded = decode(bytes);
  if ("encoding" in decoded)
    return {
      standards: [],
      diagnostics: [problem(file, lang, "standard-xml.encoding", { encoding: decoded.encoding })],
    };
  const { XMLParser, XMLValidator } = xmlLib();
  const valid = XMLValidator.validate(decoded.text);
  if (valid !== true) {
    const at = { line: valid.err.line, column: valid.err.col };
    const detail = lang === "ru" ? (SYNTAX_RU[valid.err.code] ?? "нарушена структура XML") : valid.err.msg;
    return { standards: [], diagnostics: [problem(file, lang, "standard-xml.syntax", { detail }, at)] };
  }
  parser ??= new XMLParser(PARSER_OPTIONS);
  const root = parser.parse(decoded.text) as Node;
  const cards = list(child(child(child(root, "XMLCardInfo"), "ProfessionalStandarts"), "ProfessionalStandart"));
  if (cards.length === 0)
    return { standards: [], diagnostics: [problem(file, lang, "standard-xml.not-a-standard", {})] };
  const standards: Standard[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const card of cards) {
    const first = child(card, "FirstSection");
    const code = cleanText(child(first, "CodeKindProfessionalActivity"));
    const registrationNumber = cleanText(child(card, "RegistrationNumber"));
    if (code === "" && registrationNumber === "") {
      diagnostics.push(problem(file, lang, "standard-xml.no-code", {}));
      continue;
    }
    standards.push({
      file,
      code,
      ...optional("registrationNumber", registrationNumber),
      title: cleanText(child(card, "NameProfessionalStandart")),
      activity: cleanText(child(first, "KindProfessionalActivity")),
      purpose: cleanText(child(first, "PurposeKindProfessionalActivity")),
      ...optional("orderNumber", cleanText(child(card, "OrderNumber"))),
      ...optional("approved", cleanText(child(card, "DateOfApproval"))),
      generalized: list(
        child(
          child(child(child(card, "ThirdSection"), "WorkFunctions"), "GeneralizedWorkFunctions"),
          "GeneralizedWorkFunction",
        ),
      ).map(generalizedFunction),
    });
  }
  return { standards, diagnostics };
}
