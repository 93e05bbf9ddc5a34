// /mock/: mock rounds. Choose a round (coding: 45 minutes, two problems; concepts: 20 minutes, five
// questions) and filters, start, and the site draws the questions, preferring ones not marked as
// solved; the address then names them (?round=coding&ids=a,b), so a shared link opens the same
// round. Hints and solutions stay out of sight, a clock runs (it can be paused), and at the end the
// summary shows the results, the time per question, the solutions and, for coding rounds, the
// "during the coding interview" checklist as a self-review. Finished rounds stay in this browser's
// history (mock-store.js) and go into progress exports. Its own bundle (mock.js), loaded only here.
import { element, onReady } from "./dom.js";
import {
  candidates, draw, finish, formatClock, formatDuration, parseRoundQuery, passedCount, pause, recordResult,
  remaining, resume, roundQuery, rounds, sameRound, show, startRound,
} from "./mock-round.js";
import { mockStore } from "./mock-store.js";
import { mountPractice } from "./mock-practice.js";
import { progressStore } from "./progress-store.js";
import { fetchQuestion, questionParts } from "./question-page.js";
import { questionUrl, siteUrl } from "./routes.js";
import { safeStorage } from "./storage.js";

// Spoken once each, as the clock passes them.
const alerts = [{ at: 5 * 60000, text: "5 minutes left." }, { at: 60000, text: "1 minute left." }];

function setUpMock(root) {
  const mockPage = siteUrl("mock");
  const storage = safeStorage(() => window.localStorage);
  const store = mockStore(storage);
  const progress = progressStore(storage);
  const pool = Array.from(root.querySelectorAll("[data-mock-pool] li")).map((li) => ({
    id: li.getAttribute("data-id"),
    kind: li.getAttribute("data-kind"),
    difficulty: li.getAttribute("data-difficulty"),
    topics: li.getAttribute("data-topics").split(" ").filter(Boolean),
    title: li.textContent.trim(),
  }));
  const byId = new Map(pool.map((q) => [q.id, q]));
  const views = ["setup", "intro", "round", "summary"].map((name) => root.querySelector("[data-mock-" + name + "]"));
  const [setup, intro, roundView, summary] = views;
  const errorBox = root.querySelector("[data-mock-error]");
  let state = null;
  let ticker = null;
  let spoken = new Set();

  function showView(view) {
    views.forEach((v) => { v.hidden = v !== view; });
    errorBox.hidden = true;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function save() {
    if (!store.setCurrent(state)) showError("This browser did not let the guide save the round: a reload would lose it.");
  }

  // The setup form: the kind of round, the filters, how many questions match, and the history.
  function renderSetup() {
    showView(setup);
    const current = store.current();
    const resume = setup.querySelector("[data-mock-resume]");
    resume.hidden = current === null;
    if (current) resume.querySelector("a").href = mockPage + roundQuery(current.kind, current.ids);
    updateMatches();
    renderHistory();
  }

  function formChoice() {
    const form = setup.querySelector("form");
    const kind = form.querySelector("input[name=round]:checked").value;
    const found = candidates(pool, kind, form.elements.difficulty.value, form.elements.topic.value);
    return { kind, found };
  }

  function updateMatches() {
    const { kind, found } = formChoice();
    const round = rounds[kind];
    const fresh = found.filter((q) => !progress.isSolved(q.id)).length;
    const plural = (n) => n + " " + round.noun + (n === 1 ? "" : "s");
    setup.querySelector("[data-mock-matches]").textContent = found.length === 0
      ? "No " + round.noun + " matches these filters."
      : plural(found.length) + " match" + (found.length === 1 ? "es" : "") + " (" + fresh + " not marked as solved)" +
        (found.length < round.count ? "; the round will have " + plural(found.length) + "." : ".");
    setup.querySelector("button[type=submit]").disabled = found.length === 0;
  }

  function renderHistory() {
    const list = setup.querySelector("[data-history-list]");
    list.textContent = "";
    const history = store.history();
    history.slice().reverse().forEach((round) => {
      const item = document.createElement("li");
      const link = element("a", "", new Date(round.started).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) + ": " +
        (rounds[round.kind] ? rounds[round.kind].label : round.kind));
      link.href = mockPage + "?result=" + encodeURIComponent(round.started);
      item.appendChild(link);
      item.append(", " + passedCount(round) + " of " + round.problems.length + " passed, " + formatDuration(round.problems.reduce((a, p) => a + p.seconds, 0)));
      list.appendChild(item);
    });
    setup.querySelector("[data-history-empty]").hidden = history.length > 0;
  }

  function start(kind, ids) {
    const titles = ids.map((id) => byId.get(id).title);
    state = startRound(kind, ids, titles, Date.now());
    spoken = new Set();
    save();
    renderRound();
  }

  // A round named by the address but not running here: say what it is, start on request.
  function renderIntro(kind, ids) {
    showView(intro);
    const round = rounds[kind];
    intro.querySelector("[data-intro-title]").textContent = round.label;
    intro.querySelector("[data-intro-text]").textContent = ids.length + " " + round.noun + (ids.length === 1 ? "" : "s") + " in " + round.minutes +
      " minutes. Hints and solutions stay hidden until the end; the clock starts when you do.";
    intro.querySelector("[data-action=start]").onclick = () => {
      if (store.current() && !window.confirm("Start this round? The round in progress ends without being kept.")) return;
      start(kind, ids);
    };
  }

  // The running round: the clock, the questions, and a practice area per coding problem.
  function renderRound() {
    showView(roundView);
    const round = rounds[state.kind];
    roundView.querySelector("[data-round-title]").textContent = round.label;
    const tabs = roundView.querySelector("[data-tabs]");
    const panels = roundView.querySelector("[data-panels]");
    tabs.textContent = "";
    panels.textContent = "";
    state.ids.forEach((id, index) => {
      const noun = round.noun.charAt(0).toUpperCase() + round.noun.slice(1);
      const tab = element("button", "button button-quiet", noun + " " + (index + 1));
      tab.type = "button";
      tab.addEventListener("click", () => { state = show(state, index, Date.now()); save(); showActive(); });
      const item = document.createElement("li");
      item.appendChild(tab);
      tabs.appendChild(item);

      const panel = document.createElement("section");
      panel.className = "mock-problem";
      const heading = element("h3", "", noun + " " + (index + 1) + ": " + state.titles[index]);
      heading.id = "mock-problem-" + index;
      panel.setAttribute("aria-labelledby", heading.id);
      const prompt = element("div", "prose mock-prompt", "Loading…");
      panel.append(heading, prompt);
      panels.appendChild(panel);
      fetchQuestion(id).then((doc) => {
        const parts = questionParts(doc);
        prompt.textContent = "";
        prompt.appendChild(parts.prompt());
        if (state.kind === "coding") {
          const slot = document.createElement("div");
          panel.appendChild(slot);
          mountPractice(slot, doc, {
            id, index, title: state.titles[index], draft: state.drafts[id] || "",
            onDraft: (text) => { if (state) { state = { ...state, drafts: { ...state.drafts, [id]: text } }; save(); } },
            onResult: (result) => { if (state) { state = recordResult(state, index, result); save(); } },
          });
        }
      }, (error) => { prompt.textContent = error.message; });
    });
    showActive();
    clearInterval(ticker);
    ticker = setInterval(tick, 1000);
    tick();
  }

  function showActive() {
    roundView.querySelectorAll("[data-tabs] button").forEach((tab, i) => {
      if (i === state.active) tab.setAttribute("aria-current", "step");
      else tab.removeAttribute("aria-current");
    });
    roundView.querySelectorAll(".mock-problem").forEach((panel, i) => { panel.hidden = i !== state.active; });
    const paused = state.since === null;
    roundView.querySelector("[data-panels]").hidden = paused;
    roundView.querySelector("[data-paused-note]").hidden = !paused;
    const button = roundView.querySelector("[data-action=pause]");
    button.textContent = paused ? "Resume" : "Pause";
    tick();
  }

  function tick() {
    if (state === null) return;
    const now = Date.now();
    const left = remaining(state, now);
    roundView.querySelector("[data-timer]").textContent = formatClock(left) + (state.since === null ? " left, paused" : " left");
    alerts.forEach((alert) => {
      if (left <= alert.at && left > 0 && !spoken.has(alert.at)) {
        spoken.add(alert.at);
        if (alert.at < state.limit) roundView.querySelector("[data-timer-alert]").textContent = alert.text;
      }
    });
    if (left === 0) end(now, "Time is up.");
  }

  function end(now, reason) {
    clearInterval(ticker);
    const record = finish(state, now);
    state = null;
    const history = store.history().concat([record]);
    store.setHistory(history);
    store.setCurrent(null);
    window.history.replaceState(null, "", mockPage + "?result=" + encodeURIComponent(record.started));
    renderSummary(record, reason);
    summary.querySelector("h2").focus();
  }

  // The end: what passed, the time per question, the solutions, the self-review.
  function renderSummary(record, reason) {
    showView(summary);
    const round = rounds[record.kind];
    const total = record.problems.reduce((a, p) => a + p.seconds, 0);
    summary.querySelector("[data-summary-text]").textContent = (reason ? reason + " " : "") + round.label + " of " +
      new Date(record.started).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) + ": " +
      formatDuration(total) + " of " + record.minutes + " min used" +
      (record.kind === "coding" ? "; " + passedCount(record) + " of " + record.problems.length + " passed." : ".");
    const rows = summary.querySelector("[data-summary-rows]");
    rows.textContent = "";
    const solutions = summary.querySelector("[data-solutions]");
    solutions.textContent = "";
    record.problems.forEach((problem, index) => {
      const row = document.createElement("tr");
      row.setAttribute("data-id", problem.id);
      const title = document.createElement("th");
      title.scope = "row";
      const link = element("a", "", problem.title);
      link.href = questionUrl(problem.id);
      title.appendChild(link);
      const result = record.kind === "coding"
        ? (problem.outcome === "none" ? "Not run" : (problem.outcome === "passed" ? "Passed" : "Failed") + ": " + problem.status)
        : "Compare with the answer below";
      row.append(title, element("td", "mock-time", formatDuration(problem.seconds)), element("td", "mock-outcome mock-" + problem.outcome, result));
      rows.appendChild(row);

      const section = document.createElement("section");
      section.className = "mock-solution";
      const heading = element("h3", "", (record.kind === "coding" ? "Solution: " : "Answer: ") + problem.title);
      heading.id = "mock-solution-" + index;
      section.setAttribute("aria-labelledby", heading.id);
      const body = element("div", "prose", "Loading…");
      section.append(heading, body);
      solutions.appendChild(section);
      fetchQuestion(problem.id).then((doc) => {
        const parts = questionParts(doc);
        body.textContent = "";
        body.appendChild(parts.answer());
        if (parts.code) body.appendChild(parts.code());
      }, (error) => { body.textContent = error.message; });
    });
    const selfReview = summary.querySelector("[data-self-review]");
    if (selfReview) {
      selfReview.hidden = record.kind !== "coding";
      selfReview.querySelectorAll("input[type=checkbox]").forEach((box) => {
        box.checked = record.selfReview.includes(box.value);
        box.onchange = () => {
          const history = store.history();
          const kept = history.find((r) => r.started === record.started);
          if (!kept) return;
          kept.selfReview = Array.from(selfReview.querySelectorAll("input:checked")).map((b) => b.value);
          store.setHistory(history);
        };
      });
    }
  }

  setup.querySelector("form").addEventListener("change", updateMatches);
  setup.querySelector("form").addEventListener("submit", (event) => {
    event.preventDefault();
    const { kind, found } = formChoice();
    const ids = draw(found, rounds[kind].count, (id) => progress.isSolved(id));
    if (ids.length === 0) return;
    if (store.current() && !window.confirm("Start a new round? The round in progress ends without being kept.")) return;
    window.history.pushState(null, "", mockPage + roundQuery(kind, ids));
    start(kind, ids);
  });
  roundView.querySelector("[data-action=pause]").addEventListener("click", () => {
    const now = Date.now();
    state = state.since === null ? resume(state, now) : pause(state, now);
    save();
    showActive();
  });
  roundView.querySelector("[data-action=end]").addEventListener("click", () => {
    if (window.confirm("End the round now? The solutions open and the round goes into your history.")) end(Date.now(), "");
  });

  // What the address asks for.
  function route() {
    clearInterval(ticker);
    state = null;
    const params = new URLSearchParams(window.location.search);
    if (params.has("result")) {
      const record = store.history().find((r) => r.started === params.get("result"));
      if (record) renderSummary(record, "");
      else { renderSetup(); showError("That round is not in this browser's history."); }
      return;
    }
    const asked = parseRoundQuery(window.location.search, (id, kind) => byId.has(id) && byId.get(id).kind === rounds[kind].bank);
    if (asked === null) {
      renderSetup();
    } else if (asked.error) {
      renderSetup();
      showError(asked.error);
    } else if (sameRound(store.current(), asked.kind, asked.ids)) {
      state = store.current();
      if (remaining(state, Date.now()) === 0) end(Date.now(), "Time was up.");
      else renderRound();
    } else {
      renderIntro(asked.kind, asked.ids);
    }
  }
  window.addEventListener("popstate", route);
  route();
  root.hidden = false;
}

onReady(() => {
  const root = document.querySelector("[data-mock]");
  if (root) setUpMock(root);
});
