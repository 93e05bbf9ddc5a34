// The service worker's rules, as pure functions (unit-tested in theme/tests/offline.test.js):
// which caches belong to which build, how a page is looked up, which files never change.

// Every cache the guide's service worker makes starts with this, so it deletes only its own.
export const PREFIX = "studyguide:";

// The caches of one build: the files downloaded at install, and the pages read since.
export function cacheNames(version) {
  return { precache: `${PREFIX}${version}:precache`, pages: `${PREFIX}${version}:pages` };
}

// The guide's caches that belong to another build: deleted when this one takes over.
export function staleCaches(names, version) {
  const current = Object.values(cacheNames(version));
  return names.filter((name) => name.startsWith(PREFIX) && !current.includes(name));
}

// A page is kept under its path alone: /search/?q=map and /problems/x/?highlight=map#code are
// the pages /search/ and /problems/x/, whose scripts read the query themselves.
export function pageKey(url) {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

// Files whose names carry a hash of their bytes: a copy from an earlier build's cache is the same
// file, so an update needs not download it again. `folders` are the route table's, from the
// build's list: { assets: "/assets/", pagefind: "/pagefind/" }. The theme's assets
// (/assets/name.0123456789.ext) and Pagefind's index, fragments, filters and metadata (named by
// their hash, e.g. /pagefind/fragment/en_1a2b3c4.pf_fragment). Pagefind's script, entry file and
// WebAssembly keep their names from build to build and are always downloaded.
export function isImmutable(pathname, folders) {
  const asset = within(pathname, folders.assets);
  const index = within(pathname, folders.pagefind);
  return (asset !== null && /^[^/]+\.[0-9a-f]{10}\.\w+$/.test(asset))
    || (index !== null && (/^(index|fragment|filter)\/[^/]+$/.test(index) || /^pagefind\.[^/]+\.pf_meta$/.test(index)));
}

// The rest of `pathname` inside `folder` (a path ending in /), or null when it is elsewhere.
function within(pathname, folder) {
  return pathname.startsWith(folder) ? pathname.slice(folder.length) : null;
}

// What the worker does with a request: "page" (a navigation: network first, then the cache),
// "precache" (a listed file: from the cache), or null (left to the browser: other origins,
// POSTs to the Playground proxy, the preview's event stream, anything not listed).
export function routeOf(request, origin, listed) {
  if (request.method !== "GET") return null;
  const url = new URL(request.url);
  if (url.origin !== origin) return null;
  if (request.mode === "navigate") return "page";
  return listed.has(url.pathname + url.search) ? "precache" : null;
}
