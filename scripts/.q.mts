import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { stemTerm } from "../src/emit/site/search.ts";
const window: any = {};
new Function("window", readFileSync(process.argv[2], "utf8"))(window);
const d = window.PROCSPEC_SEARCH;
const ms = MiniSearch.loadJS(d.index, { ...d.options, processTerm: stemTerm });
for (const q of process.argv.slice(3)) {
  console.log("==", q);
  for (const r of ms.search(q, d.options.searchOptions).slice(0, 6)) console.log(r.score.toFixed(2), r.path, "|", r.title);
}
