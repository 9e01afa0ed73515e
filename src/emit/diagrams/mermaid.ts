/**
 * Mermaid sources of the diagrams: pure functions of the model (no browser, no files). Rendering them to SVG/PNG
 * is `renderer.ts`'s job.
 */
export { contextMermaid } from "./context.js";
export { escapeLabel, label } from "./label.js";
export { orgChartMermaid } from "./org-chart.js";
export { processMapMermaid, processTitle } from "./process-map.js";
