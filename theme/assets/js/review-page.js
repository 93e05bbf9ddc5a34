// /review/: the reader's review cards due today, one at a time: the prompt, the answer on demand,
// then a grade (Again, Hard, Good, Easy) that schedules the card's next review with FSRS
// (review-schedule.js). Its own bundle (review.js), loaded only on /review/, after the main one.
//
// Keyboard: Space shows the answer and 1–4 grade it, only while focus is in the card (WCAG 2.1.4:
// single-key shortcuts must not fire while the reader types or works elsewhere on the page).
import { onReady } from "./dom.js";
import { fetchQuestion, QuestionNotFound, questionParts } from "./question-page.js";
import { questionUrl } from "./routes.js";
import { reviewStore } from "./review-store.js";
import { changedEvent } from "./review-toggles.js";
import { cardKey } from "./review-keys.js";
import { counts, describeWait, grade, grades, preview, session } from "./review-schedule.js";
import { safeStorage } from "./storage.js";

function formatDate(date, now) {
  const sameDay = date.toDateString() === now.toDateString();
  const time = date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  if (sameDay) return "today at " + time;
  return date.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric" }) + ", " + time;
}

function setUpReview(root) {
  const store = reviewStore(safeStorage(() => window.localStorage));
  const card = root.querySelector("[data-review-card]");
  const status = root.querySelector("[data-review-status]");
  const empty = root.querySelector("[data-review-empty]");
  const part = (name) => card.querySelector("[data-card-" + name + "]");
  const showButton = card.querySelector("[data-action=show]");
  const answer = part("answer");
  let current = null; // the id shown
  let loaded = 0; // which load is the latest, so a slow one cannot overwrite a newer card

  function showCounts() {
    const now = new Date();
    const c = counts(store.cards(), now);
    ["due", "fresh", "reviewed"].forEach((name) => { root.querySelector("[data-count=" + name + "]").textContent = String(c[name]); });
    const next = root.querySelector("[data-count=next]");
    next.textContent = "";
    if (c.next) {
      const time = document.createElement("time");
      time.dateTime = c.next.toISOString();
      time.textContent = formatDate(c.next, now);
      next.appendChild(time);
    } else {
      next.textContent = "—";
    }
    return c;
  }

  function focusCardIfInside(wasInside) {
    if (wasInside) card.focus();
  }

  function showAnswer() {
    if (current === null || !answer.hidden) return;
    const wasInside = card.contains(document.activeElement);
    const outcomes = preview(store.get(current), new Date());
    const now = new Date();
    grades.forEach((g) => { card.querySelector("[data-grade=" + g.name + "] [data-wait]").textContent = describeWait(new Date(outcomes[g.name].due), now); });
    answer.hidden = false;
    showButton.hidden = true;
    focusCardIfInside(wasInside);
  }

  function load(id) {
    const mine = ++loaded;
    const link = part("link");
    link.textContent = "Loading…";
    link.href = questionUrl(id);
    part("bank").textContent = "";
    part("prompt").textContent = "";
    part("answer-body").textContent = "";
    part("problem").hidden = true;
    showButton.hidden = false;
    showButton.disabled = true;
    answer.hidden = true;
    fetchQuestion(id).then((doc) => {
      if (mine !== loaded) return;
      const parts = questionParts(doc);
      link.textContent = parts.title;
      part("bank").textContent = parts.bank;
      part("prompt").appendChild(parts.prompt());
      part("answer-body").appendChild(parts.answer());
      if (parts.code) part("answer-body").appendChild(parts.code());
      showButton.disabled = false;
    }, (error) => {
      if (mine !== loaded) return;
      link.textContent = "Question " + id;
      part("problem").hidden = false;
      part("problem-text").textContent = error.message;
      part("problem").querySelector("[data-action=remove]").hidden = !(error instanceof QuestionNotFound);
    });
  }

  // Shows the first card of today's session, or says there is none.
  function next() {
    const c = showCounts();
    const ids = session(store.cards(), new Date());
    card.hidden = ids.length === 0;
    empty.hidden = ids.length > 0;
    empty.querySelector("[data-empty-text]").textContent = c.total === 0
      ? "Your review is empty. Add questions with “Add to review” on their pages, or a whole bank below."
      : "Nothing left to review today." + (c.next ? " The next card is due " + formatDate(c.next, new Date()) + "." : "");
    if (ids.length === 0) {
      current = null;
      return;
    }
    if (ids[0] !== current) {
      current = ids[0];
      load(current);
    }
  }

  function gradeCard(name) {
    if (current === null || answer.hidden) return;
    const wasInside = card.contains(document.activeElement);
    const chosen = grades.find((g) => g.name === name);
    const now = new Date();
    const graded = grade(store.get(current), chosen.rating, now);
    if (!store.set(current, graded)) {
      status.textContent = "This browser did not let the guide save the grade. Nothing was changed.";
      return;
    }
    status.textContent = chosen.label + ": next review in " + describeWait(new Date(graded.due), now) + ".";
    current = null;
    next();
    focusCardIfInside(wasInside);
  }

  showButton.addEventListener("click", showAnswer);
  grades.forEach((g) => card.querySelector("[data-grade=" + g.name + "]").addEventListener("click", () => gradeCard(g.name)));
  part("problem").querySelector("[data-action=retry]").addEventListener("click", () => load(current));
  part("problem").querySelector("[data-action=remove]").addEventListener("click", () => {
    store.remove(current);
    status.textContent = "Removed it from your review.";
    current = null;
    next();
  });
  card.addEventListener("keydown", (event) => {
    const el = event.target;
    const action = cardKey(event, !answer.hidden, {
      isCard: el === card,
      editable: el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.nodeName),
    });
    if (action === null) return;
    event.preventDefault();
    if (action === "show") showAnswer();
    else gradeCard(action);
  });
  document.addEventListener(changedEvent, () => { if (current === null) next(); else showCounts(); });
  // Another tab graded or added cards: show what is stored now.
  window.addEventListener("storage", () => { current = null; next(); });

  next();
  root.hidden = false;
}

onReady(() => {
  const root = document.querySelector("[data-review]");
  if (root) setUpReview(root);
});
