import { setUpToggle } from "./dom.js";
import { reviewStore } from "./review-store.js";

// "Add to review" on question pages (a toggle, like "Mark as solved") and "Add all … to review"
// on bank pages and /review/ (a button listing the ids it adds). A change is announced to the page
// with a "studyguide:review-changed" event on document, which /review/ listens to.
export const changedEvent = "studyguide:review-changed";

// "Added 12 questions to your review." / "… (3 were in it already)." / "All 4 questions are in your review already."
export function describeAdded(added, listed) {
  const already = listed - added;
  if (added === 0) return listed === 1 ? "This question is in your review already." : "All " + listed + " questions are in your review already.";
  const text = "Added " + added + (added === 1 ? " question" : " questions") + " to your review";
  return text + (already > 0 ? " (" + already + (already === 1 ? " was" : " were") + " in it already)." : ".");
}

function changed() {
  document.dispatchEvent(new CustomEvent(changedEvent));
}

function setUpToggles(review) {
  document.querySelectorAll("[data-review-toggle]").forEach((holder) => {
    const id = holder.getAttribute("data-review-toggle");
    setUpToggle(holder, () => review.has(id), () => {
      if (!review.has(id)) {
        review.add([id]);
      } else {
        if (review.get(id).reps > 0 && !window.confirm("Take this question out of your review? Its schedule is lost.")) return;
        review.remove(id);
      }
      changed();
    });
  });
}

function setUpAddAll(review) {
  document.querySelectorAll("[data-review-add]").forEach((holder) => {
    const ids = holder.getAttribute("data-review-add").split(" ").filter(Boolean);
    const status = holder.querySelector("[data-review-add-status]");
    holder.querySelector("button").addEventListener("click", () => {
      const added = review.add(ids);
      status.textContent = describeAdded(added.length, ids.length);
      if (added.length > 0) changed();
    });
    holder.hidden = false;
  });
}

export function setUpReviewToggles(storage) {
  const review = reviewStore(storage);
  setUpToggles(review);
  setUpAddAll(review);
}
