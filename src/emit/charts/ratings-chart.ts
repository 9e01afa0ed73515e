/**
 * The chart of one rated side (docs/ratings.md): the monthly average as a line (left) and the month's scores as bars
 * (right), drawn by Apache ECharts' server-side SVG renderer — no browser — and turned into PNG for DOCX by resvg.
 * Both are deterministic once ECharts' process-wide id counters are renumbered per chart (`stableIds`).
 */

import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import type { Lang } from "../../i18n/lang.js";
import { ratingsWords } from "../../i18n/words/ratings.js";
import type { RatedSummary } from "../../model/ratings-summary.js";

const WIDTH = 760;
const HEIGHT = 260;
/** DejaVu Sans covers Cyrillic and is what the DOCX pictures are rasterised with (see `chartPng`). */
const FONT = "DejaVu Sans, Arial, sans-serif";
const LINE = "#3366aa";
const BARS = ["#cc4125", "#e69138", "#f1c232", "#93c47d", "#6aa84f"];

/**
 * ECharts numbers the ids and classes of each SVG from counters shared by every chart in the process (`zr3-c0`,
 * `zr3-cls-17`): the same chart drawn twice differs. Renumber them in order of appearance.
 */
export function stableIds(svg: string): string {
  const seen = new Map<string, string>();
  return svg.replace(/zr\d+-(cls-\d+|[a-z]+\d+)/g, (_, local: string) => {
    const kind = local.replace(/\d+$/, "");
    let id = seen.get(local);
    if (!id) {
      id = `${kind}${[...seen.keys()].filter((k) => k.replace(/\d+$/, "") === kind).length}`;
      seen.set(local, id);
    }
    return `c-${id}`;
  });
}

export function ratingsChartSvg(side: RatedSummary, month: string, lang: Lang): string {
  const w = ratingsWords(lang);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height: HEIGHT });
  const label = (value: unknown) => {
    const v = Array.isArray(value) ? value[1] : value;
    return typeof v === "number" ? w.number(v) : "";
  };
  chart.setOption({
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: FONT, fontSize: 12, color: "#333333" },
    title: [
      { text: w.chart.trend, left: "4%", top: 4, textStyle: { fontSize: 13, fontFamily: FONT } },
      {
        text: w.chart.distribution(w.month(month)),
        left: "62%",
        top: 4,
        textStyle: { fontSize: 13, fontFamily: FONT },
      },
    ],
    grid: [
      { left: 40, right: "42%", top: 40, bottom: 36 },
      { left: "62%", right: 16, top: 40, bottom: 36 },
    ],
    xAxis: [
      {
        gridIndex: 0,
        type: "category",
        data: side.months.map((m) => w.shortMonth(m.month)),
        axisTick: { show: false },
      },
      { gridIndex: 1, type: "category", data: ["1", "2", "3", "4", "5"], axisTick: { show: false } },
    ],
    yAxis: [
      { gridIndex: 0, type: "value", min: 1, max: 5, interval: 1 },
      { gridIndex: 1, type: "value", minInterval: 1 },
    ],
    series: [
      {
        type: "line",
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: side.months.map((m) => (m.average === undefined ? null : Number(m.average.toFixed(2)))),
        connectNulls: true,
        lineStyle: { color: LINE, width: 2 },
        itemStyle: { color: LINE },
        symbolSize: 7,
        label: { show: true, position: "top", formatter: (p: { value: unknown }) => label(p.value) },
      },
      {
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        barWidth: "55%",
        data: side.distribution.map((count, i) => ({ value: count, itemStyle: { color: BARS[i] } })),
        label: { show: true, position: "top", formatter: (p: { value: unknown }) => String(p.value ?? "") },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return `${stableIds(svg)}\n`;
}

/** PNG at twice the SVG's size, on white, with the system's fonts (DejaVu Sans where installed). */
export function chartPng(svg: string): Uint8Array {
  const rendered = new Resvg(svg, {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  }).render();
  return new Uint8Array(rendered.asPng());
}
