// Review cards: storage, scheduling with FSRS (fixed parameters, fuzz off: exact dates), today's
// session and counts, the card's keys, and the cards' part of a progress export.
// Local midnight depends on the time zone: these tests fix one with a daylight-saving change.
process.env.TZ = "America/New_York";

import { test } from "node:test";
import assert from "node:assert/strict";
import { cardKey } from "../assets/js/review-keys.js";
import { counts, describeWait, endOfDay, grade, grades, parameters, preview, session } from "../assets/js/review-schedule.js";
import { newCard, reviewStore } from "../assets/js/review-store.js";
import { describeAdded } from "../assets/js/review-toggles.js";
import { safeStorage } from "../assets/js/storage.js";
import { exportReview, importReview } from "../assets/js/study-transfer.js";
import { memoryStorage } from "./memory-storage.js";

const rating = Object.fromEntries(grades.map((g) => [g.name, g.rating]));
const at = (iso) => new Date(iso);

test("the scheduler's parameters are fixed, with fuzz off", () => {
  assert.equal(parameters.enable_fuzz, false);
  assert.equal(parameters.w.length, 21);
  assert.deepEqual(parameters.learning_steps, ["1m", "10m"]);
  assert.ok(Object.isFrozen(parameters));
});

test("a new card's due dates after each grade, exactly", () => {
  const start = at("2026-03-02T14:00:00.000Z"); // 09:00 in New York
  const card = newCard(start);
  const outcomes = preview(card, start);
  assert.deepEqual(Object.fromEntries(Object.entries(outcomes).map(([name, c]) => [name, [c.due, c.state]])), {
    again: ["2026-03-02T14:01:00.000Z", "learning"],
    hard: ["2026-03-02T14:06:00.000Z", "learning"],
    good: ["2026-03-02T14:10:00.000Z", "learning"],
    easy: ["2026-03-10T14:00:00.000Z", "review"],
  });
  for (const name of Object.keys(outcomes)) assert.deepEqual(grade(card, rating[name], start), outcomes[name], name);
});

test("a card through its learning steps into review, a lapse, and back", () => {
  let now = at("2026-03-02T14:00:00.000Z");
  let card = grade(newCard(now), rating.good, now);
  assert.deepEqual([card.due, card.state, card.step, card.reps], ["2026-03-02T14:10:00.000Z", "learning", 1, 1]);
  now = at(card.due);
  card = grade(card, rating.good, now);
  assert.deepEqual([card.due, card.state, card.days, card.reps, card.last], ["2026-03-04T14:10:00.000Z", "review", 2, 2, "2026-03-02T14:10:00.000Z"]);
  now = at(card.due);
  card = grade(card, rating.again, now);
  assert.deepEqual([card.due, card.state, card.lapses], ["2026-03-04T14:20:00.000Z", "relearning", 1]);
  now = at(card.due);
  card = grade(card, rating.good, now);
  assert.deepEqual([card.due, card.state, card.days], ["2026-03-05T14:20:00.000Z", "review", 1]);
  assert.equal(card.added, "2026-03-02T14:00:00.000Z", "the added date stays");
});

test("the same grades at the same times always give the same schedule", () => {
  const run = () => {
    let now = at("2026-06-01T12:00:00.000Z");
    let card = newCard(now);
    for (const name of ["good", "good", "hard", "easy", "again", "good"]) {
      card = grade(card, rating[name], now);
      now = at(card.due);
    }
    return card;
  };
  assert.deepEqual(run(), run());
});

test("today ends at local midnight, also on a daylight-saving day", () => {
  assert.equal(endOfDay(at("2026-03-02T14:00:00.000Z")).toISOString(), "2026-03-03T05:00:00.000Z");
  // 8 March 2026: clocks go forward in New York, so that midnight is at 04:00 UTC the next day.
  assert.equal(endOfDay(at("2026-03-08T15:00:00.000Z")).toISOString(), "2026-03-09T04:00:00.000Z");
  assert.equal(endOfDay(at("2026-03-03T04:59:00.000Z")).toISOString(), "2026-03-03T05:00:00.000Z", "23:59 local");
});

test("the session: cards due before local midnight, the one due first first; learning cards come back", () => {
  const now = at("2026-03-02T14:00:00.000Z");
  const cards = {
    b: newCard(at("2026-03-02T13:00:00.001Z")),
    a: newCard(at("2026-03-02T13:00:00.000Z")),
    later: { ...newCard(now), due: "2026-03-03T04:00:00.000Z", state: "review", reps: 2 }, // 23:00 tonight: due today
    tomorrow: { ...newCard(now), due: "2026-03-03T05:00:00.000Z", state: "review", reps: 2 }, // midnight: not today
  };
  assert.deepEqual(session(cards, now), ["a", "b", "later"]);
  cards.a = grade(cards.a, rating.again, now);
  assert.deepEqual(session(cards, now), ["b", "a", "later"], "graded Again: due in a minute, still today");
  assert.deepEqual(counts(cards, now), { due: 3, fresh: 1, reviewed: 3, total: 4, next: at("2026-03-02T14:01:00.000Z") });
  assert.deepEqual(counts({}, now), { due: 0, fresh: 0, reviewed: 0, total: 0, next: null });
});

test("describeWait says how long until a due date", () => {
  const now = at("2026-03-02T14:00:00.000Z");
  const after = (ms) => describeWait(new Date(now.getTime() + ms), now);
  assert.equal(after(0), "now");
  assert.equal(after(60000), "1 min");
  assert.equal(after(10 * 60000), "10 min");
  assert.equal(after(3 * 3600000), "3 h");
  assert.equal(after(86400000), "1 day");
  assert.equal(after(8 * 86400000), "8 days");
  assert.equal(after(61 * 86400000), "2 months");
  assert.equal(after(548 * 86400000), "1.5 years");
});

test("the card's keys: Space shows on the card itself, 1-4 grade once shown, never with modifiers or in a field", () => {
  const card = { isCard: true, editable: false };
  const button = { isCard: false, editable: false };
  const field = { isCard: false, editable: true };
  assert.equal(cardKey({ key: " " }, false, card), "show");
  assert.equal(cardKey({ key: " " }, false, button), null, "Space on a button presses the button");
  assert.equal(cardKey({ key: " " }, true, card), null);
  assert.equal(cardKey({ key: "3" }, false, card), null, "no grade before the answer");
  assert.deepEqual(["1", "2", "3", "4"].map((key) => cardKey({ key }, true, button)), ["again", "hard", "good", "easy"]);
  assert.equal(cardKey({ key: "5" }, true, card), null);
  assert.equal(cardKey({ key: "1", ctrlKey: true }, true, card), null);
  assert.equal(cardKey({ key: "1", altKey: true }, true, card), null);
  assert.equal(cardKey({ key: "1" }, true, field), null);
  assert.equal(cardKey({ key: "toString" }, true, card), null);
});

test("the store adds cards once, in order, and keeps them as JSON", () => {
  const backing = memoryStorage({ other: "kept" });
  const store = reviewStore(safeStorage(() => backing), () => at("2026-03-02T14:00:00.000Z"));
  assert.deepEqual(store.add(["b", "a", "b", "Not An Id"]), ["b", "a"]);
  assert.deepEqual(store.add(["a", "c"]), ["c"]);
  const cards = store.cards();
  assert.deepEqual(Object.keys(cards), ["a", "b", "c"]);
  assert.equal(cards.b.added, "2026-03-02T13:59:59.999Z");
  assert.equal(cards.a.added, "2026-03-02T14:00:00.000Z", "listed after b, so due after it, and due now");
  assert.equal(cards.c.added, "2026-03-02T14:00:00.000Z");
  assert.deepEqual(JSON.parse(backing.getItem("studyguide:review:a")), cards.a);
  backing.setItem("studyguide:review:broken", "{not json");
  assert.equal(store.has("broken"), false);
  store.remove("a");
  assert.deepEqual(Object.keys(store.cards()), ["b", "c"]);
  assert.equal(backing.getItem("other"), "kept");
});

test("describeAdded says what an 'add all' did", () => {
  assert.equal(describeAdded(12, 12), "Added 12 questions to your review.");
  assert.equal(describeAdded(1, 4), "Added 1 question to your review (3 were in it already).");
  assert.equal(describeAdded(3, 4), "Added 3 questions to your review (1 was in it already).");
  assert.equal(describeAdded(0, 4), "All 4 questions are in your review already.");
});

test("exportReview and importReview round-trip cards; a damaged stored card is not exported", () => {
  const now = at("2026-03-02T14:00:00.000Z");
  const graded = grade(newCard(now), rating.good, now);
  const cards = { "two-sum": graded, "lru-cache": newCard(now), broken: { due: "x" } };
  const exported = exportReview(cards);
  assert.deepEqual(Object.keys(exported), ["lru-cache", "two-sum"]);
  assert.deepEqual(importReview(JSON.parse(JSON.stringify(exported))), exported);
  assert.deepEqual(exported["two-sum"], graded);
});

test("importReview refuses anything that is not a card", () => {
  const good = newCard(at("2026-03-02T14:00:00.000Z"));
  const cases = [
    [[], /"review" must be an object/],
    [{ "Two Sum": good }, /"Two Sum" in "review" is not a question id/],
    [{ a: { ...good, state: "lost" } }, /"state" must be one of/],
    [{ a: { ...good, due: "tomorrow" } }, /"due" must be a date/],
    [{ a: { ...good, reps: 1.5 } }, /"reps" must be a whole number/],
    [{ a: { ...good, stability: -1 } }, /"stability" must be a number, 0 or more/],
    [{ a: { ...good, extra: 1 } }, /unexpected field "extra"/],
    [{ a: Object.fromEntries(Object.entries(good).filter(([name]) => name !== "last")) }, /no field "last"/],
  ];
  for (const [data, reason] of cases) assert.throws(() => importReview(data), reason, JSON.stringify(data).slice(0, 80));
});
