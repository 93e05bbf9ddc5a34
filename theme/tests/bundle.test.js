// The committed bundle (assets/dist/site.js, what the generator publishes) must be exactly what
// the sources build to; otherwise a change to assets/js/ would never reach the site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { bundle, bundlePath } from "../build.js";

test("the committed bundle is up to date (run `npm run build` in theme/ if not)", async () => {
  const built = await bundle();
  assert.ok(built === readFileSync(bundlePath, "utf8"), "theme/assets/dist/site.js is stale: run `npm run build` in theme/ and commit it");
});

test("the bundle is the same on every build", async () => {
  assert.equal(await bundle(), await bundle());
});
