import { correct, unmatchedWords } from "./correction.js";

export const FILTER_NAMES = ["kind", "difficulty", "topic", "category"];
export const TYPING_DELAY = 80; // ms of quiet before a query runs; keeps fast typists from queueing searches
// A one-letter word matches a large part of the index by prefix: words count from two letters on.
const MIN_WORD = 2;

export function hasFilters(filters) {
  return FILTER_NAMES.some((name) => filters[name] && filters[name].length > 0);
}

// Values of one filter are alternatives (hard or medium); different filters all apply.
export function pagefindFilters(filters) {
  const result = {};
  FILTER_NAMES.forEach((name) => {
    if (filters[name] && filters[name].length) result[name] = { any: filters[name].slice() };
  });
  return result;
}

// What is worth searching of a query being typed: a last word of one letter ("cache e") is the
// start of a word, and searching it would fetch the index of every word that starts with it.
export function searchable(query) {
  const parts = query.trim().split(/\s+/);
  if (parts[parts.length - 1].length < MIN_WORD) parts.pop();
  return parts.join(" ");
}

// The data (title, excerpt, URL…) of Pagefind result handles.
export function loadResults(results) {
  return Promise.all(results.map((result) => result.data()));
}

// Runs a query (which may be empty when filters are set) and loads the first `count` results,
// with the loaders of sources.js. When a typed word is not found, the closest term of the site's
// vocabulary is searched instead ("anagarm" → "anagrams"). Resolves to { query, corrected,
// results (Pagefind result handles, for loading more), shown (data of the first ones), total,
// filters (counts) }.
export function find(sources, typed, filters, count) {
  const query = searchable(typed);
  if (!query && !hasFilters(filters)) return Promise.resolve({ query, corrected: null, results: [], shown: [], total: 0 });
  const options = { filters: pagefindFilters(filters) };
  function run(pf, text, corrected) {
    return pf.search(text || null, options).then((search) =>
      loadResults(search.results.slice(0, count)).then((shown) =>
        ({ query, corrected, results: search.results, shown, total: search.results.length, filters: search.filters })));
  }
  return sources.pagefind().then((pf) => run(pf, query, null).then((outcome) => {
    const unmatched = unmatchedWords(query, outcome.shown);
    if (unmatched.length === 0) return outcome;
    return sources.vocabulary().then((terms) => {
      const suggestion = correct(query, unmatched, terms);
      if (!suggestion) return outcome;
      return run(pf, suggestion, suggestion).then((alternative) => (alternative.total > 0 ? alternative : outcome));
    }, () => outcome);
  }));
}
