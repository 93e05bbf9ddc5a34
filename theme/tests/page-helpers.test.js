// The pure parts of the page scripts: the code runner's messages, progress export, highlighting
// and table filters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { describeRun, describeStatus } from "../assets/js/code-runner.js";
import { describeProgress, exportFile, replaceQuestion } from "../assets/js/progress-transfer.js";
import { highlightPattern } from "../assets/js/search-highlight.js";
import { compareValues, filterQuery, rowMatches } from "../assets/js/tables.js";

test("describeStatus explains the proxy's answers", () => {
  assert.match(describeStatus(413), /too large .* 64 KiB/);
  for (const status of [502, 503, 504]) assert.match(describeStatus(status), /could not be reached/);
  assert.match(describeStatus(500), /HTTP 500/);
});

test("describeRun: build errors, program output, tests, vet", () => {
  assert.deepEqual(describeRun({ Errors: "prog.go:3: undefined: x" }),
    { status: "Build failed", failed: true, blocks: [{ className: "error", text: "prog.go:3: undefined: x" }] });
  assert.deepEqual(describeRun({ Events: [{ Kind: "stdout", Message: "a\n" }, { Kind: "stderr", Message: "b\n" }, { Kind: "stdout", Message: "c\n" }] }),
    { status: "Program exited with status 0", failed: false, blocks: [{ className: "stdout", text: "a\nc\n" }, { className: "stderr", text: "b\n" }] });
  assert.deepEqual(describeRun({ Status: 2, VetErrors: "unreachable code" }),
    { status: "Program exited with status 2", failed: true, blocks: [{ className: "stderr", text: "go vet: unreachable code" }] });
  assert.equal(describeRun({ IsTest: true, TestsFailed: 2 }).status, "2 test(s) failed");
  assert.equal(describeRun({ IsTest: true }).status, "All tests passed");
});

test("describeProgress counts ticked items, solved problems, drafts, review cards and mock rounds", () => {
  assert.equal(describeProgress({ checklists: {}, solved: [], drafts: {} }), "0 ticked items, 0 problems marked as solved and 0 drafts");
  assert.equal(describeProgress({ checklists: { "a:b": true, "a:c": false }, solved: ["x"], drafts: { x: "code" } }), "1 ticked item, 1 problem marked as solved and 1 draft");
  assert.equal(describeProgress({ checklists: {}, solved: ["x", "y"], drafts: null }), "0 ticked items and 2 problems marked as solved", "a version 1 file has no drafts");
  assert.equal(describeProgress({ checklists: {}, solved: ["x", "y"], drafts: {}, review: { a: {}, b: {} }, mock: [{}] }),
    "0 ticked items, 2 problems marked as solved, 0 drafts, 2 review cards and 1 mock round");
  assert.equal(describeProgress({ checklists: {}, solved: [], review: { a: {} }, mock: [] }),
    "0 ticked items, 0 problems marked as solved, 1 review card and 0 mock rounds");
});

test("replaceQuestion says what an import replaces, and what a file without drafts, review or mock keeps", () => {
  const current = { checklists: {}, solved: ["x"], drafts: { x: "code" }, review: {}, mock: [] };
  assert.equal(replaceQuestion(current, { checklists: {}, solved: [], drafts: {}, review: {}, mock: [] }),
    "Replace the progress in this browser (0 ticked items, 1 problem marked as solved, 1 draft, 0 review cards and 0 mock rounds)" +
    " with the file's (0 ticked items, 0 problems marked as solved, 0 drafts, 0 review cards and 0 mock rounds)?");
  assert.match(replaceQuestion(current, { checklists: {}, solved: [], drafts: null }), / The file has no drafts, review cards and mock rounds, so those in this browser stay as they are\.$/);
  assert.match(replaceQuestion(current, { checklists: {}, solved: [], drafts: {}, review: {} }), / The file has no mock rounds, so those in this browser stay as they are\.$/);
});

test("exportFile names the file by date and ends it with a newline", () => {
  const file = exportFile({ format: "studyguide-progress", version: 2, exported: "2026-03-04T05:06:07.000Z", checklists: {}, solved: [] });
  assert.equal(file.name, "studyguide-progress-2026-03-04.json");
  assert.ok(file.text.endsWith("}\n"));
  assert.equal(JSON.parse(file.text).exported, "2026-03-04T05:06:07.000Z");
});

test("highlightPattern marks words starting with a highlighted term", () => {
  assert.equal(highlightPattern(""), null);
  assert.equal(highlightPattern("?highlight=a"), null, "one-letter words are left out");
  const pattern = highlightPattern("?highlight=anagram&highlight=c%2B%2B");
  assert.deepEqual("Anagrams and c and xanagram".match(pattern), ["Anagrams"], "not inside a word; \"c++\" is the word \"c\", too short");
  assert.equal(highlightPattern("?highlight=" + encodeURIComponent("(.*)")), null, "no words, no pattern");
  assert.deepEqual("Café, CAFÉ".match(highlightPattern("?highlight=caf%C3%A9")), ["Café", "CAFÉ"]);
});

test("table helpers: ordering, filtering, the URL query", () => {
  assert.ok(compareValues("9", "10", true) < 0);
  assert.ok(compareValues("9", "10", false) > 0);
  const row = { difficulty: "easy", topic: "maps arrays", category: "arrays-hashing" };
  assert.equal(rowMatches(row, { difficulty: "", topic: "" }), true);
  assert.equal(rowMatches(row, { difficulty: "easy", topic: "arrays" }), true);
  assert.equal(rowMatches(row, { difficulty: "hard", topic: "" }), false);
  assert.equal(rowMatches(row, { topic: "map" }), false, "whole topics only");
  assert.equal(rowMatches(row, { category: "arrays-hashing" }), true);
  assert.equal(rowMatches(row, { category: "arrays" }), false, "whole categories only");
  assert.equal(rowMatches({ difficulty: "easy", topic: "go" }, { category: "trees" }), false, "a question without a category is not in any");
  assert.equal(filterQuery({ difficulty: "", topic: "" }), "");
  assert.equal(filterQuery({ difficulty: "easy", topic: "hash maps" }), "?difficulty=easy&topic=hash+maps");
  assert.equal(filterQuery({ category: "dp-1d", difficulty: "hard" }), "?difficulty=hard&category=dp-1d");
});

test("the search box advertises the / shortcut once", async () => {
  const { shortcutPlaceholder, keyboardLikely } = await import("../assets/js/search-shortcut.js");
  assert.equal(shortcutPlaceholder("Search"), "Search (press /)");
  assert.equal(shortcutPlaceholder("Search (press /)"), "Search (press /)");
  assert.match(keyboardLikely, /hover: hover/);
});
