import { test } from "node:test";
import assert from "node:assert/strict";
import { maxDraftLength, maxEntries, parseProgress, progressStore } from "../assets/js/progress-store.js";
import { newCard } from "../assets/js/review-store.js";
import { safeStorage } from "../assets/js/storage.js";
import { memoryStorage } from "./memory-storage.js";

const fixedNow = () => new Date("2026-01-02T03:04:05.000Z");

function file(fields) {
  return JSON.stringify({ format: "studyguide-progress", version: 2, checklists: {}, solved: [], drafts: {}, ...fields });
}

// A file written before drafts were exported.
function fileV1(fields) {
  return JSON.stringify({ format: "studyguide-progress", version: 1, checklists: {}, solved: [], ...fields });
}

const card = newCard(new Date("2026-01-01T00:00:00.000Z"));
const round = {
  kind: "coding", started: "2026-01-01T10:00:00.000Z", ended: "2026-01-01T10:40:00.000Z", minutes: 45,
  problems: [{ id: "two-sum", title: "Two Sum", seconds: 2400, outcome: "passed", status: "All tests passed" }], selfReview: [],
};

test("a valid export parses to its checklists, solved ids and drafts", () => {
  const parsed = parseProgress(file({ exported: "2026-01-02", checklists: { "final-tips:sleep": true, "/:x": false }, solved: ["two-sum"], drafts: { "two-sum": "package main\n" } }));
  assert.deepEqual(parsed, { checklists: { "final-tips:sleep": true, "/:x": false }, solved: ["two-sum"], drafts: { "two-sum": "package main\n" } });
});

test("a version 1 file still imports, with no drafts (null: the browser's drafts stay)", () => {
  const parsed = parseProgress(fileV1({ exported: "2026-01-02", checklists: { "final-tips:sleep": true }, solved: ["two-sum"] }));
  assert.deepEqual(parsed, { checklists: { "final-tips:sleep": true }, solved: ["two-sum"], drafts: null });
  assert.throws(() => parseProgress(fileV1({ drafts: {} })), /unexpected field "drafts"/, "drafts are a version 2 field");
});

test("every malformed file is refused with a reader-facing reason", () => {
  const cases = [
    ["{", /not valid JSON/],
    ["[]", /not a progress export/],
    [JSON.stringify({ format: "other" }), /not a progress export/],
    [file({ version: 3 }), /format version 3; this guide reads versions 1 and 2/],
    [file({ version: "1" }), /format version "1"/],
    [fileV1({ review: {} }), /unexpected field "review"/],
    [file({ review: { "two-sum": { ...card, state: "gone" } } }), /"state" must be one of/],
    [file({ mock: {} }), /"mock" must be a list/],
    [file({ drafts: [] }), /"drafts" must be an object/],
    [file({ drafts: { "Two Sum": "x" } }), /"Two Sum" is not a question id/],
    [file({ drafts: { "two-sum": 5 } }), /draft of "two-sum" must be text/],
    [file({ drafts: { "two-sum": "x".repeat(maxDraftLength + 1) } }), /draft of "two-sum" is longer than the guide can check/],
    [file({ drafts: Object.fromEntries(Array.from({ length: maxEntries + 1 }, (_, i) => ["q" + i, ""])) }), /more entries than this guide could ever write/],
    [file({ extra: 1 }), /unexpected field "extra"/],
    [file({ exported: 5 }), /"exported" must be a date string/],
    [file({ checklists: [] }), /"checklists" must be an object/],
    [file({ solved: {} }), /"solved" must be a list/],
    [file({ checklists: { "Not A Key": true } }), /"Not A Key" is not a checklist item key/],
    [file({ checklists: { "a:b": "yes" } }), /value of "a:b" must be true or false/],
    [file({ solved: ["Two Sum"] }), /"Two Sum" is not a question id/],
    [file({ solved: [7] }), /7 is not a question id/],
    [file({ solved: ["a", "a"] }), /"a" is listed twice/],
    [file({ solved: Array.from({ length: maxEntries + 1 }, (_, i) => "q" + i) }), /more entries than this guide could ever write/],
  ];
  for (const [text, reason] of cases) {
    assert.throws(() => parseProgress(text), reason, text.slice(0, 80));
  }
});

test("ticks differing from the page's default are stored, others removed", () => {
  const backing = memoryStorage();
  const progress = progressStore(safeStorage(() => backing), fixedNow);
  progress.setChecked("list:a", true, false);
  progress.setChecked("list:b", false, true);
  progress.setChecked("list:c", true, true);
  progress.setSolved("two-sum", true);
  assert.deepEqual(backing.dump(), { "studyguide:check:list:a": "1", "studyguide:check:list:b": "0", "studyguide:solved:two-sum": "1" });
  assert.equal(progress.isChecked("list:a", false), true);
  assert.equal(progress.isChecked("list:b", true), false);
  assert.equal(progress.isChecked("list:c", true), true);
  assert.equal(progress.isSolved("two-sum"), true);
  progress.setSolved("two-sum", false);
  assert.equal(progress.isSolved("two-sum"), false);
});

test("a snapshot is an export that parses back to the same progress", () => {
  const backing = memoryStorage({
    "studyguide:check:b:x": "0", "studyguide:check:a:y": "1", "studyguide:solved:z": "1",
    "studyguide:draft:two-sum": "package main\n// mine\n", "studyguide:draft:a-b": "x", "other": "kept",
  });
  const snapshot = progressStore(safeStorage(() => backing), fixedNow).snapshot();
  assert.deepEqual(snapshot, {
    format: "studyguide-progress", version: 2, exported: "2026-01-02T03:04:05.000Z",
    checklists: { "a:y": true, "b:x": false }, solved: ["z"], drafts: { "a-b": "x", "two-sum": "package main\n// mine\n" }, review: {}, mock: [],
  });
  assert.deepEqual(Object.keys(snapshot.checklists), ["a:y", "b:x"], "sorted keys: the same progress gives the same file");
  assert.deepEqual(Object.keys(snapshot.drafts), ["a-b", "two-sum"]);
  assert.deepEqual(parseProgress(JSON.stringify(snapshot)), { checklists: snapshot.checklists, solved: snapshot.solved, drafts: snapshot.drafts, review: {}, mock: [] });
});

test("drafts are kept per problem while they differ from the starter", () => {
  const backing = memoryStorage();
  const progress = progressStore(safeStorage(() => backing), fixedNow);
  assert.equal(progress.draft("two-sum"), null);
  assert.equal(progress.setDraft("two-sum", "mine", "starter"), true);
  assert.equal(progress.setDraft("three-sum", "other", "starter"), true);
  assert.equal(progress.draft("two-sum"), "mine");
  assert.deepEqual(backing.dump(), { "studyguide:draft:three-sum": "other", "studyguide:draft:two-sum": "mine" });
  progress.setDraft("two-sum", "starter", "starter");
  assert.equal(progress.draft("two-sum"), null, "back to the starter: nothing to keep");
  const full = progressStore(safeStorage(() => memoryStorage({}, () => true)), fixedNow);
  assert.equal(full.setDraft("two-sum", "mine", "starter"), false, "a full store says so");
});

test("replace swaps all progress, drafts included, and leaves other keys alone", () => {
  const backing = memoryStorage({ "studyguide:check:old:item": "1", "studyguide:solved:old": "1", "studyguide:draft:old": "x", "other": "kept" });
  const progress = progressStore(safeStorage(() => backing), fixedNow);
  assert.equal(progress.replace({ checklists: { "new:item": false }, solved: ["new"], drafts: { "new": "code" } }), true);
  assert.deepEqual(backing.dump(), { "other": "kept", "studyguide:check:new:item": "0", "studyguide:draft:new": "code", "studyguide:solved:new": "1" });
});

test("a version 1 import replaces ticks and solved problems and keeps the drafts", () => {
  const backing = memoryStorage({ "studyguide:solved:old": "1", "studyguide:draft:two-sum": "mine" });
  const progress = progressStore(safeStorage(() => backing), fixedNow);
  assert.equal(progress.replace(parseProgress(fileV1({ solved: ["new"] }))), true);
  assert.deepEqual(backing.dump(), { "studyguide:draft:two-sum": "mine", "studyguide:solved:new": "1" });
});

test("a refused write rolls back to the previous progress, drafts included", () => {
  const backing = memoryStorage({ "studyguide:solved:old": "1", "studyguide:draft:old": "x" }, (key) => key === "studyguide:draft:new");
  const progress = progressStore(safeStorage(() => backing), fixedNow);
  assert.equal(progress.replace({ checklists: { "a:b": true }, solved: ["new"], drafts: { "new": "y" } }), false);
  assert.deepEqual(backing.dump(), { "studyguide:draft:old": "x", "studyguide:solved:old": "1" });
});

test("blocked storage reads as empty and never throws", () => {
  const storage = safeStorage(() => { throw new Error("SecurityError"); });
  assert.equal(storage.get("k"), null);
  assert.equal(storage.set("k", "v"), false);
  assert.doesNotThrow(() => storage.remove("k"));
  assert.deepEqual(storage.keys("studyguide:"), []);
  assert.deepEqual(progressStore(storage, fixedNow).snapshot().solved, []);
});

test("version 2 carries review cards and mock rounds, and they import into a fresh browser", () => {
  const backing = memoryStorage({
    "studyguide:solved:two-sum": "1",
    "studyguide:review:two-sum": JSON.stringify(card),
    "studyguide:review:Bad Key": "{}",
    "studyguide:mock:history": JSON.stringify([round]),
    "studyguide:mock:current": "{\"ids\":[]}",
  });
  const snapshot = progressStore(safeStorage(() => backing), fixedNow).snapshot();
  assert.deepEqual(snapshot.review, { "two-sum": card });
  assert.deepEqual(snapshot.mock, [round]);

  const fresh = memoryStorage();
  const progress = progressStore(safeStorage(() => fresh), fixedNow);
  assert.equal(progress.replace(parseProgress(JSON.stringify(snapshot))), true);
  assert.deepEqual(fresh.dump(), {
    "studyguide:mock:history": JSON.stringify([round]),
    "studyguide:review:two-sum": JSON.stringify(card),
    "studyguide:solved:two-sum": "1",
  });
  assert.deepEqual(progress.snapshot(), snapshot);
});

test("a version 1 file still imports, and leaves review cards and mock rounds as they are", () => {
  const parsed = parseProgress(fileV1({ checklists: { "a:b": true }, solved: ["x"] }));
  assert.deepEqual(parsed, { checklists: { "a:b": true }, solved: ["x"], drafts: null });
  const backing = memoryStorage({ "studyguide:solved:old": "1", "studyguide:review:two-sum": JSON.stringify(card), "studyguide:mock:history": JSON.stringify([round]) });
  assert.equal(progressStore(safeStorage(() => backing), fixedNow).replace(parsed), true);
  assert.deepEqual(backing.dump(), {
    "studyguide:check:a:b": "1",
    "studyguide:mock:history": JSON.stringify([round]),
    "studyguide:review:two-sum": JSON.stringify(card),
    "studyguide:solved:x": "1",
  });
});

test("a version 2 file replaces review cards, and a refused write puts them back", () => {
  const before = { "studyguide:review:old": JSON.stringify(card), "studyguide:mock:history": JSON.stringify([round]) };
  const text = JSON.stringify({ format: "studyguide-progress", version: 2, checklists: {}, solved: [], review: { fresh: card }, mock: [] });
  const backing = memoryStorage(before);
  assert.equal(progressStore(safeStorage(() => backing), fixedNow).replace(parseProgress(text)), true);
  assert.deepEqual(backing.dump(), { "studyguide:review:fresh": JSON.stringify(card) });

  const refusing = memoryStorage(before, (key) => key === "studyguide:review:fresh");
  assert.equal(progressStore(safeStorage(() => refusing), fixedNow).replace(parseProgress(text)), false);
  assert.deepEqual(refusing.dump(), before);
});
