// The service worker (/sw.js): the guide and its search keep working offline. Bundled by esbuild
// into theme/assets/dist/sw.js; the build replaces self.__SW_MANIFEST with its list of files
// ({ version, folders, urls }: the route table's folders of the assets and of Pagefind's index,
// which the rules need, as the worker has no page to read them from; every asset, the manifest,
// the search data, the whole Pagefind index, the home and search pages) and publishes it unhashed
// at the root.
//
// - Install: download the list into this build's cache (files whose names carry a hash are copied
//   from an earlier build's cache instead), refresh the pages an earlier build kept, take over at
//   once (skipWaiting), so a new deployment is live after at most one reload.
// - Activate: delete every earlier build's caches, control the open pages, keep the pages they show.
// - Fetch: pages from the network, kept for offline reading (the cached copy when the network fails);
//   listed files from the cache; everything else as the browser would.
import { cacheNames, isImmutable, pageKey, routeOf, staleCaches, PREFIX } from "./cache-rules.js";

const build = self.__SW_MANIFEST;
const caches_ = cacheNames(build.version);
const listed = new Set(build.urls);

async function ownCaches() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX));
}

async function earlierCopy(url, others) {
  for (const name of others) {
    const response = await (await caches.open(name)).match(url);
    if (response) return response;
  }
  return null;
}

async function download(url) {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

async function precache() {
  const cache = await caches.open(caches_.precache);
  const others = staleCaches(await ownCaches(), build.version);
  await Promise.all(build.urls.map(async (url) => {
    const copy = isImmutable(new URL(url, self.location.origin).pathname, build.folders) ? await earlierCopy(url, others) : null;
    await cache.put(url, copy ?? await download(url));
  }));
}

function keepable(response) {
  return response.ok && response.type === "basic" && !response.redirected;
}

// Pages read with an earlier build name that build's assets: download them again, as far as the
// network allows, so they still work offline with this build's.
async function refreshPages(urls) {
  const cache = await caches.open(caches_.pages);
  await Promise.allSettled(urls.map(async (url) => {
    const response = await fetch(url, { cache: "no-cache" });
    if (keepable(response)) await cache.put(url, response);
  }));
}

async function earlierPages() {
  const urls = [];
  for (const name of staleCaches(await ownCaches(), build.version).filter((n) => n.endsWith(":pages"))) {
    urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
  }
  return urls;
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await precache();
    await refreshPages(await earlierPages());
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    await Promise.all(staleCaches(await caches.keys(), build.version).map((name) => caches.delete(name)));
    await self.clients.claim();
    // The page that registered this worker was loaded before it: keep it too.
    const windows = await self.clients.matchAll({ type: "window" });
    await refreshPages(windows.map((client) => pageKey(client.url)));
  })());
});

async function page(event) {
  const request = event.request;
  const key = pageKey(request.url);
  try {
    const response = await fetch(request);
    if (keepable(response)) {
      const copy = response.clone();
      // Kept after the page is answered; the worker lives until the copy is stored.
      event.waitUntil(caches.open(caches_.pages).then((cache) => cache.put(key, copy)));
    }
    return response;
  } catch (error) {
    const kept = await caches.match(key, { cacheName: caches_.pages }) ?? await caches.match(key, { cacheName: caches_.precache });
    if (kept) return kept;
    throw error;
  }
}

async function listedFile(request) {
  const url = new URL(request.url);
  return await caches.match(url.pathname + url.search, { cacheName: caches_.precache }) ?? fetch(request);
}

self.addEventListener("fetch", (event) => {
  const route = routeOf(event.request, self.location.origin, listed);
  if (route === "page") event.respondWith(page(event));
  else if (route === "precache") event.respondWith(listedFile(event.request));
});

// A page asks which build serves it, for Pagefind's metaCacheTag (see register.js).
self.addEventListener("message", (event) => {
  if (event.data?.type === "version" && event.ports[0]) event.ports[0].postMessage({ version: build.version });
});
