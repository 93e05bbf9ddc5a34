// The committed bundles (assets/dist/*.js, what the generator publishes) must be exactly what
// the sources build to; otherwise a change to assets/js/ would never reach the site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundle, distFolder, entries } from "../build.js";

test("the committed bundles are up to date (run `npm run build` in theme/ if not)", async () => {
  const built = await bundle();
  assert.deepEqual(Object.keys(built).sort(), Object.keys(entries).map((name) => name + ".js").sort());
  assert.deepEqual(readdirSync(distFolder).sort(), Object.keys(built).sort(), "assets/dist/ holds exactly the bundles");
  for (const [name, text] of Object.entries(built)) {
    assert.ok(text === readFileSync(join(distFolder, name), "utf8"), `theme/assets/dist/${name} is stale: run \`npm run build\` in theme/ and commit it`);
  }
});

test("the bundles are the same on every build", async () => {
  assert.deepEqual(await bundle(), await bundle());
});

test("the FSRS scheduler is only in the review page's bundle", async () => {
  const built = await bundle();
  // A string of ts-fsrs's own that survives minification.
  const marker = "FSRSValidationError";
  assert.ok(built["review.js"].includes(marker));
  assert.ok(!built["site.js"].includes(marker));
  assert.ok(!built["mock.js"].includes(marker));
});
