import type { Lang } from "../../i18n/lang.js";
import { LOCAL_CACHE } from "../cache-dir.js";
import type { ScaffoldFile } from "./package-files.js";

/** Where the spec project sits in its git repository: CI files live at the repository's root, the project may not. */
export interface CiPlace {
  /** The project folder relative to the repository root, `/` separators; "" when the project is the root. */
  projectPath: string;
}

/** Installs procspec from the spec repository's package.json: `npm ci` once a lock file is committed. */
export const INSTALL =
  "if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi";
/** Runs the procspec that package.json installed, never a fresh download (`--no`: fail rather than fetch). */
const PROCSPEC = "npx --no -- procspec";

/**
 * CI for a spec project: install procspec as the project's package.json says (a registry version, a git URL or a
 * tarball — whatever works for the team, before and after procspec is published), validate on every push
 * (annotations on the diff), then build the documents and keep them as an artifact.
 */
export function ciFiles(lang: Lang, place: CiPlace): ScaffoldFile[] {
  const ru = lang === "ru";
  const sub = place.projectPath;
  const at = (path: string) => (sub ? `${sub}/${path}` : path);
  const title = ru
    ? "Проверка описаний процессов и сборка документов"
    : "Check the process specs and build the documents";
  const workingDirectory = sub
    ? `    defaults:
      run:
        working-directory: ${sub}
`
    : "";
  const github = `# ${title}
name: procspec
on:
  push:
  pull_request:
jobs:
  specs:
    runs-on: ubuntu-latest
${workingDirectory}    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: ${ru ? "Установка procspec (версия — в package.json)" : "Install procspec (the version is in package.json)"}
        run: ${INSTALL}
      # ${ru ? "для схем (SVG/PNG) нужны браузер и шрифт с кириллицей: Chrome на ubuntu-latest уже есть (apt-пакет chromium там — заглушка snap)" : "the diagrams (SVG/PNG) need a browser and a Cyrillic font: ubuntu-latest has Chrome (its apt chromium is only a snap stub)"}
      - run: sudo apt-get update && sudo apt-get install -y --no-install-recommends fonts-dejavu
      - name: ${ru ? "Проверка" : "Validate"}
        run: ${PROCSPEC} validate --format github --max-warnings 0
      - name: ${ru ? "Сборка документов" : "Build the documents"}
        run: ${PROCSPEC} build --out out --format md,docx,svg,png,json
        env:
          PROCSPEC_CHROMIUM: /usr/bin/google-chrome
      - uses: actions/upload-artifact@v4
        with:
          name: documents
          path: ${at("out/")}
`;
  const gitlab = `# ${title}
procspec:
  image: node:20-bookworm
  variables:
    PROCSPEC_CHROMIUM: /usr/bin/chromium
  before_script:
${sub ? `    - cd ${sub}\n` : ""}    - apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu
    - ${INSTALL}
  script:
    - ${PROCSPEC} validate --format junit --max-warnings 0 > procspec-junit.xml || (${PROCSPEC} validate; exit 1)
    - ${PROCSPEC} build --out out --format md,docx,svg,png,json
  artifacts:
    when: always
    paths:
      - ${at("out/")}
    reports:
      junit: ${at("procspec-junit.xml")}
`;
  return [
    { path: ".github/workflows/procspec.yml", content: github, base: "repository" },
    { path: ".gitlab-ci.yml", content: gitlab, base: "repository" },
  ];
}

/** What git should not keep: the documents (procspec builds them), CI reports, installed packages, the cache. */
export function gitignoreFile(lang: Lang): ScaffoldFile {
  const ru = lang === "ru";
  return {
    path: ".gitignore",
    content: `# ${ru ? "сформированные документы: их собирает procspec build" : "generated documents: procspec build writes them"}
out/
procspec-junit.xml
node_modules/
# ${ru ? "кэш procspec (картинки схем): восстанавливается сам" : "procspec's cache (rendered diagrams): rebuilt on its own"}
${LOCAL_CACHE}/
`,
    merge: "lines",
  };
}

/**
 * The spec repository's package.json: procspec as a devDependency, so CI and every colleague run the same version
 * (`npm ci` with the lock file), and `npm run validate` works without a global install.
 */
export function packageJsonFile(procspec: string, lang: Lang): ScaffoldFile {
  const pkg = {
    private: true,
    description:
      lang === "ru" ? "Описания процессов организации (procspec)" : "The organization's process specs (procspec)",
    scripts: { validate: "procspec validate", build: "procspec build", stats: "procspec stats" },
    devDependencies: { procspec },
  };
  return { path: "package.json", content: `${JSON.stringify(pkg, null, 2)}\n`, merge: "json" };
}
