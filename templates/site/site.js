// procspec site: search over the prebuilt index. Scripts are loaded with <script> tags, not fetch(), so the
// site works opened from disk (file://). The index, MiniSearch and the stemmers load on the first search only.
const words = JSON.parse(document.getElementById("site-words")?.textContent || "{}");

// Diagrams are drawn in a scrolling frame; the buttons above one scale it.
for (const frame of document.querySelectorAll(".diagram")) {
  const svg = frame.querySelector(":scope > svg");
  const width = Number.parseFloat(svg?.getAttribute("width") || "");
  if (!svg || !words.zoom || !(width > 0)) continue;
  const height = Number.parseFloat(svg.getAttribute("height") || "");
  let scale = 1;
  const apply = (next) => {
    scale = Math.min(4, Math.max(0.05, next));
    svg.setAttribute("width", String(Math.round(width * scale)));
    if (height > 0) svg.setAttribute("height", String(Math.round(height * scale)));
    svg.style.maxWidth = "none";
  };
  const bar = document.createElement("div");
  bar.className = "zoom";
  const button = (text, next) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", () => apply(next()));
    bar.appendChild(b);
  };
  button(words.zoom.out, () => scale / 1.25);
  button(words.zoom.in, () => scale * 1.25);
  button(words.zoom.fit, () => (frame.clientWidth - 20) / width);
  button(words.zoom.actual, () => 1);
  frame.before(bar);
  // A map wider than the page opens fitted to it, as an overview; the buttons bring its labels up to size.
  if (width > frame.clientWidth) apply(Math.max(0.2, (frame.clientWidth - 20) / width));
}

(() => {
  const root = document.documentElement.dataset.root || "";
  const input = document.getElementById("search-input");
  const list = document.getElementById("search-results");
  if (!input || !list) return;
  let ready;
  let search;
  let stem;

  const load = (src) =>
    new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = root + src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.appendChild(script);
    });

  // The same as stemTerm() in src/emit/site/search.ts: lower case, «ё» as «е», a Snowball stem.
  const makeStem = () => {
    const ru = window.snowballFactory.newStemmer("russian");
    const en = window.snowballFactory.newStemmer("english");
    return (term) => {
      const word = term.toLowerCase().replace(/ё/g, "е");
      if (/[а-я]/.test(word)) return ru.stem(word);
      if (/^[a-z]+$/.test(word)) return en.stem(word);
      return word;
    };
  };

  const prepare = () => {
    ready ??= load("assets/minisearch.js")
      .then(() => load("assets/stemmers.js"))
      .then(() => load("assets/search-index.js"))
      .then(() => {
        stem = makeStem();
        const data = window.PROCSPEC_SEARCH;
        search = window.MiniSearch.loadJS(data.index, { ...data.options, processTerm: stem });
        search.procspecOptions = data.options.searchOptions;
      });
    return ready;
  };

  const show = (items) => {
    list.replaceChildren(...items);
    input.setAttribute("aria-expanded", items.length > 0 ? "true" : "false");
  };

  const item = (result) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `${root}${result.path}.html`;
    a.textContent = result.title;
    const kind = document.createElement("small");
    kind.textContent = result.kind;
    a.appendChild(kind);
    li.appendChild(a);
    return li;
  };

  const note = (text) => {
    const li = document.createElement("li");
    li.className = "none";
    li.textContent = text;
    return li;
  };

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    delete list.dataset.query;
    if (query === "") return show([]);
    if (!search) show([note(words.loading)]);
    await prepare();
    if (ticket !== latest) return;
    const results = search.search(query, search.procspecOptions).slice(0, 20);
    // Says which query the list answers (not the «loading» note, nor a query typed over since).
    list.dataset.query = query;
    show(results.length > 0 ? results.map(item) : [note(words.none)]);
  };

  input.addEventListener("input", () => {
    run().catch((error) => show([note(String(error.message || error))]));
  });
  input.addEventListener("focus", () => {
    prepare().catch(() => {});
  });
  input.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    if (event.key === "Enter" && links[0]) {
      event.preventDefault();
      links[0].click();
    } else if (event.key === "ArrowDown" && links[0]) {
      event.preventDefault();
      links[0].focus();
    } else if (event.key === "Escape") show([]);
  });
  list.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at < links.length - 1) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? links[at - 1] : input).focus();
    } else if (event.key === "Escape") {
      show([]);
      input.focus();
    }
  });
})();
