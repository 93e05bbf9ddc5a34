import { isSlug } from "./text.js";

// Mock rounds, as pure functions of plain data: which rounds there are, drawing the questions, the
// round's URL, and the clock. The running round (stored by mock-store.js, so it survives a reload) is
//   { kind, ids, titles, started: date, limit: ms, active: index, spent: [ms per question],
//     since: ms timestamp the clock runs from, or null while paused, results: [result or null], drafts: { id: text } }
// Time is counted for the question shown while the clock runs; a reload does not stop it (an
// interview does not stop either), Pause does.
export const rounds = {
  coding: { kind: "coding", bank: "coding", minutes: 45, count: 2, label: "Coding round", noun: "problem" },
  concepts: { kind: "concepts", bank: "concept", minutes: 20, count: 5, label: "Concepts round", noun: "question" },
};

// The questions of `pool` ([{ id, kind, difficulty, topics: [slug] }]) a round of `kind` can draw,
// with the reader's filters ("" for any).
export function candidates(pool, kind, difficulty, topic) {
  return pool.filter((q) => q.kind === rounds[kind].bank &&
    (!difficulty || q.difficulty === difficulty) && (!topic || q.topics.includes(topic)));
}

// Draws `count` ids from `candidates`, the ones not solved first, each group in random order
// (`random` like Math.random, so tests can fix it).
export function draw(candidates, count, isSolved, random = Math.random) {
  const shuffled = (list) => {
    const copy = list.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  const ids = candidates.map((q) => q.id);
  return shuffled(ids.filter((id) => !isSolved(id))).concat(shuffled(ids.filter((id) => isSolved(id)))).slice(0, count);
}

// The round's address on /mock/: what a shared link opens.
export function roundQuery(kind, ids) {
  return "?round=" + encodeURIComponent(kind) + "&ids=" + ids.map(encodeURIComponent).join(",");
}

// The round a /mock/ address asks for: { kind, ids }, { error } when it names a round that cannot be
// run here, or null when it names none. `known(id, kind)` says whether the guide has that question for that round.
export function parseRoundQuery(search, known) {
  const params = new URLSearchParams(search);
  if (!params.has("round") && !params.has("ids")) return null;
  const kind = params.get("round");
  if (!Object.prototype.hasOwnProperty.call(rounds, kind)) return { error: "This link names no kind of round this guide has." };
  const ids = (params.get("ids") || "").split(",").filter(Boolean);
  if (ids.length === 0 || ids.length > 10 || new Set(ids).size !== ids.length || !ids.every(isSlug)) {
    return { error: "This link's list of questions is not valid." };
  }
  const unknown = ids.filter((id) => !known(id, kind));
  if (unknown.length > 0) return { error: "This guide has no " + rounds[kind].noun + " “" + unknown[0] + "” for this round." };
  return { kind, ids };
}

export function startRound(kind, ids, titles, now) {
  return {
    kind, ids, titles,
    started: new Date(now).toISOString(),
    limit: rounds[kind].minutes * 60000,
    active: 0,
    spent: ids.map(() => 0),
    since: now,
    results: ids.map(() => null),
    drafts: {},
  };
}

export function sameRound(state, kind, ids) {
  return state !== null && state.kind === kind && state.ids.join(",") === ids.join(",");
}

// Time spent so far, in ms: the time per question, and in all (never past the limit).
export function spentTimes(state, now) {
  const spent = state.spent.slice();
  if (state.since !== null) spent[state.active] += Math.max(0, now - state.since);
  const over = spent.reduce((a, b) => a + b, 0) - state.limit;
  // Time past the limit was not spent on anything: take it off the question shown.
  if (over > 0) spent[state.active] = Math.max(0, spent[state.active] - over);
  return spent;
}

export function remaining(state, now) {
  return Math.max(0, state.limit - spentTimes(state, now).reduce((a, b) => a + b, 0));
}

// The clock's time so far booked to the question shown, so the next change starts from `now`.
function booked(state, now) {
  return { ...state, spent: spentTimes(state, now), since: state.since === null ? null : now };
}

export function pause(state, now) {
  return state.since === null ? state : { ...booked(state, now), since: null };
}

export function resume(state, now) {
  return state.since !== null ? state : { ...state, since: now };
}

export function show(state, index, now) {
  return index === state.active ? state : { ...booked(state, now), active: index };
}

// A question's latest result from Run or Check: { passed: true | false, status: "text" }.
export function recordResult(state, index, result) {
  const results = state.results.slice();
  results[index] = { passed: Boolean(result.passed), status: String(result.status).slice(0, 300) };
  return { ...state, results };
}

// The finished round, as the history keeps (and exports) it.
export function finish(state, now) {
  const spent = spentTimes(state, now);
  return {
    kind: state.kind,
    started: state.started,
    ended: new Date(now).toISOString(),
    minutes: Math.round(state.limit / 60000),
    problems: state.ids.map((id, i) => {
      const result = state.results[i];
      return {
        id,
        title: String(state.titles[i] || id).slice(0, 300),
        seconds: Math.round(spent[i] / 1000),
        outcome: result === null ? "none" : result.passed ? "passed" : "failed",
        status: result === null ? "" : result.status,
      };
    }),
    selfReview: [],
  };
}

// "44:59", "1:02:03", "0:00".
export function formatClock(ms) {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n) => String(n).padStart(2, "0");
  return h > 0 ? h + ":" + two(m) + ":" + two(s) : m + ":" + two(s);
}

// "12 min 5 s", "45 s", "0 s".
export function formatDuration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? m + " min" + (s > 0 ? " " + s + " s" : "") : s + " s";
}

// "1 of 2 passed": the questions whose last result passed.
export function passedCount(round) {
  return round.problems.filter((p) => p.outcome === "passed").length;
}
