import { element } from "../dom.js";
import { siteUrl } from "../routes.js";
import { TYPING_DELAY, find, hasFilters, searchable } from "./query.js";
import { label, resultLinks, searchPageUrl, statusText } from "./results.js";

// The dropdown under the header's search box on every page: results as the reader types, with
// difficulty and topic chips, keyboard navigation (a combobox with a listbox) and a link to the
// search page with the same query and filters.

const DROPDOWN_RESULTS = 6;
const TOPIC_CHIPS = 6;

// Topic chips: the chosen ones, then the topics most common among the results shown (ties by name).
export function topicChoices(chosen, shown) {
  const counts = {};
  shown.forEach((data) => {
    ((data.filters && data.filters.topic) || []).forEach((t) => { counts[t] = (counts[t] || 0) + 1; });
  });
  const others = Object.keys(counts).filter((t) => !chosen.includes(t))
    .sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : 1));
  return chosen.concat(others.slice(0, TOPIC_CHIPS));
}

// A result link as an option of the listbox: the link's content and its address, without the
// link itself (an option holds no interactive content; the script follows data-href).
export function asOption(link, index) {
  const option = element("li", "search-option " + link.className, "");
  option.id = "search-option-" + index;
  option.setAttribute("role", "option");
  option.setAttribute("aria-selected", "false");
  option.setAttribute("data-href", link.getAttribute("href"));
  while (link.firstChild) option.appendChild(link.firstChild);
  return option;
}

function chipRow(name) {
  const row = element("div", "search-chip-row", "");
  row.setAttribute("role", "group");
  row.setAttribute("aria-label", name);
  return row;
}

export function setUpDropdown(form, sources) {
  const input = form.querySelector("#search-input");
  if (!input) return;
  const searchPage = siteUrl("search");
  const filters = { difficulty: [], topic: [] };
  const panel = element("div", "search-panel", "");
  panel.id = "search-panel";
  panel.hidden = true;
  const chips = element("div", "search-chips", "");
  const difficultyChips = chipRow("Difficulty");
  const topicChips = chipRow("Topic");
  chips.appendChild(difficultyChips);
  chips.appendChild(topicChips);
  const status = element("p", "search-status", "");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const list = element("ul", "search-results", "");
  list.id = "search-listbox";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Search results");
  const all = element("a", "search-all", "All results and filters");
  all.href = searchPage;
  panel.appendChild(chips);
  panel.appendChild(status);
  panel.appendChild(list);
  panel.appendChild(all);
  form.appendChild(panel);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", "search-listbox");

  let labels = null;
  let options = [];
  let active = -1;
  let generation = 0;
  let timer = 0;
  let waiting = false; // typed, but the query has not run yet
  let latest = Promise.resolve(); // settles when the latest query is on screen

  function open() {
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }
  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }
  function setActive(index) {
    if (options[active]) options[active].setAttribute("aria-selected", "false");
    active = index;
    if (options[active]) {
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function chip(row, filter, value, text) {
    const button = element("button", "chip" + (filter === "difficulty" ? " chip-" + value : ""), text);
    button.type = "button";
    // The chips are for the pointer: the box stays the dropdown's one tab stop, and the search
    // page ("All results and filters") has every filter for the keyboard.
    button.tabIndex = -1;
    button.setAttribute("aria-pressed", String(filters[filter].includes(value)));
    button.addEventListener("click", () => {
      const values = filters[filter];
      const at = values.indexOf(value);
      if (at >= 0) values.splice(at, 1);
      else values.push(value);
      button.setAttribute("aria-pressed", String(at < 0));
      run();
    });
    row.appendChild(button);
  }

  function renderDifficultyChips() {
    difficultyChips.textContent = "";
    Object.keys((labels && labels.difficulty) || {}).forEach((value) => {
      chip(difficultyChips, "difficulty", value, labels.difficulty[value]);
    });
  }

  function renderTopicChips(shown) {
    topicChips.textContent = "";
    topicChoices(filters.topic, shown).forEach((topic) => chip(topicChips, "topic", topic, label(labels, "topic", topic)));
  }

  function render(outcome, shown) {
    list.textContent = "";
    options = [];
    setActive(-1);
    shown.forEach((data) => {
      resultLinks(data, labels).forEach((link) => {
        const option = asOption(link, options.length);
        list.appendChild(option);
        options.push(option);
      });
    });
    renderTopicChips(shown);
    status.textContent = outcome.query || hasFilters(filters) ? statusText(outcome, shown.length) : "Type to search, or pick a filter.";
    all.href = searchPageUrl(searchPage, input.value.trim(), filters);
  }

  function run() {
    const current = ++generation;
    const query = input.value;
    clearTimeout(timer);
    waiting = false;
    open();
    sources.filterLabels().then((loaded) => {
      if (!labels) {
        labels = loaded;
        renderDifficultyChips();
      }
    }).catch(() => { /* chips show raw values */ });
    latest = find(sources, query, filters, DROPDOWN_RESULTS).then((outcome) => {
      if (current === generation) render(outcome, outcome.shown);
    }).catch((error) => {
      if (current !== generation) return;
      status.textContent = "Search is not available: " + error.message;
    });
  }

  // Enter opens the chosen result, or the first; typed faster than the results came, it waits
  // for the results of what was typed. With no result it goes to the search page.
  function openChosen() {
    if (waiting) run();
    const current = generation;
    latest.then(() => {
      if (current !== generation) return;
      const target = options[active] || options[0];
      if (target) follow(target);
      else form.requestSubmit();
    });
  }

  function follow(option) {
    location.href = new URL(option.getAttribute("data-href"), location.href).href;
  }

  // Load Pagefind as soon as the reader heads for the box, so the first query finds it ready.
  function warmUp() {
    sources.pagefind().catch(() => { /* reported when a query runs */ });
  }
  form.addEventListener("pointerenter", warmUp);
  // Focus alone (Tab, "/") opens nothing, so tabbing past the box stops once; a click, typing
  // or an arrow key opens the list.
  input.addEventListener("focus", warmUp);
  input.addEventListener("click", () => {
    if (panel.hidden) run();
  });
  input.addEventListener("input", () => {
    const query = searchable(input.value);
    if (query) sources.pagefind().then((pf) => pf.preload(query)).catch(() => { /* reported by run */ });
    clearTimeout(timer);
    waiting = true;
    timer = setTimeout(run, TYPING_DELAY);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (panel.hidden) {
        run();
        return;
      }
      if (options.length === 0) return;
      event.preventDefault();
      // Positions run from -1 (the box itself) to the last option, and wrap around.
      const next = active + (event.key === "ArrowDown" ? 1 : -1);
      setActive(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
    } else if (event.key === "Enter") {
      if (!panel.hidden) {
        event.preventDefault();
        openChosen();
      }
    } else if (event.key === "Escape") {
      if (!panel.hidden) {
        event.preventDefault();
        close();
      }
    }
  });
  form.addEventListener("focusout", (event) => {
    if (!form.contains(event.relatedTarget)) close();
  });
  panel.addEventListener("mousedown", (event) => {
    // Keep focus in the box while clicking chips and options, so typing can go on (and the list
    // stays open until the click lands).
    if (event.target.closest("button, [role=option]")) event.preventDefault();
  });
  list.addEventListener("click", (event) => {
    const option = event.target.closest("[role=option]");
    if (option) follow(option);
  });
  form.addEventListener("submit", (event) => {
    // Without a result to open, Enter goes to the search page with the query and the filters
    // chosen here: the same address as "All results" (without JavaScript the form sends the query).
    event.preventDefault();
    location.href = searchPageUrl(searchPage, input.value.trim(), filters);
  });
}
