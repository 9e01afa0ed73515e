import { documentWords, formatPercent } from "../../i18n/documents.js";
import type { Lang } from "../../i18n/lang.js";
import { formatNumber, kpiWords } from "../../i18n/words/kpi.js";
import type { ModelIndex } from "../../model/index-model.js";
import { achievement, kpiScale, percentOfCard } from "../../model/kpi-bonus.js";
import type { KpiCard, KpiItem, Model, Position } from "../../model/types.js";
import { outputPaths } from "../files.js";
import type { Field, Link, Table, ViewBase, ViewOptions } from "./blocks.js";
import { traceOf } from "./common.js";
import { acknowledgedFrame } from "./position-frame.js";
import { positionFields } from "./position-header.js";

/** A titled table with the sentence that introduces it. */
export interface ControlSchedule {
  heading: string;
  intro: string;
  table: Table;
}

/**
 * The KPI card of a position: the weighted KPIs with threshold, target, formula, source and period; how the bonus
 * follows from them, in words an employee understands; the control rhythm of system-use KPIs.
 */
export interface KpiCardView extends ViewBase {
  document: "kpi-card";
  positionId: string;
  fields: Field[];
  intro: string;
  kpis: Table;
  bonus: { heading: string; paragraphs: string[] };
  control: ControlSchedule[];
}

export function kpiCardView(
  model: Model,
  index: ModelIndex,
  position: Position,
  card: KpiCard,
  lang: Lang,
  options: ViewOptions,
): KpiCardView {
  const w = kpiWords(lang);
  const c = w.columns;
  // Headcount says nothing about one employee's pay: the card leaves it out.
  const headcount = documentWords(lang).common.headcount;
  const fields = positionFields(position, index, lang).filter((f) => f.label !== headcount);
  if (card.bonusShare !== undefined) fields.push({ label: w.bonusShare, value: card.bonusShare });
  const rows = card.items.map((item, i) => ({
    cells: [
      String(i + 1),
      kpiTitle(item, index, lang),
      item.weight === undefined ? "—" : formatNumber(lang, item.weight),
      item.threshold ?? "—",
      item.target ?? "—",
      item.formula ?? item.measure ?? "—",
      item.dataSource ?? item.system ?? "—",
      item.period ? w.periods[item.period] : "—",
    ],
    // The row traces to the process indicator it is paid by; an own KPI to the card.
    ...traceOf(item.indicatorSource ?? item.source, options),
  }));
  const weightSum = card.items.reduce((sum, item) => sum + (item.weight ?? 0), 0);
  rows.push({ cells: ["", w.total, formatNumber(lang, weightSum), "", "", "", "", ""] });
  return {
    document: "kpi-card",
    path: outputPaths.kpiCard(position.id),
    lang,
    title: w.titles.card,
    meta: acknowledgedFrame(model, index, position, lang, options, false),
    positionId: position.id,
    fields,
    intro: w.intro,
    kpis: {
      columns: [c.number, c.kpi, c.weight, c.threshold, c.target, c.formula, c.source, c.period],
      rows,
    },
    bonus: { heading: w.bonus.heading, paragraphs: bonusParagraphs(card, lang) },
    control: card.items.filter((item) => item.control.length > 0).map((item) => controlSchedule(item, lang)),
  };
}

/** "Средний чек (процесс «3.2 Приём автомобиля от клиента»)"; an own KPI names the system whose use it measures. */
function kpiTitle(item: KpiItem, index: ModelIndex, lang: Lang): string {
  const w = kpiWords(lang);
  const process = item.process && index.processes.get(item.process.id);
  // The code alone places the row in the process tree and keeps the one-page card compact; the name when no code.
  if (process) return `${item.name} (${w.fromProcess(process.code ?? `«${process.name}»`)})`;
  if (item.system !== undefined) return `${item.name} (${w.systemUse(item.system)})`;
  return item.name;
}

function bonusParagraphs(card: KpiCard, lang: Lang): string[] {
  const w = kpiWords(lang).bonus;
  const share = percentOfCard(card.bonusShare);
  const atThreshold = percentOfCard(card.atThreshold) ?? 0;
  const scales = card.items.map((item) => ({ item, scale: kpiScale(item, card) }));
  const paragraphs = [w.scale(formatPercent(lang, atThreshold))];
  if (scales.some((s) => s.scale?.target.lowerIsBetter)) paragraphs.push(w.lowerIsBetter);
  const shareText = share !== undefined ? formatPercent(lang, share) : card.bonusShare;
  paragraphs.push(`${w.total} ${w.pay(shareText)}`);
  // A worked example halfway along a KPI's scale, on the KPI whose target is written most plainly.
  const sample = scales
    .filter(
      (s) => s.scale?.threshold !== undefined && s.scale.threshold.value !== s.scale.target.value && s.item.weight,
    )
    .sort((a, b) => (a.item.target?.length ?? 0) - (b.item.target?.length ?? 0))[0];
  if (sample?.scale?.threshold && sample.item.threshold !== undefined && sample.item.target !== undefined) {
    const value = (sample.scale.threshold.value + sample.scale.target.value) / 2;
    const a = achievement(sample.scale, value);
    const weight = sample.item.weight ?? 0;
    paragraphs.push(
      w.example({
        name: sample.item.name,
        threshold: sample.item.threshold,
        target: sample.item.target,
        value: `${formatNumber(lang, value)}${sample.item.target.includes("%") ? (lang === "ru" ? " %" : "%") : ""}`,
        achievement: formatPercent(lang, Math.round(a * 10) / 10),
        weight: formatPercent(lang, weight),
        points: formatPercent(lang, Math.round(((a * weight) / 100) * 10) / 10),
      }),
    );
  }
  return paragraphs;
}

/** Seed 001: daily the first week, weekly for the next three, then at the end of each period. */
function controlSchedule(item: KpiItem, lang: Lang): ControlSchedule {
  const w = kpiWords(lang);
  const c = w.control;
  const rows = item.control.map((stage, i) => ({ cells: [c.from(i + 1), c.frequencies[stage.period], stage.for] }));
  const period = w.periods[item.period ?? "month"];
  rows.push({ cells: [c.after, c.afterFrequency(period), c.afterDuration] });
  return {
    heading: c.heading,
    intro: c.intro(item.name),
    table: { columns: [c.stage, c.frequency, c.duration], rows },
  };
}

/** The line the profile and the job duties end with when the position has a card. */
export function kpiCardReference(position: Position, lang: Lang): { text: string; link: Link } | undefined {
  if (!position.kpis) return undefined;
  const w = kpiWords(lang).reference;
  return { text: w.text, link: { text: w.link, to: outputPaths.kpiCard(position.id) } };
}
