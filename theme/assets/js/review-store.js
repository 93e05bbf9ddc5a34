import { isSlug } from "./text.js";

// The reader's review cards (spaced repetition), in localStorage next to the other progress:
//   studyguide:review:<question id>  one card as JSON (see study-transfer.js for its fields)
// A card is added as "new", due at once; /review/ (review-page.js, with the FSRS scheduler) grades
// it and writes the next due date back. This module needs no scheduler, so "Add to review" on
// question and bank pages stays in the main bundle without it.
export const reviewPrefix = "studyguide:review:";

// A card nobody has graded yet: due when it was added.
export function newCard(added) {
  const at = added.toISOString();
  return { added: at, due: at, state: "new", stability: 0, difficulty: 0, reps: 0, lapses: 0, step: 0, days: 0, last: null };
}

// [key, value] pairs to store `cards` ({ id: card }).
export function reviewEntries(cards) {
  return Object.keys(cards).sort().map((id) => [reviewPrefix + id, JSON.stringify(cards[id])]);
}

export function reviewStore(storage, now = () => new Date()) {
  function read(id) {
    const text = storage.get(reviewPrefix + id);
    if (text === null) return null;
    try {
      const card = JSON.parse(text);
      return card !== null && typeof card === "object" && typeof card.due === "string" ? card : null;
    } catch {
      return null;
    }
  }

  return {
    has(id) { return read(id) !== null; },
    get: read,
    // Every card, by question id (unreadable entries are left out).
    cards() {
      const cards = {};
      storage.keys(reviewPrefix).forEach((key) => {
        const id = key.slice(reviewPrefix.length);
        const card = isSlug(id) ? read(id) : null;
        if (card) cards[id] = card;
      });
      return cards;
    },
    set(id, card) { return storage.set(reviewPrefix + id, JSON.stringify(card)); },
    remove(id) { storage.remove(reviewPrefix + id); },
    // Adds the ids not in review yet, in order: each one a millisecond after the one before, the
    // last one now, so cards added together are all due at once and come up in the order they
    // were listed. Returns the ids added.
    add(ids) {
      const end = now().getTime();
      const added = ids.filter((id, i) => isSlug(id) && ids.indexOf(id) === i && !this.has(id));
      added.forEach((id, i) => this.set(id, newCard(new Date(end - (added.length - 1 - i)))));
      return added;
    },
  };
}
