import { element } from "../dom.js";
import { siteUrl } from "../routes.js";
import { FILTER_NAMES, TYPING_DELAY, find, hasFilters, loadResults } from "./query.js";
import { resultLinks, searchPageUrl, statusText } from "./results.js";

// The /search/ page: results linkable by URL, every filter with its counts, and "Show more".

export const PAGE_RESULTS = 10;

// Loads the data of the next PAGE_RESULTS results of a find() outcome, from position `from`.
// Resolves to { shown, error } (error: why loading failed, with nothing shown), or to null when
// `isCurrent()` says a newer query has replaced the outcome by then, so nothing stale is shown.
export function nextPage(outcome, from, isCurrent) {
  return loadResults(outcome.results.slice(from, from + PAGE_RESULTS)).then(
    (shown) => (isCurrent() ? { shown, error: null } : null),
    (error) => (isCurrent() ? { shown: [], error } : null));
}

// The filters sit beside the results on wide screens, open; on phones they come after the
// results, closed. The stylesheet places them (the same media query), the script only opens the
// group, which moves nothing: beside the results it grows downwards into empty space.
export const WIDE_SCREEN = "(min-width: 60em)";

export function openOnWideScreens(group, wide) {
  if (wide.matches) group.open = true;
}

export function setUpSearchPage(root, sources) {
  const searchPage = siteUrl("search");
  const form = root.querySelector("form");
  const input = form.querySelector("input[type=search]");
  const filterGroup = root.querySelector("[data-search-filters]");
  const status = root.querySelector(".search-status");
  const list = root.querySelector(".search-results");
  const more = root.querySelector(".search-more");
  let labels = null;
  let generation = 0;
  let timer = 0;
  let current = null; // the outcome on screen, null while a newer query runs

  function chosen() {
    const filters = {};
    FILTER_NAMES.forEach((name) => {
      filters[name] = Array.from(root.querySelectorAll("input[name='" + name + "']:checked"), (box) => box.value);
    });
    return filters;
  }

  function fromUrl() {
    const params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    root.querySelectorAll("input[type=checkbox]").forEach((box) => {
      box.checked = params.getAll(box.name).includes(box.value);
    });
  }

  // Pagefind counts the results each value would leave if it were added to the filters. Values
  // of a filter that already has one chosen are alternatives, so their counts are left out.
  function showCounts(counts) {
    const filters = chosen();
    root.querySelectorAll("[data-count-for]").forEach((span) => {
      const [filter, value] = span.getAttribute("data-count-for").split(":");
      const known = counts && counts[filter] && filters[filter].length === 0;
      const count = known ? counts[filter][value] || 0 : null;
      span.textContent = count === null ? "" : String(count);
      span.parentNode.classList.toggle("chip-empty", count === 0);
    });
  }

  function append(shown) {
    shown.forEach((data) => {
      const item = element("li", "search-result", "");
      resultLinks(data, labels).forEach((link) => item.appendChild(link));
      list.appendChild(item);
    });
  }

  // history: typing replaces the current entry; filters and submit add one, so Back undoes them.
  function run(push) {
    const mine = ++generation;
    current = null;
    const query = input.value.trim();
    const filters = chosen();
    const url = searchPageUrl(searchPage, query, filters);
    if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
    document.title = (query ? "“" + query + "” · " : "") + document.title.replace(/^“.*” · /, "");
    const ready = Promise.all([sources.filterCounts(), sources.filterLabels().catch(() => null)]);
    if (!query && !hasFilters(filters)) {
      list.textContent = "";
      more.hidden = true;
      status.textContent = "Type a query or pick filters.";
      ready.then(([counts]) => { if (mine === generation) showCounts(counts); }).catch(() => { /* counts are optional */ });
      return;
    }
    status.textContent = "Searching…";
    // The query's index chunks load while the filters' do (Pagefind keeps what it loaded).
    sources.pagefind().then((pf) => pf.preload(query)).catch(() => { /* reported below */ });
    ready.then(([, loadedLabels]) => {
      labels = loadedLabels;
      return find(sources, query, filters, PAGE_RESULTS);
    }).then((outcome) => {
      if (mine !== generation) return;
      current = outcome;
      list.textContent = "";
      showCounts(outcome.filters);
      append(outcome.shown);
      status.textContent = statusText(outcome, outcome.shown.length);
      more.hidden = outcome.shown.length >= outcome.total;
      more.disabled = false;
    }).catch((error) => {
      if (mine === generation) status.textContent = "Search is not available: " + error.message;
    }).finally(() => document.documentElement.classList.remove("search-pending"));
  }

  // One click loads one page: the button is disabled until it is on screen (a second click would
  // load the same results twice). Results of a query that was replaced meanwhile are dropped.
  more.addEventListener("click", () => {
    if (!current || more.disabled) return;
    const mine = generation;
    const outcome = current;
    more.disabled = true;
    nextPage(outcome, list.children.length, () => mine === generation).then((page) => {
      if (!page) return;
      more.disabled = false;
      if (page.error) {
        status.textContent = "More results could not be loaded (" + page.error.message + "). Try again.";
        return;
      }
      append(page.shown);
      more.hidden = list.children.length >= outcome.total;
      status.textContent = statusText(outcome, list.children.length);
    });
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(false), TYPING_DELAY);
  });
  root.addEventListener("change", (event) => {
    if (event.target.type === "checkbox") run(true);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(true);
  });
  window.addEventListener("popstate", () => {
    fromUrl();
    run(false);
  });
  if (filterGroup) openOnWideScreens(filterGroup, window.matchMedia(WIDE_SCREEN));
  fromUrl();
  run(false);
}
