import { fsrs, Rating } from "ts-fsrs";
import { cardStates } from "./study-transfer.js";

// Scheduling of review cards with FSRS (ts-fsrs, pinned in package.json; only /review/'s bundle
// has it). The parameters are fixed here rather than taken from the library's defaults, and fuzz
// is off, so the same grades at the same times always give the same due dates (and tests can say
// which). Cards are the plain records of review-store.js / study-transfer.js.
export const parameters = Object.freeze({
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ["1m", "10m"],
  relearning_steps: ["10m"],
  // FSRS-6's default weights, as ts-fsrs 5.4.2 ships them.
  w: [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
});

const scheduler = fsrs(parameters);

// The four grades (their keys on /review/ are in review-keys.js).
export const grades = [
  { rating: Rating.Again, name: "again", label: "Again" },
  { rating: Rating.Hard, name: "hard", label: "Hard" },
  { rating: Rating.Good, name: "good", label: "Good" },
  { rating: Rating.Easy, name: "easy", label: "Easy" },
];

function toFsrs(card) {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0, // recomputed by ts-fsrs from last_review
    scheduled_days: card.days,
    learning_steps: card.step,
    reps: card.reps,
    lapses: card.lapses,
    state: cardStates.indexOf(card.state),
    last_review: card.last === null ? undefined : new Date(card.last),
  };
}

function fromFsrs(next, added) {
  return {
    added,
    due: next.due.toISOString(),
    state: cardStates[next.state],
    stability: next.stability,
    difficulty: next.difficulty,
    reps: next.reps,
    lapses: next.lapses,
    step: next.learning_steps,
    days: next.scheduled_days,
    last: next.last_review ? next.last_review.toISOString() : null,
  };
}

// The card after grading it `rating` (a Rating, 1–4) at `now`.
export function grade(card, rating, now) {
  return fromFsrs(scheduler.next(toFsrs(card), now, rating).card, card.added);
}

// What each grade would do: { again: card, hard: card, good: card, easy: card }.
export function preview(card, now) {
  const outcomes = scheduler.repeat(toFsrs(card), now);
  const result = {};
  grades.forEach((g) => { result[g.name] = fromFsrs(outcomes[g.rating].card, card.added); });
  return result;
}

// The local midnight that ends `now`'s day: "due today" means due before it.
export function endOfDay(now) {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

function byDue(cards) {
  return (a, b) => Date.parse(cards[a].due) - Date.parse(cards[b].due) || Date.parse(cards[a].added) - Date.parse(cards[b].added) || (a < b ? -1 : a > b ? 1 : 0);
}

// Today's session: the ids of the cards due before local midnight, the one due first first. A card
// graded Again or Hard is due again in minutes (its learning steps), so it comes back in the same
// session; when it is the only one left it comes up early, as nothing else is waiting.
export function session(cards, now) {
  const end = endOfDay(now).getTime();
  return Object.keys(cards).filter((id) => Date.parse(cards[id].due) < end).sort(byDue(cards));
}

// The numbers /review/ shows: cards due today, new cards (never graded), cards in review (graded at
// least once), and when the next card is due that is not due yet (null when none is).
export function counts(cards, now) {
  const ids = Object.keys(cards);
  const later = ids.filter((id) => Date.parse(cards[id].due) > now.getTime()).sort(byDue(cards));
  return {
    due: session(cards, now).length,
    fresh: ids.filter((id) => cards[id].state === "new").length,
    reviewed: ids.filter((id) => cards[id].state !== "new").length,
    total: ids.length,
    next: later.length > 0 ? new Date(cards[later[0]].due) : null,
  };
}

// "now", "1 min", "10 min", "3 h", "1 day", "12 days", "4 months", "1.5 years": how long until `due`.
export function describeWait(due, now) {
  const minutes = Math.round((due.getTime() - now.getTime()) / 60000);
  if (minutes < 1) return "now";
  if (minutes < 60) return minutes + " min";
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours + " h";
  const days = Math.round(minutes / 1440);
  if (days < 31) return days === 1 ? "1 day" : days + " days";
  const months = Math.round(days / 30.4);
  if (months < 12) return months === 1 ? "1 month" : months + " months";
  const years = Math.round(days / 36.5) / 10;
  return years === 1 ? "1 year" : years + " years";
}
