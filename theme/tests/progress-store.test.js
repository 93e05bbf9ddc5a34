import { test } from "node:test";
import assert from "node:assert/strict";
import { maxEntries, parseProgress, progressStore } from "../assets/js/progress-store.js";
import { safeStorage } from "../assets/js/storage.js";

// A Storage like the browser's, in memory; `refuse(key)` makes setItem throw as a full store does.
function memoryStorage(entries = {}, refuse = () => false) {
  const map = new Map(Object.entries(entries));
  return {
    get length() { return map.size; },
    key: (i) => Array.from(map.keys())[i] ?? null,
    getItem: (key) => (map.has(key) ? map.get(key) : null),
    setItem: (key, value) => {
      if (refuse(key)) throw new Error("QuotaExceededError");
      map.set(key, String(value));
    },
    removeItem: (key) => map.delete(key),
    dump: () => Object.fromEntries(Array.from(map.entries()).sort()),
  };
}

const fixedNow = () => new Date("2026-01-02T03:04:05.000Z");

function file(fields) {
  return JSON.stringify({ format: "studyguide-progress", version: 1, checklists: {}, solved: [], ...fields });
}

test("a valid export parses to its checklists and solved ids", () => {
  const parsed = parseProgress(file({ exported: "2026-01-02", checklists: { "final-tips:sleep": true, "/:x": false }, solved: ["two-sum"] }));
  assert.deepEqual(parsed, { checklists: { "final-tips:sleep": true, "/:x": false }, solved: ["two-sum"] });
});

test("every malformed file is refused with a reader-facing reason", () => {
  const cases = [
    ["{", /not valid JSON/],
    ["[]", /not a progress export/],
    [JSON.stringify({ format: "other" }), /not a progress export/],
    [file({ version: 2 }), /format version 2; this guide reads version 1/],
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
  const backing = memoryStorage({ "studyguide:check:b:x": "0", "studyguide:check:a:y": "1", "studyguide:solved:z": "1", "other": "kept" });
  const snapshot = progressStore(safeStorage(() => backing), fixedNow).snapshot();
  assert.deepEqual(snapshot, {
    format: "studyguide-progress", version: 1, exported: "2026-01-02T03:04:05.000Z",
    checklists: { "a:y": true, "b:x": false }, solved: ["z"],
  });
  assert.deepEqual(Object.keys(snapshot.checklists), ["a:y", "b:x"], "sorted keys: the same progress gives the same file");
  assert.deepEqual(parseProgress(JSON.stringify(snapshot)), { checklists: snapshot.checklists, solved: snapshot.solved });
});

test("replace swaps all progress and leaves other keys alone", () => {
  const backing = memoryStorage({ "studyguide:check:old:item": "1", "studyguide:solved:old": "1", "other": "kept" });
  const progress = progressStore(safeStorage(() => backing), fixedNow);
  assert.equal(progress.replace({ checklists: { "new:item": false }, solved: ["new"] }), true);
  assert.deepEqual(backing.dump(), { "other": "kept", "studyguide:check:new:item": "0", "studyguide:solved:new": "1" });
});

test("a refused write rolls back to the previous progress", () => {
  const backing = memoryStorage({ "studyguide:solved:old": "1" }, (key) => key === "studyguide:solved:new");
  const progress = progressStore(safeStorage(() => backing), fixedNow);
  assert.equal(progress.replace({ checklists: { "a:b": true }, solved: ["new"] }), false);
  assert.deepEqual(backing.dump(), { "studyguide:solved:old": "1" });
});

test("blocked storage reads as empty and never throws", () => {
  const storage = safeStorage(() => { throw new Error("SecurityError"); });
  assert.equal(storage.get("k"), null);
  assert.equal(storage.set("k", "v"), false);
  assert.doesNotThrow(() => storage.remove("k"));
  assert.deepEqual(storage.keys("studyguide:"), []);
  assert.deepEqual(progressStore(storage, fixedNow).snapshot().solved, []);
});
