import { isSlug } from "./text.js";

// Review cards and mock rounds in a progress export (format version 2, progress-store.js): the
// optional "review" and "mock" keys. Pure functions: export* give what the file holds, import*
// check what a file holds completely and throw an Error with a reader-facing message, or return it
// ready to store.
//
//   "review": { "<question id>": { "added": date, "due": date, "state": "new" | "learning" | "review" | "relearning",
//               "stability": n, "difficulty": n, "reps": i, "lapses": i, "step": i, "days": i, "last": date or null } }
//   "mock": [ { "kind": "coding" | "concepts", "started": date, "ended": date, "minutes": i,
//               "problems": [ { "id": question id, "title": text, "seconds": i, "outcome": "passed" | "failed" | "none", "status": text } ],
//               "selfReview": [ checklist item id, … ] } ]
// Dates are ISO 8601 strings in UTC, as Date.prototype.toISOString writes them.

export const cardStates = ["new", "learning", "review", "relearning"];
export const roundKinds = ["coding", "concepts"];
export const outcomes = ["passed", "failed", "none"];
export const maxCards = 20000;
export const maxRounds = 1000;
const maxText = 300;
const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function plainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function fail(message) {
  throw new Error(message);
}

function date(value, where) {
  if (typeof value !== "string" || !isoDate.test(value) || Number.isNaN(Date.parse(value))) fail(where + " must be a date like \"2026-03-04T05:06:07.000Z\".");
  return value;
}

function count(value, where) {
  if (!Number.isInteger(value) || value < 0) fail(where + " must be a whole number, 0 or more.");
  return value;
}

function amount(value, where) {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) fail(where + " must be a number, 0 or more.");
  return value;
}

function text(value, where) {
  if (typeof value !== "string" || value.length > maxText) fail(where + " must be a text of at most " + maxText + " characters.");
  return value;
}

function oneOf(value, allowed, where) {
  if (!allowed.includes(value)) fail(where + " must be one of " + allowed.map((a) => JSON.stringify(a)).join(", ") + ".");
  return value;
}

function onlyFields(value, fields, where) {
  if (!plainObject(value)) fail(where + " must be an object.");
  Object.keys(value).forEach((name) => {
    if (!fields.includes(name)) fail(where + " has an unexpected field \"" + name + "\".");
  });
  fields.forEach((name) => {
    if (!(name in value)) fail(where + " has no field \"" + name + "\".");
  });
}

const cardFields = ["added", "due", "state", "stability", "difficulty", "reps", "lapses", "step", "days", "last"];

// One card with its fields in a fixed order, so the same cards give the same file.
function card(value, where) {
  onlyFields(value, cardFields, where);
  return {
    added: date(value.added, where + ": \"added\""),
    due: date(value.due, where + ": \"due\""),
    state: oneOf(value.state, cardStates, where + ": \"state\""),
    stability: amount(value.stability, where + ": \"stability\""),
    difficulty: amount(value.difficulty, where + ": \"difficulty\""),
    reps: count(value.reps, where + ": \"reps\""),
    lapses: count(value.lapses, where + ": \"lapses\""),
    step: count(value.step, where + ": \"step\""),
    days: count(value.days, where + ": \"days\""),
    last: value.last === null ? null : date(value.last, where + ": \"last\""),
  };
}

// Each value that `check` accepts, by the same key (or index); what it throws on is left out.
function kept(values, check) {
  const out = Array.isArray(values) ? [] : {};
  Object.keys(values).sort(Array.isArray(values) ? (a, b) => a - b : undefined).forEach((key) => {
    try {
      const value = check(values[key], key);
      if (Array.isArray(out)) out.push(value);
      else out[key] = value;
    } catch { /* a damaged entry is not exported */ }
  });
  return out;
}

// The "review" key of an export: the cards by question id, sorted. A damaged stored card is left out.
export function exportReview(cards) {
  return kept(cards, (value, id) => {
    if (!isSlug(id)) fail("not a question id");
    return card(value, "");
  });
}

export function importReview(data) {
  if (!plainObject(data)) fail("The field \"review\" must be an object of question ids and cards.");
  const ids = Object.keys(data);
  if (ids.length > maxCards) fail("The file has more review cards than this guide could ever write.");
  const cards = {};
  ids.sort().forEach((id) => {
    if (!isSlug(id)) fail(JSON.stringify(id) + " in \"review\" is not a question id.");
    cards[id] = card(data[id], "The review card \"" + id + "\"");
  });
  return cards;
}

const roundFields = ["kind", "started", "ended", "minutes", "problems", "selfReview"];
const problemFields = ["id", "title", "seconds", "outcome", "status"];

function round(value, where) {
  onlyFields(value, roundFields, where);
  if (!Array.isArray(value.problems) || value.problems.length === 0 || value.problems.length > 10) fail(where + ": \"problems\" must be a list of 1 to 10 problems.");
  if (!Array.isArray(value.selfReview) || value.selfReview.length > 200) fail(where + ": \"selfReview\" must be a list of checklist item ids.");
  return {
    kind: oneOf(value.kind, roundKinds, where + ": \"kind\""),
    started: date(value.started, where + ": \"started\""),
    ended: date(value.ended, where + ": \"ended\""),
    minutes: count(value.minutes, where + ": \"minutes\""),
    problems: value.problems.map((problem, i) => {
      const at = where + ", problem " + (i + 1);
      onlyFields(problem, problemFields, at);
      if (typeof problem.id !== "string" || !isSlug(problem.id)) fail(at + ": " + JSON.stringify(problem.id) + " is not a question id.");
      return {
        id: problem.id,
        title: text(problem.title, at + ": \"title\""),
        seconds: count(problem.seconds, at + ": \"seconds\""),
        outcome: oneOf(problem.outcome, outcomes, at + ": \"outcome\""),
        status: text(problem.status, at + ": \"status\""),
      };
    }),
    selfReview: value.selfReview.map((item) => {
      if (typeof item !== "string" || !isSlug(item)) fail(where + ": " + JSON.stringify(item) + " is not a checklist item id.");
      return item;
    }),
  };
}

// The "mock" key of an export: the finished rounds, oldest first. A damaged stored round is left out.
export function exportMock(rounds) {
  return kept(rounds, (value) => round(value, ""));
}

export function importMock(data) {
  if (!Array.isArray(data)) fail("The field \"mock\" must be a list of mock rounds.");
  if (data.length > maxRounds) fail("The file has more mock rounds than this guide could ever write.");
  return data.map((value, i) => round(value, "Mock round " + (i + 1)));
}
