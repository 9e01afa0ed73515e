import type { Lang } from "../../i18n/lang.js";
import { LOCAL_CACHE } from "../cache-dir.js";
import type { ScaffoldFile } from "./package-files.js";

/**
 * CI for a spec project: validate on every push (annotations on the diff), then build the documents and keep them
 * as an artifact. procspec is pinned to the version that wrote the project, so a release cannot break CI silently.
 */
export function ciFiles(version: string, lang: Lang): ScaffoldFile[] {
  const ru = lang === "ru";
  const procspec = `npx --yes procspec@${version}`;
  const github = `# ${ru ? "Проверка описаний процессов и сборка документов" : "Check the process specs and build the documents"}
name: procspec
on:
  push:
  pull_request:
jobs:
  specs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # ${ru ? "для схем (SVG/PNG) нужны браузер и шрифт с кириллицей: Chrome на ubuntu-latest уже есть (apt-пакет chromium там — заглушка snap)" : "the diagrams (SVG/PNG) need a browser and a Cyrillic font: ubuntu-latest has Chrome (its apt chromium is only a snap stub)"}
      - run: sudo apt-get update && sudo apt-get install -y --no-install-recommends fonts-dejavu
      - name: ${ru ? "Проверка" : "Validate"}
        run: ${procspec} validate --format github --max-warnings 0
      - name: ${ru ? "Сборка документов" : "Build the documents"}
        run: ${procspec} build --out out --format md,docx,svg,png,json
        env:
          PROCSPEC_CHROMIUM: /usr/bin/google-chrome
      - uses: actions/upload-artifact@v4
        with:
          name: documents
          path: out/
`;
  const gitlab = `# ${ru ? "Проверка описаний процессов и сборка документов" : "Check the process specs and build the documents"}
procspec:
  image: node:20-bookworm
  variables:
    PROCSPEC_CHROMIUM: /usr/bin/chromium
  before_script:
    - apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu
  script:
    - ${procspec} validate --format junit --max-warnings 0 > procspec-junit.xml || (${procspec} validate; exit 1)
    - ${procspec} build --out out --format md,docx,svg,png,json
  artifacts:
    when: always
    paths:
      - out/
    reports:
      junit: procspec-junit.xml
`;
  const gitignore = `# ${ru ? "сформированные документы: их собирает procspec build" : "generated documents: procspec build writes them"}
out/
procspec-junit.xml
# ${ru ? "кэш procspec (картинки схем): восстанавливается сам" : "procspec's cache (rendered diagrams): rebuilt on its own"}
${LOCAL_CACHE}/
`;
  return [
    { path: ".github/workflows/procspec.yml", content: github },
    { path: ".gitlab-ci.yml", content: gitlab },
    { path: ".gitignore", content: gitignore },
  ];
}
