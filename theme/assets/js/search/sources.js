// Search runs entirely in the browser on Pagefind's chunked index (/pagefind/, built by the
// generator's search stage): a query downloads only the index chunks for its words and one
// small fragment per result shown. This module loads what search needs, each at most once per
// page and only on first use.

import { pagefindOptions, workerVersion } from "../offline/register.js";
import { siteUrl } from "../routes.js";

// Wraps a loader so it runs once; a failure is forgotten, so the next use tries again.
export function once(load) {
  let pending = null;
  return () => {
    if (!pending) {
      pending = load().catch((error) => {
        pending = null;
        throw error;
      });
    }
    return pending;
  };
}

function fetchJson(url) {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return response.json();
  });
}

// Pagefind's own module is not part of the bundle: the indexer writes it at build time, and it is
// loaded from the site when search is first used. The address is read from the page, so esbuild
// leaves the import() as it is rather than trying to bundle it.
function importPagefind() {
  return import(siteUrl("pagefind-script"));
}

// Pagefind's options. metaCacheTag: the build the service worker kept the index of, so that
// Pagefind's entry file is asked for under the URL the worker has it (offline too).
function pagefindSettings(noWorker) {
  const base = { highlightParam: "highlight", excerptLength: 24, noWorker };
  return workerVersion().then((version) => pagefindOptions(base, version));
}

// The loaders the two search interfaces share: Pagefind itself, the site's vocabulary for typo
// correction (/search/vocabulary.json, written by the generator), filter labels, filter counts.
// highlightParam makes result URLs carry ?highlight=word, read by search-highlight.js.
// pagefindWorker: Pagefind in its web worker. The dropdown runs it on the page's thread (the
// worker is one more script to fetch and start before the first result; without it warm queries
// measured faster, docs/performance.md, "Search"); the search page, which loads it with the
// page, uses the worker so the page's thread stays free while it starts (Lighthouse, same doc).
export function searchSources({ pagefindWorker = false } = {}) {
  const pagefind = once(() => Promise.all([importPagefind(), pagefindSettings(!pagefindWorker)]).then(([module, settings]) =>
    module.options(settings)
      .then(() => module.init())
      .then(() => module)));
  return {
    pagefind,
    vocabulary: once(() => fetchJson(siteUrl("search-vocabulary")).then((json) => json.terms)),
    filterLabels: once(() => fetchJson(siteUrl("search-filters"))),
    // Loading every filter's values once makes each later search report counts per value.
    filterCounts: once(() => pagefind().then((pf) => pf.filters())),
  };
}
