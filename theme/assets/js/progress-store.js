import { mockEntries, mockHistoryKey, mockStore } from "./mock-store.js";
import { reviewEntries, reviewPrefix, reviewStore } from "./review-store.js";
import { exportMock, exportReview, importMock, importReview } from "./study-transfer.js";
import { isSlug, slugPattern } from "./text.js";

// The reader's progress, kept in localStorage only (no account, no server):
//   studyguide:check:<scope>:<item>  "1" ticked / "0" unticked (only stored when it differs from the page's default)
//   studyguide:solved:<question id>  "1"
//   studyguide:draft:<question id>   the reader's code for a coding problem (only while it differs from the starter)
//   studyguide:review:…, studyguide:mock:…  review cards and mock rounds (review-store.js, mock-store.js)
// Checklist items are scoped by their checklist id, Markdown task lists by their chapter or question id.
// Exports are format version 2, which adds the optional "review" and "mock" keys (study-transfer.js)
// to version 1; both versions import.
const checkPrefix = "studyguide:check:";
const solvedPrefix = "studyguide:solved:";
const draftPrefix = "studyguide:draft:";
const format = "studyguide-progress";
// Version 2 added the optional "drafts", "review" and "mock" keys (study-transfer.js for the last
// two); version 1 files (without them) still import.
const version = 2;
const versions = [1, 2];
const checkKeyPattern = new RegExp("^(?:/|" + slugPattern + "):" + slugPattern + "$");
const fields = { 1: ["format", "version", "exported", "checklists", "solved"], 2: ["format", "version", "exported", "checklists", "solved", "drafts", "review", "mock"] };
export const maxEntries = 20000;
// A draft longer than this could not be checked anyway: the Playground proxy takes 64 KiB bodies.
export const maxDraftLength = 64 * 1024;

function plainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// Checks an imported file completely before anything is written; throws an Error with a
// reader-facing message. Returns { checklists, solved, drafts }, with drafts null when the file has
// none (a version 1 file: importing it leaves the drafts in this browser alone), plus `review` and
// `mock` when the file has them.
export function parseProgress(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("The file is not valid JSON.");
  }
  if (!plainObject(data) || data.format !== format) {
    throw new Error("The file is not a progress export of this guide.");
  }
  if (!versions.includes(data.version)) {
    throw new Error("The file has format version " + JSON.stringify(data.version) + "; this guide reads versions " + versions.join(" and ") + ".");
  }
  Object.keys(data).forEach((name) => {
    if (!fields[data.version].includes(name)) throw new Error("The file has an unexpected field \"" + name + "\".");
  });
  if (data.exported !== undefined && typeof data.exported !== "string") {
    throw new Error("The field \"exported\" must be a date string.");
  }
  if (!plainObject(data.checklists)) {
    throw new Error("The field \"checklists\" must be an object of item keys and true or false.");
  }
  if (!Array.isArray(data.solved)) {
    throw new Error("The field \"solved\" must be a list of question ids.");
  }
  const drafts = data.drafts === undefined ? null : data.drafts;
  if (drafts !== null && !plainObject(drafts)) {
    throw new Error("The field \"drafts\" must be an object of question ids and code.");
  }
  const keys = Object.keys(data.checklists);
  const draftIds = drafts ? Object.keys(drafts) : [];
  if (keys.length + data.solved.length + draftIds.length > maxEntries) {
    throw new Error("The file has more entries than this guide could ever write.");
  }
  keys.forEach((key) => {
    if (!checkKeyPattern.test(key)) throw new Error("\"" + key + "\" is not a checklist item key.");
    if (typeof data.checklists[key] !== "boolean") throw new Error("The value of \"" + key + "\" must be true or false.");
  });
  const seen = new Set();
  data.solved.forEach((id) => {
    if (typeof id !== "string" || !isSlug(id)) throw new Error(JSON.stringify(id) + " is not a question id.");
    if (seen.has(id)) throw new Error("The question id \"" + id + "\" is listed twice.");
    seen.add(id);
  });
  draftIds.forEach((id) => {
    if (!isSlug(id)) throw new Error(JSON.stringify(id) + " is not a question id.");
    if (typeof drafts[id] !== "string") throw new Error("The draft of \"" + id + "\" must be text.");
    if (drafts[id].length > maxDraftLength) throw new Error("The draft of \"" + id + "\" is longer than the guide can check (64 KiB).");
  });
  const progress = { checklists: data.checklists, solved: data.solved, drafts };
  if (data.review !== undefined) progress.review = importReview(data.review);
  if (data.mock !== undefined) progress.mock = importMock(data.mock);
  return progress;
}

// The progress kept in `storage` (see storage.js); `now` gives the export's date.
export function progressStore(storage, now = () => new Date()) {
  const review = reviewStore(storage, now);
  const mock = mockStore(storage);

  // Every stored entry under these key prefixes, as [key, value] pairs, for snapshots and rollback.
  function storedEntries(prefixes) {
    return prefixes.flatMap((prefix) => storage.keys(prefix)).map((key) => [key, storage.get(key)]);
  }

  function writeEntries(entries) {
    return entries.every(([key, value]) => storage.set(key, value));
  }

  function clear(prefixes) {
    storedEntries(prefixes).forEach(([key]) => storage.remove(key));
  }

  function byId(prefix) {
    const entries = {};
    storage.keys(prefix).forEach((key) => { entries[key.slice(prefix.length)] = storage.get(key); });
    return entries;
  }

  return {
    isChecked(key, byDefault) {
      const stored = storage.get(checkPrefix + key);
      return stored === null ? byDefault : stored === "1";
    },
    setChecked(key, checked, byDefault) {
      if (checked === byDefault) storage.remove(checkPrefix + key);
      else storage.set(checkPrefix + key, checked ? "1" : "0");
    },
    isSolved(id) {
      return storage.get(solvedPrefix + id) === "1";
    },
    setSolved(id, solved) {
      if (solved) storage.set(solvedPrefix + id, "1");
      else storage.remove(solvedPrefix + id);
    },
    // The reader's code for question `id`, or null when there is none (the page shows the starter).
    draft(id) {
      return storage.get(draftPrefix + id);
    },
    // Keeps `code` as the draft of `id`, or forgets it when it is the starter again; false when the browser refused.
    setDraft(id, code, starter) {
      if (code === starter) {
        storage.remove(draftPrefix + id);
        return true;
      }
      return storage.set(draftPrefix + id, code);
    },
    // What an export file holds; keys are sorted so the same progress gives the same file.
    snapshot() {
      const checklists = {};
      storage.keys(checkPrefix).forEach((key) => {
        checklists[key.slice(checkPrefix.length)] = storage.get(key) === "1";
      });
      const solved = storage.keys(solvedPrefix).map((key) => key.slice(solvedPrefix.length));
      return { format, version, exported: now().toISOString(), checklists, solved, drafts: byId(draftPrefix), review: exportReview(review.cards()), mock: exportMock(mock.history()) };
    },
    // Replaces all progress with a parsed file's: ticks and solved problems always; drafts, review
    // cards and mock rounds only when the file has them (a version 1 file leaves them as they are).
    // If the browser refuses a write, the previous progress is put back and false is returned: an
    // import never leaves half a state behind.
    replace(progress) {
      const prefixes = [checkPrefix, solvedPrefix]
        .concat(progress.drafts ? [draftPrefix] : [], progress.review ? [reviewPrefix] : [], progress.mock ? [mockHistoryKey] : []);
      const previous = storedEntries(prefixes);
      const next = Object.keys(progress.checklists)
        .map((key) => [checkPrefix + key, progress.checklists[key] ? "1" : "0"])
        .concat(progress.solved.map((id) => [solvedPrefix + id, "1"]))
        .concat(Object.keys(progress.drafts || {}).map((id) => [draftPrefix + id, progress.drafts[id]]))
        .concat(progress.review ? reviewEntries(progress.review) : [], progress.mock ? mockEntries(progress.mock) : []);
      clear(prefixes);
      if (writeEntries(next)) return true;
      clear(prefixes);
      writeEntries(previous);
      return false;
    },
  };
}
