// The committed bundles (assets/dist/site.js, editor.js and sw.js, what the generator publishes) must be
// exactly what the sources build to; otherwise a change to assets/js/ would never reach the site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { bundle, bundlePath, editorBundle, editorPath, workerBundle, workerPath } from "../build.js";

test("the committed bundle is up to date (run `npm run build` in theme/ if not)", async () => {
  const built = await bundle();
  assert.ok(built === readFileSync(bundlePath, "utf8"), "theme/assets/dist/site.js is stale: run `npm run build` in theme/ and commit it");
});

test("the committed editor is up to date (run `npm run build` in theme/ if not)", async () => {
  const built = await editorBundle();
  assert.ok(built === readFileSync(editorPath, "utf8"), "theme/assets/dist/editor.js is stale: run `npm run build` in theme/ and commit it");
});

test("the committed service worker is up to date (run `npm run build` in theme/ if not)", async () => {
  const built = await workerBundle();
  assert.ok(built === readFileSync(workerPath, "utf8"), "theme/assets/dist/sw.js is stale: run `npm run build` in theme/ and commit it");
});

test("the service worker holds the build's placeholder exactly once", () => {
  assert.equal(readFileSync(workerPath, "utf8").split("self.__SW_MANIFEST").length, 2);
});

test("the bundles are the same on every build", async () => {
  assert.equal(await bundle(), await bundle());
  assert.equal(await editorBundle(), await editorBundle());
  assert.equal(await workerBundle(), await workerBundle());
});

test("the page script does not carry the editor: CodeMirror is only in the editor's chunk", () => {
  const site = readFileSync(bundlePath, "utf8");
  const editor = readFileSync(editorPath, "utf8");
  for (const name of ["cm-editor", "cm-gutters"]) {
    assert.ok(editor.includes(name), "the editor chunk has CodeMirror (" + name + ")");
    assert.ok(!site.includes(name), "site.js has no CodeMirror (" + name + ")");
  }
  assert.match(editor, /export\s*\{[^}]*mountEditor/, "the editor chunk is an ES module exporting mountEditor");
});
