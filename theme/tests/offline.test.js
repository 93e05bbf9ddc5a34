// The service worker's rules (assets/js/offline/cache-rules.js) and the page's side
// (assets/js/offline/register.js): which caches are whose, how pages are keyed, what is routed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cacheNames, isImmutable, pageKey, routeOf, staleCaches } from "../assets/js/offline/cache-rules.js";
import { pagefindOptions, workerVersion } from "../assets/js/offline/register.js";

test("cacheNames names a build's two caches by its version", () => {
  assert.deepEqual(cacheNames("abc123"), { precache: "studyguide:abc123:precache", pages: "studyguide:abc123:pages" });
});

test("staleCaches lists the guide's caches of other builds, never its own or another app's", () => {
  const names = ["studyguide:old:precache", "studyguide:old:pages", "studyguide:new:precache", "studyguide:new:pages", "other-app", "workbox-precache"];
  assert.deepEqual(staleCaches(names, "new"), ["studyguide:old:precache", "studyguide:old:pages"]);
  assert.deepEqual(staleCaches(["studyguide:new:pages"], "new"), []);
});

test("pageKey drops the query and the fragment", () => {
  assert.equal(pageKey("https://example.org/search/?q=map"), "https://example.org/search/");
  assert.equal(pageKey("https://example.org/problems/two-sum/?highlight=map#code"), "https://example.org/problems/two-sum/");
  assert.equal(pageKey("https://example.org/"), "https://example.org/");
});

test("isImmutable: hashed names only", () => {
  const folders = { assets: "/assets/", pagefind: "/pagefind/" };
  for (const path of ["/assets/site.0123456789.css", "/assets/share.abcdef0123.png", "/pagefind/fragment/en_1a2b3c4.pf_fragment",
    "/pagefind/index/en_9f8e7d6.pf_index", "/pagefind/filter/en_5a5a5a5.pf_filter", "/pagefind/pagefind.en_15ad8b624c.pf_meta"]) {
    assert.ok(isImmutable(path, folders), path);
  }
  for (const path of ["/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", "/pagefind/wasm.en.pagefind", "/search/vocabulary.json",
    "/manifest.webmanifest", "/", "/search/", "/assets/site.css", "/assets/site.0123.css", "/x/assets/site.0123456789.css",
    "/assets/sub/site.0123456789.css", "/pagefind/fragment/sub/en_1a2b3c4.pf_fragment"]) {
    assert.ok(!isImmutable(path, folders), path);
  }
});

test("isImmutable: the folders are the build's, whatever they are", () => {
  const folders = { assets: "/static/", pagefind: "/search-index/" };
  assert.ok(isImmutable("/static/site.0123456789.css", folders));
  assert.ok(isImmutable("/search-index/fragment/en_1a2b3c4.pf_fragment", folders));
  assert.ok(isImmutable("/search-index/pagefind.en_15ad8b624c.pf_meta", folders));
  assert.ok(!isImmutable("/assets/site.0123456789.css", folders));
  assert.ok(!isImmutable("/pagefind/fragment/en_1a2b3c4.pf_fragment", folders));
});

test("routeOf: navigations are pages, listed GETs of this origin are precached, the rest is left alone", () => {
  const origin = "https://example.org";
  const listed = new Set(["/assets/site.0123456789.css", "/pagefind/pagefind-entry.json?ts=v1"]);
  const request = (url, mode = "cors", method = "GET") => ({ url, mode, method });
  assert.equal(routeOf(request("https://example.org/chapters/x/?a=1", "navigate"), origin, listed), "page");
  assert.equal(routeOf(request("https://example.org/assets/site.0123456789.css"), origin, listed), "precache");
  assert.equal(routeOf(request("https://example.org/pagefind/pagefind-entry.json?ts=v1"), origin, listed), "precache");
  assert.equal(routeOf(request("https://example.org/pagefind/pagefind-entry.json?ts=1700000000"), origin, listed), null);
  assert.equal(routeOf(request("https://example.org/play/compile", "cors", "POST"), origin, listed), null);
  assert.equal(routeOf(request("https://example.org/_live/events"), origin, listed), null);
  assert.equal(routeOf(request("https://other.example/assets/site.0123456789.css"), origin, listed), null);
  assert.equal(routeOf(request("https://other.example/", "navigate"), origin, listed), null);
});

test("pagefindOptions adds the tag only when a worker gave one", () => {
  const base = { excerptLength: 24 };
  assert.deepEqual(pagefindOptions(base, "v1"), { excerptLength: 24, metaCacheTag: "v1" });
  assert.deepEqual(pagefindOptions(base, null), { excerptLength: 24 });
});

test("workerVersion: null without a controlling worker or an answer, the version when it answers", async () => {
  assert.equal(await workerVersion(undefined), null);
  assert.equal(await workerVersion({ controller: null }), null);
  const silent = { controller: { postMessage() {} } };
  assert.equal(await workerVersion(silent, 10), null);
  const answering = { controller: { postMessage(message, [port]) { port.postMessage({ version: "v2" }); } } };
  assert.equal(await workerVersion(answering, 1000), "v2");
});
