// The scripts' URLs: routes.js (what it reads from <html>), the base layout that writes it, and the
// scanner Theme/ScriptRouteTests runs over the scripts with the route table's URLs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { forId, questionUrl, siteUrl } from "../assets/js/routes.js";
import { routeLiterals, scriptFiles, siteUrlNames, sourceTypeOf } from "./route-literals.js";

const theme = join(dirname(fileURLToPath(import.meta.url)), "..");

// An element with the given attributes, as routes.js reads one.
function root(attributes) {
  return { getAttribute: (name) => (name in attributes ? attributes[name] : null) };
}

test("siteUrl reads the data-url-<name> attribute", () => {
  const html = root({ "data-url-search": "/search/", "data-url-search-vocabulary": "/search/vocabulary.json" });
  assert.equal(siteUrl("search", html), "/search/");
  assert.equal(siteUrl("search-vocabulary", html), "/search/vocabulary.json");
});

test("siteUrl throws, naming the attribute, when the page has none (or an empty one)", () => {
  assert.throws(() => siteUrl("mock", root({})), /data-url-mock/);
  assert.throws(() => siteUrl("mock", root({ "data-url-mock": "" })), /data-url-mock/);
  // No document at all (here, in Node.js).
  assert.throws(() => siteUrl("mock"), /data-url-mock/);
});

test("forId puts the id in the pattern, as it is", () => {
  assert.equal(forId("/problems/{id}/", "two-sum"), "/problems/two-sum/");
  assert.equal(forId("/problems/{id}/", "a%20b"), "/problems/a%20b/");
  assert.equal(forId("/problems/{id}/", "$&$1"), "/problems/$&$1/", "no replacement patterns");
  assert.throws(() => forId("/problems/", "two-sum"), /no \{id\}/);
});

test("questionUrl is the question pattern of the page with the id", () => {
  assert.equal(questionUrl("lru-cache", root({ "data-url-question": "/problems/{id}/" })), "/problems/lru-cache/");
  assert.equal(questionUrl("lru-cache", root({ "data-url-question": "/q/{id}.html" })), "/q/lru-cache.html");
});

test("routeLiterals finds the URLs strings, templates and regular expressions hold", () => {
  const source = [
    "const a = \"/search/\";",
    "const b = '/mock/?result=' + id;",
    "const c = `${base}/problems/${id}/`;",
    "const d = /^\\/assets\\/[^/]+$/;",
    "const e = \"/search/vocabulary.json\";",
  ].join("\n");
  const urls = ["/search/", "/mock/", "/problems/", "/assets/", "/search/vocabulary.json"];
  assert.deepEqual(routeLiterals(source, urls).map(({ line, column, url }) => [line, column, url]),
    [[1, 11, "/search/"], [2, 11, "/mock/"], [3, 18, "/problems/"], [4, 11, "/assets/"], [5, 11, "/search/vocabulary.json"]]);
});

test("routeLiterals leaves comments, module paths and other literals alone", () => {
  const source = [
    "// Opens /search/ and /mock/.",
    "import { a } from \"./search/page.js\";",
    "export { b } from \"./mock/x.js\";",
    "export * from \"./search/y.js\";",
    "/* /problems/ */ const c = import(\"./search/z.js\");",
    "const d = 42, e = \"search\", f = name.split(\"/\");",
  ].join("\n");
  assert.deepEqual(routeLiterals(source, ["/search/", "/mock/", "/problems/"]), []);
});

test("routeLiterals reads a classic script too, and reports what does not parse", () => {
  assert.equal(routeLiterals("(function () { var a = \"/search/\"; })();", ["/search/"], "script").length, 1);
  assert.throws(() => routeLiterals("const = ;", ["/search/"]), /line 1/);
});

test("siteUrlNames lists the attributes a script reads, through siteUrl or itself", () => {
  assert.deepEqual(siteUrlNames("siteUrl(\"search\"); other(\"mock\"); x.siteUrl(\"y\"); siteUrl(\"question\", root);"), ["search", "question"]);
  assert.deepEqual(siteUrlNames("if (e.getAttribute(\"data-url-search\") === p) e.getAttribute(\"data-theme\");", "script"), ["search"]);
});

test("the scripts are the sources of assets/js/ and theme-init.js, not the bundles", () => {
  const files = scriptFiles();
  assert.ok(files.includes("assets/js/routes.js"));
  assert.ok(files.includes("assets/js/offline/sw.js"));
  assert.ok(files.includes("assets/theme-init.js"));
  assert.ok(files.every((path) => !path.startsWith("assets/dist/")));
});

test("the base layout writes every URL a script asks for, each from site.urls", () => {
  const layout = readFileSync(join(theme, "layouts", "base.sbn-html"), "utf8");
  const html = layout.match(/<html [^>]*>/)[0];
  const written = new Map([...html.matchAll(/ data-url-([a-z-]+)="\{\{ site\.urls\.([a-z_]+) \}\}"/g)].map(([, name, member]) => [name, member]));
  const asked = new Set(scriptFiles().flatMap((path) => siteUrlNames(readFileSync(join(theme, path), "utf8"), sourceTypeOf(path))));
  for (const name of asked) {
    assert.ok(written.has(name), "layouts/base.sbn-html writes no data-url-" + name + " on <html>");
    assert.equal(written.get(name), name.replaceAll("-", "_"), "data-url-" + name + " is site.urls." + name.replaceAll("-", "_"));
  }
  assert.deepEqual([...written.keys()].filter((name) => !asked.has(name)), [], "every attribute is read by a script");
});
