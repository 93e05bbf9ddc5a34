// The committed bundles (assets/dist/*.js, what the generator publishes) must be exactly what
// the sources build to; otherwise a change to assets/js/ would never reach the site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundle, distFolder, entries, moduleEntries } from "../build.js";

test("the committed bundles are up to date (run `npm run build` in theme/ if not)", async () => {
  const built = await bundle();
  assert.deepEqual(Object.keys(built).sort(), Object.keys({ ...entries, ...moduleEntries }).map((name) => name + ".js").sort());
  assert.deepEqual(readdirSync(distFolder).sort(), Object.keys(built).sort(), "assets/dist/ holds exactly the bundles");
  for (const [name, text] of Object.entries(built)) {
    assert.ok(text === readFileSync(join(distFolder, name), "utf8"), `theme/assets/dist/${name} is stale: run \`npm run build\` in theme/ and commit it`);
  }
});

test("the bundles are the same on every build", async () => {
  assert.deepEqual(await bundle(), await bundle());
});

test("the service worker holds the build's placeholder exactly once", () => {
  assert.equal(readFileSync(join(distFolder, "sw.js"), "utf8").split("self.__SW_MANIFEST").length, 2);
});

test("the FSRS scheduler is only in the review page's bundle", async () => {
  const built = await bundle();
  // A string of ts-fsrs's own that survives minification.
  const marker = "FSRSValidationError";
  assert.ok(built["review.js"].includes(marker));
  for (const other of ["site.js", "mock.js", "editor.js", "sw.js"]) assert.ok(!built[other].includes(marker), other);
});

test("the page script does not carry the editor: CodeMirror is only in the editor's chunk", async () => {
  const built = await bundle();
  for (const name of ["cm-editor", "cm-gutters"]) {
    assert.ok(built["editor.js"].includes(name), "the editor chunk has CodeMirror (" + name + ")");
    for (const other of ["site.js", "review.js", "mock.js"]) assert.ok(!built[other].includes(name), other + " has no CodeMirror (" + name + ")");
  }
  assert.match(built["editor.js"], /export\s*\{[^}]*mountEditor/, "the editor chunk is an ES module exporting mountEditor");
});
