// Mock rounds: the candidates and the draw, the round's address, the clock (pause, switching
// questions, a reload, the time limit), the finished round and its part of a progress export.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  candidates, draw, finish, formatClock, formatDuration, parseRoundQuery, passedCount, pause, recordResult,
  remaining, resume, roundQuery, sameRound, show, spentTimes, startRound,
} from "../assets/js/mock-round.js";
import { mockStore } from "../assets/js/mock-store.js";
import { safeStorage } from "../assets/js/storage.js";
import { exportMock, importMock } from "../assets/js/study-transfer.js";
import { memoryStorage } from "./memory-storage.js";

const pool = [
  { id: "two-sum", kind: "coding", difficulty: "easy", topics: ["arrays", "hash-map"] },
  { id: "lru-cache", kind: "coding", difficulty: "medium", topics: ["hash-map", "linked-list"] },
  { id: "merge-intervals", kind: "coding", difficulty: "medium", topics: ["arrays", "sorting"] },
  { id: "goroutines", kind: "concept", difficulty: "easy", topics: ["concurrency"] },
];
const minute = 60000;
const t0 = Date.parse("2026-03-02T14:00:00.000Z");

test("candidates: the round's bank kind and the filters", () => {
  assert.deepEqual(candidates(pool, "coding", "", "").map((q) => q.id), ["two-sum", "lru-cache", "merge-intervals"]);
  assert.deepEqual(candidates(pool, "coding", "medium", "arrays").map((q) => q.id), ["merge-intervals"]);
  assert.deepEqual(candidates(pool, "concepts", "", "").map((q) => q.id), ["goroutines"]);
  assert.deepEqual(candidates(pool, "coding", "hard", ""), []);
  assert.deepEqual(candidates(pool, "coding", "", "hash").map((q) => q.id), [], "whole topics only");
});

test("draw prefers questions not solved, at random within each group", () => {
  const coding = candidates(pool, "coding", "", "");
  const solved = new Set(["two-sum", "merge-intervals"]);
  for (const r of [0, 0.5, 0.99]) {
    const ids = draw(coding, 2, (id) => solved.has(id), () => r);
    assert.equal(ids[0], "lru-cache", "the one not solved comes first");
    assert.ok(solved.has(ids[1]));
  }
  assert.notDeepEqual(draw(coding, 3, () => false, () => 0), draw(coding, 3, () => false, () => 0.99), "the random source decides the order");
  assert.deepEqual(draw(coding, 5, () => false, () => 0).length, 3, "no more than there are");
});

test("the round's address names its kind and questions; a bad one is refused with a reason", () => {
  const known = (id, kind) => candidates(pool, kind, "", "").some((q) => q.id === id);
  assert.equal(roundQuery("coding", ["two-sum", "lru-cache"]), "?round=coding&ids=two-sum,lru-cache");
  assert.deepEqual(parseRoundQuery("?round=coding&ids=two-sum,lru-cache", known), { kind: "coding", ids: ["two-sum", "lru-cache"] });
  assert.equal(parseRoundQuery("", known), null);
  assert.equal(parseRoundQuery("?result=x", known), null);
  assert.match(parseRoundQuery("?round=chess&ids=two-sum", known).error, /no kind of round/);
  assert.match(parseRoundQuery("?round=toString&ids=two-sum", known).error, /no kind of round/);
  assert.match(parseRoundQuery("?round=coding&ids=", known).error, /not valid/);
  assert.match(parseRoundQuery("?round=coding&ids=two-sum,two-sum", known).error, /not valid/);
  assert.match(parseRoundQuery("?round=coding&ids=Two%20Sum", known).error, /not valid/);
  assert.match(parseRoundQuery("?round=coding&ids=goroutines", known).error, /no problem “goroutines”/);
});

test("the clock counts the question shown, stops while paused and keeps running across a reload", () => {
  let state = startRound("coding", ["two-sum", "lru-cache"], ["Two Sum", "LRU Cache"], t0);
  assert.equal(remaining(state, t0), 45 * minute);
  state = show(state, 1, t0 + 10 * minute);
  state = pause(state, t0 + 15 * minute);
  assert.equal(remaining(state, t0 + 25 * minute), 30 * minute, "paused: the clock stands");
  state = resume(state, t0 + 25 * minute);
  // A reload is the same state read back from storage.
  state = JSON.parse(JSON.stringify(state));
  state = show(state, 0, t0 + 27 * minute);
  assert.deepEqual(spentTimes(state, t0 + 30 * minute), [13 * minute, 7 * minute]);
  assert.equal(remaining(state, t0 + 30 * minute), 25 * minute);
  assert.equal(sameRound(state, "coding", ["two-sum", "lru-cache"]), true);
  assert.equal(sameRound(state, "coding", ["lru-cache", "two-sum"]), false);
  assert.equal(sameRound(null, "coding", ["two-sum"]), false);
});

test("time past the limit counts for nothing", () => {
  const state = show(startRound("coding", ["a", "b"], ["A", "B"], t0), 1, t0 + 40 * minute);
  assert.equal(remaining(state, t0 + 50 * minute), 0);
  assert.deepEqual(spentTimes(state, t0 + 50 * minute), [40 * minute, 5 * minute]);
});

test("a finished round: time and last result per question", () => {
  let state = startRound("coding", ["two-sum", "lru-cache"], ["Two Sum", "LRU Cache"], t0);
  state = recordResult(state, 0, { passed: false, status: "Build failed" });
  state = recordResult(state, 0, { passed: true, status: "Program exited with status 0" });
  state = show(state, 1, t0 + 12 * minute + 30000);
  const record = finish(state, t0 + 20 * minute);
  assert.deepEqual(record, {
    kind: "coding", started: "2026-03-02T14:00:00.000Z", ended: "2026-03-02T14:20:00.000Z", minutes: 45,
    problems: [
      { id: "two-sum", title: "Two Sum", seconds: 750, outcome: "passed", status: "Program exited with status 0" },
      { id: "lru-cache", title: "LRU Cache", seconds: 450, outcome: "none", status: "" },
    ],
    selfReview: [],
  });
  assert.equal(passedCount(record), 1);
  assert.deepEqual(importMock(JSON.parse(JSON.stringify(exportMock([record])))), [record]);
});

test("clock and duration texts", () => {
  assert.equal(formatClock(45 * minute), "45:00");
  assert.equal(formatClock(45 * minute - 1), "45:00", "a started second still shows");
  assert.equal(formatClock(59999), "1:00");
  assert.equal(formatClock(0), "0:00");
  assert.equal(formatClock(-5), "0:00");
  assert.equal(formatClock(62 * minute + 3000), "1:02:03");
  assert.equal(formatDuration(750), "12 min 30 s");
  assert.equal(formatDuration(600), "10 min");
  assert.equal(formatDuration(45), "45 s");
});

test("the store keeps the history and the round being run", () => {
  const backing = memoryStorage();
  const store = mockStore(safeStorage(() => backing));
  assert.deepEqual(store.history(), []);
  assert.equal(store.current(), null);
  const state = startRound("concepts", ["goroutines"], ["Goroutines"], t0);
  store.setCurrent(state);
  assert.deepEqual(store.current(), state);
  store.setHistory([finish(state, t0 + minute)]);
  assert.equal(store.history().length, 1);
  store.setCurrent(null);
  assert.deepEqual(Object.keys(backing.dump()), ["studyguide:mock:history"]);
  backing.setItem("studyguide:mock:history", "{oops");
  assert.deepEqual(store.history(), []);
});

test("importMock refuses anything that is not a list of rounds", () => {
  const round = finish(startRound("coding", ["two-sum"], ["Two Sum"], t0), t0 + minute);
  const problem = round.problems[0];
  const cases = [
    [{}, /"mock" must be a list/],
    [[{ ...round, kind: "chess" }], /Mock round 1: "kind" must be one of/],
    [[{ ...round, problems: [] }], /1 to 10 problems/],
    [[{ ...round, problems: [{ ...problem, id: "<b>" }] }], /problem 1: "<b>" is not a question id/],
    [[{ ...round, problems: [{ ...problem, seconds: -1 }] }], /"seconds" must be a whole number/],
    [[{ ...round, problems: [{ ...problem, title: "x".repeat(301) }] }], /"title" must be a text of at most 300/],
    [[{ ...round, selfReview: ["Not an id"] }], /is not a checklist item id/],
    [[{ ...round, started: "yesterday" }], /"started" must be a date/],
    [[round, { ...round, extra: true }], /Mock round 2 has an unexpected field "extra"/],
  ];
  for (const [data, reason] of cases) assert.throws(() => importMock(data), reason, JSON.stringify(data).slice(0, 80));
});
