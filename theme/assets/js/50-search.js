(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // Search runs entirely in the browser on Pagefind's chunked index (/pagefind/, built by the
  // generator's search stage): a query downloads only the index chunks for its words and one
  // small fragment per result shown. Two places use it: the dropdown under the header box on
  // every page, and the /search/ page (results linkable by URL, with all filters).

  var FILTER_NAMES = ["kind", "difficulty", "topic"];
  var DROPDOWN_RESULTS = 6;
  var PAGE_RESULTS = 10;
  var TYPING_DELAY = 80; // ms of quiet before a query runs; keeps fast typists from queueing searches
  // A one-letter word matches a large part of the index by prefix: words count from two letters on.
  var MIN_WORD = 2;

  // ---- Loading -------------------------------------------------------------------------------

  // Each resource is fetched once per page, on first use; a failure is retried on the next use.
  function once(load) {
    var pending = null;
    return function () {
      if (!pending) pending = load().catch(function (error) { pending = null; throw error; });
      return pending;
    };
  }

  var pagefind = once(function () {
    return import("/pagefind/pagefind.js").then(function (module) {
      // highlightParam makes result URLs carry ?highlight=word, read by 55-search-highlight.js.
      // noWorker: the worker is one more script to fetch and start before the first result;
      // without it warm queries measured faster (docs/performance.md, "Search").
      return module.options({ highlightParam: "highlight", excerptLength: 24, noWorker: true })
        .then(function () { return module.init(); })
        .then(function () { return module; });
    });
  });

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response.json();
    });
  }

  var vocabulary = once(function () { return fetchJson("/search/vocabulary.json").then(function (json) { return json.terms; }); });
  var filterLabels = once(function () { return fetchJson("/search/filters.json"); });
  // Loading every filter's values once makes each later search report counts per value.
  var filterCounts = once(function () { return pagefind().then(function (pf) { return pf.filters(); }); });

  // ---- Typo correction -----------------------------------------------------------------------

  // Edit distance with adjacent transpositions (optimal string alignment), the same measure the
  // generator uses for "did you mean" in content errors: "anagarm" is one slip from "anagram".
  function editDistance(a, b) {
    var d = [];
    for (var i = 0; i <= a.length; i++) { d.push([i]); }
    for (var j = 1; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, d[i - 1][j] + 1, d[i][j - 1] + 1);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  }

  var words = StudyGuide.words;

  // The closest site term to each of the given words (ties: the more frequent term), or null
  // when none is close enough.
  function correct(query, unmatched, terms) {
    var changed = false;
    var corrected = words(query).map(function (word) {
      if (word.length < 3 || unmatched.indexOf(word) < 0) return word;
      var limit = Math.max(1, Math.floor(word.length / 3));
      var best = null, bestDistance = limit + 1;
      Object.keys(terms).forEach(function (term) {
        if (Math.abs(term.length - word.length) > limit) return;
        var distance = editDistance(word, term);
        if (distance < bestDistance || (distance === bestDistance && best !== null && terms[term] > terms[best])) {
          best = term;
          bestDistance = distance;
        }
      });
      if (best === null) return word;
      changed = true;
      return best;
    });
    return changed ? corrected.join(" ") : null;
  }

  // A result's text split into the words Pagefind's locations count, once per result (not once
  // per query word).
  var splitContent = new WeakMap();
  function contentWords(data) {
    var split = splitContent.get(data);
    if (!split) {
      split = data.content.split(/\s+/);
      splitContent.set(data, split);
    }
    return split;
  }

  function sharedPrefix(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  // Whether the pages found contain the typed word itself (or a form of it, like "anagrams" for
  // "anagram"). For a word it does not know, Pagefind searches its longest known prefix instead
  // ("anagarm" finds every "an"), which helps while typing but means the word was not found.
  function found(word, shown) {
    var needed = Math.min(word.length, Math.max(4, Math.ceil(word.length * 0.6)));
    return shown.some(function (data) {
      var content = contentWords(data);
      return data.locations.some(function (at) {
        return sharedPrefix(words(content[at] || "").join(""), word) >= needed;
      });
    });
  }

  // ---- Searching -----------------------------------------------------------------------------

  function hasFilters(filters) {
    return FILTER_NAMES.some(function (name) { return filters[name] && filters[name].length > 0; });
  }

  // Values of one filter are alternatives (hard or medium); different filters all apply.
  function pagefindFilters(filters) {
    var result = {};
    FILTER_NAMES.forEach(function (name) {
      if (filters[name] && filters[name].length) result[name] = { any: filters[name].slice() };
    });
    return result;
  }

  function load(results) {
    return Promise.all(results.map(function (result) { return result.data(); }));
  }

  // Runs a query (which may be empty when filters are set) and loads the first `count` results.
  // When a typed word is not found, the closest term of the site's vocabulary is searched
  // instead ("anagarm" → "anagrams"). Resolves to { query, corrected, results (Pagefind result
  // handles, for loading more), shown (data of the first ones), total, filters (counts) }.
  // What is worth searching of a query being typed: a last word of one letter ("cache e") is the
  // start of a word, and searching it would fetch the index of every word that starts with it.
  function searchable(query) {
    var parts = query.trim().split(/\s+/);
    if (parts[parts.length - 1].length < MIN_WORD) parts.pop();
    return parts.join(" ");
  }

  function find(query, filters, count) {
    query = searchable(query);
    if (!query && !hasFilters(filters)) return Promise.resolve({ query: query, corrected: null, results: [], shown: [], total: 0 });
    var options = { filters: pagefindFilters(filters) };
    function run(pf, text, corrected) {
      return pf.search(text || null, options).then(function (search) {
        return load(search.results.slice(0, count)).then(function (shown) {
          return { query: query, corrected: corrected, results: search.results, shown: shown, total: search.results.length, filters: search.filters };
        });
      });
    }
    return pagefind().then(function (pf) {
      return run(pf, query, null).then(function (outcome) {
        var unmatched = words(query).filter(function (word) { return !found(word, outcome.shown); });
        if (unmatched.length === 0) return outcome;
        return vocabulary().then(function (terms) {
          var suggestion = correct(query, unmatched, terms);
          if (!suggestion) return outcome;
          return run(pf, suggestion, suggestion).then(function (alternative) {
            return alternative.total > 0 ? alternative : outcome;
          });
        }, function () { return outcome; });
      });
    });
  }

  // ---- Rendering -----------------------------------------------------------------------------

  // Pagefind's excerpts are HTML (entities escaped, hits in <mark>). Rebuild them from text and
  // <mark> only, so nothing else from the index can ever reach the page as markup.
  function excerpt(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var span = StudyGuide.element("span", "search-excerpt", "");
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") span.appendChild(StudyGuide.element("mark", "", node.textContent));
      else span.appendChild(document.createTextNode(node.textContent));
    });
    return span;
  }

  function label(labels, filter, value) {
    return (labels && labels[filter] && labels[filter][value]) || value;
  }

  // One page result as a link: title, difficulty badge, type and bank, highlighted excerpt;
  // then up to two sections of the page ("sub results") that matched, as links of their own.
  function resultLinks(data, labels) {
    var links = [];
    var main = StudyGuide.element("a", "search-hit", "");
    main.href = data.url;
    var head = StudyGuide.element("span", "search-hit-head", "");
    head.appendChild(StudyGuide.element("span", "search-hit-title", data.meta.title || data.url));
    var difficulty = data.meta.difficulty;
    if (difficulty) head.appendChild(StudyGuide.element("span", "badge badge-" + difficulty, label(labels, "difficulty", difficulty)));
    main.appendChild(head);
    var kind = data.filters && data.filters.kind && data.filters.kind[0];
    var where = [kind ? label(labels, "kind", kind) : "", data.meta.bank || ""].filter(Boolean);
    if (where.length) main.appendChild(StudyGuide.element("span", "search-hit-where", where.join(" · ")));
    main.appendChild(excerpt(data.excerpt));
    links.push(main);

    (data.sub_results || []).filter(function (sub) { return sub.anchor && sub.anchor.element !== "h1"; }).slice(0, 2).forEach(function (sub) {
      var section = StudyGuide.element("a", "search-hit search-hit-section", "");
      section.href = sub.url;
      section.appendChild(StudyGuide.element("span", "search-hit-title", sub.title));
      section.appendChild(excerpt(sub.excerpt));
      links.push(section);
    });
    return links;
  }

  function results(count) {
    return count === 1 ? "1 result" : count + " results";
  }

  function statusText(outcome, shown) {
    var quoted = outcome.query ? " for “" + outcome.query + "”" : "";
    var more = shown < outcome.total ? " (" + shown + " shown)" : "";
    if (outcome.total === 0) return "No results" + quoted + ".";
    if (!outcome.corrected) return results(outcome.total) + quoted + more + ".";
    return "No results" + quoted + ". Showing results for “" + outcome.corrected + "”: " + results(outcome.total) + more + ".";
  }

  function searchPageUrl(query, filters) {
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    FILTER_NAMES.forEach(function (name) { (filters[name] || []).forEach(function (v) { params.append(name, v); }); });
    var text = params.toString();
    return "/search/" + (text ? "?" + text : "");
  }

  // ---- Dropdown under the header box ---------------------------------------------------------

  function setUpDropdown(form) {
    var input = form.querySelector("#search-input");
    if (!input) return;
    var filters = { difficulty: [], topic: [] };
    var panel = StudyGuide.element("div", "search-panel", "");
    panel.id = "search-panel";
    panel.hidden = true;
    var chips = StudyGuide.element("div", "search-chips", "");
    var difficultyChips = StudyGuide.element("div", "search-chip-row", "");
    difficultyChips.setAttribute("role", "group");
    difficultyChips.setAttribute("aria-label", "Difficulty");
    var topicChips = StudyGuide.element("div", "search-chip-row", "");
    topicChips.setAttribute("role", "group");
    topicChips.setAttribute("aria-label", "Topic");
    chips.appendChild(difficultyChips);
    chips.appendChild(topicChips);
    var status = StudyGuide.element("p", "search-status", "");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    var list = StudyGuide.element("ul", "search-results", "");
    list.id = "search-listbox";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Search results");
    var all = StudyGuide.element("a", "search-all", "All results and filters");
    all.href = "/search/";
    panel.appendChild(chips);
    panel.appendChild(status);
    panel.appendChild(list);
    panel.appendChild(all);
    form.appendChild(panel);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", "search-listbox");

    var labels = null;
    var options = [];
    var active = -1;
    var generation = 0;
    var timer = 0;
    var waiting = false; // typed, but the query has not run yet
    var latest = Promise.resolve(); // settles when the latest query is on screen

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
      var button = StudyGuide.element("button", "chip" + (filter === "difficulty" ? " chip-" + value : ""), text);
      button.type = "button";
      button.setAttribute("aria-pressed", String(filters[filter].indexOf(value) >= 0));
      button.addEventListener("click", function () {
        var values = filters[filter];
        var at = values.indexOf(value);
        if (at >= 0) values.splice(at, 1); else values.push(value);
        button.setAttribute("aria-pressed", String(at < 0));
        run();
      });
      row.appendChild(button);
    }

    function renderDifficultyChips() {
      difficultyChips.textContent = "";
      Object.keys((labels && labels.difficulty) || {}).forEach(function (value) {
        chip(difficultyChips, "difficulty", value, labels.difficulty[value]);
      });
    }

    // Topic chips: the chosen ones, then the topics most common among the results shown.
    function renderTopicChips(shown) {
      topicChips.textContent = "";
      var counts = {};
      shown.forEach(function (data) {
        ((data.filters && data.filters.topic) || []).forEach(function (t) { counts[t] = (counts[t] || 0) + 1; });
      });
      var topics = filters.topic.concat(Object.keys(counts).filter(function (t) { return filters.topic.indexOf(t) < 0; })
        .sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); }).slice(0, 6));
      topics.forEach(function (topic) { chip(topicChips, "topic", topic, label(labels, "topic", topic)); });
    }

    function render(outcome, shown) {
      list.textContent = "";
      options = [];
      setActive(-1);
      shown.forEach(function (data) {
        resultLinks(data, labels).forEach(function (link) {
          var option = StudyGuide.element("li", "search-option", "");
          option.id = "search-option-" + options.length;
          option.setAttribute("role", "option");
          option.setAttribute("aria-selected", "false");
          link.tabIndex = -1;
          option.appendChild(link);
          list.appendChild(option);
          options.push(option);
        });
      });
      renderTopicChips(shown);
      status.textContent = outcome.query || hasFilters(filters) ? statusText(outcome, shown.length) : "Type to search, or pick a filter.";
      all.href = searchPageUrl(input.value.trim(), filters);
    }

    function run() {
      var current = ++generation;
      var query = input.value;
      clearTimeout(timer);
      waiting = false;
      open();
      filterLabels().then(function (loaded) {
        if (!labels) { labels = loaded; renderDifficultyChips(); }
      }).catch(function () { /* chips show raw values */ });
      latest = find(query, filters, DROPDOWN_RESULTS).then(function (outcome) {
        if (current === generation) render(outcome, outcome.shown);
      }).catch(function (error) {
        if (current !== generation) return;
        status.textContent = "Search is not available: " + error.message;
      });
    }

    // Enter opens the chosen result, or the first; typed faster than the results came, it waits
    // for the results of what was typed. With no result it goes to the search page.
    function openChosen() {
      if (waiting) run();
      var current = generation;
      latest.then(function () {
        if (current !== generation) return;
        var target = options[active] || options[0];
        if (target) location.href = target.querySelector("a").href;
        else form.requestSubmit();
      });
    }

    // Load Pagefind as soon as the reader heads for the box, so the first query finds it ready.
    function warmUp() {
      pagefind().catch(function () { /* reported when a query runs */ });
    }
    form.addEventListener("pointerenter", warmUp);
    input.addEventListener("focus", function () {
      warmUp();
      if (panel.hidden) run();
    });
    input.addEventListener("input", function () {
      var query = searchable(input.value);
      if (query) pagefind().then(function (pf) { pf.preload(query); }).catch(function () { /* reported by run */ });
      clearTimeout(timer);
      waiting = true;
      timer = setTimeout(run, TYPING_DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (panel.hidden) { run(); return; }
        if (options.length === 0) return;
        event.preventDefault();
        // Positions run from -1 (the box itself) to the last option, and wrap around.
        var next = active + (event.key === "ArrowDown" ? 1 : -1);
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
    form.addEventListener("focusout", function (event) {
      if (!form.contains(event.relatedTarget)) close();
    });
    panel.addEventListener("mousedown", function (event) {
      // Keep focus in the box while clicking chips, so typing can go on.
      if (event.target.closest("button")) event.preventDefault();
    });
    form.addEventListener("submit", function (event) {
      // Without a result to open, Enter goes to the search page with the query and the filters
      // chosen here: the same address as "All results" (without JavaScript the form sends the query).
      event.preventDefault();
      location.href = searchPageUrl(input.value.trim(), filters);
    });
  }

  // ---- The /search/ page ---------------------------------------------------------------------

  function setUpSearchPage(root) {
    var form = root.querySelector("form");
    var input = form.querySelector("input[type=search]");
    var status = root.querySelector(".search-status");
    var list = root.querySelector(".search-results");
    var more = root.querySelector(".search-more");
    var labels = null;
    var generation = 0;
    var timer = 0;
    var current = null;

    function chosen() {
      var filters = {};
      FILTER_NAMES.forEach(function (name) {
        filters[name] = Array.prototype.map.call(form.querySelectorAll("input[name='" + name + "']:checked"), function (box) { return box.value; });
      });
      return filters;
    }

    function fromUrl() {
      var params = new URLSearchParams(location.search);
      input.value = params.get("q") || "";
      form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        box.checked = params.getAll(box.name).indexOf(box.value) >= 0;
      });
    }

    // Pagefind counts the results each value would leave if it were added to the filters. Values
    // of a filter that already has one chosen are alternatives, so their counts are left out.
    function showCounts(counts) {
      var filters = chosen();
      form.querySelectorAll("[data-count-for]").forEach(function (span) {
        var parts = span.getAttribute("data-count-for").split(":");
        var known = counts && counts[parts[0]] && filters[parts[0]].length === 0;
        var count = known ? counts[parts[0]][parts[1]] || 0 : null;
        span.textContent = count === null ? "" : String(count);
        span.parentNode.classList.toggle("chip-empty", count === 0);
      });
    }

    function append(shown) {
      shown.forEach(function (data) {
        var item = StudyGuide.element("li", "search-result", "");
        resultLinks(data, labels).forEach(function (link) { item.appendChild(link); });
        list.appendChild(item);
      });
    }

    // history: typing replaces the current entry; filters and submit add one, so Back undoes them.
    function run(push) {
      var mine = ++generation;
      var query = input.value.trim();
      var filters = chosen();
      var url = searchPageUrl(query, filters);
      if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
      document.title = (query ? "“" + query + "” · " : "") + document.title.replace(/^“.*” · /, "");
      var ready = Promise.all([filterCounts(), filterLabels().catch(function () { return null; })]);
      if (!query && !hasFilters(filters)) {
        list.textContent = "";
        more.hidden = true;
        status.textContent = "Type a query or pick filters.";
        ready.then(function (loaded) { if (mine === generation) showCounts(loaded[0]); }).catch(function () { /* counts are optional */ });
        return;
      }
      status.textContent = "Searching…";
      ready.then(function (loaded) {
        labels = loaded[1];
        return find(query, filters, PAGE_RESULTS);
      }).then(function (outcome) {
        if (mine !== generation) return;
        current = outcome;
        list.textContent = "";
        showCounts(outcome.filters);
        append(outcome.shown);
        status.textContent = statusText(outcome, outcome.shown.length);
        more.hidden = outcome.shown.length >= outcome.total;
      }).catch(function (error) {
        if (mine === generation) status.textContent = "Search is not available: " + error.message;
      });
    }

    more.addEventListener("click", function () {
      if (!current) return;
      var from = list.children.length;
      load(current.results.slice(from, from + PAGE_RESULTS)).then(function (shown) {
        append(shown);
        more.hidden = list.children.length >= current.total;
        status.textContent = statusText(current, list.children.length);
      });
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(false); }, TYPING_DELAY);
    });
    form.addEventListener("change", function (event) {
      if (event.target.type === "checkbox") run(true);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(true);
    });
    window.addEventListener("popstate", function () {
      fromUrl();
      run(false);
    });
    fromUrl();
    run(false);
  }

  StudyGuide.onReady(function () {
    var page = document.querySelector("[data-search-page]");
    if (page) setUpSearchPage(page);
    var header = document.querySelector(".site-header .search-form");
    if (header) setUpDropdown(header);
  });
})();
