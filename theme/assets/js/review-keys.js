// The review card's single-key shortcuts (WCAG 2.1.4): review-page.js listens for them on the card
// only, so they act only while focus is in it, and never while the reader types in a field there.
export const gradeKeys = { 1: "again", 2: "hard", 3: "good", 4: "easy" };

// What a key press does in the card: "show" (Space on the card itself, answer hidden), a grade's name
// (1–4, answer shown) or null. `target` describes the focused element: { isCard, editable }. Space
// on a button of the card is left to the button.
export function cardKey(event, answerShown, target) {
  if (event.ctrlKey || event.metaKey || event.altKey || target.editable) return null;
  if (event.key === " " && !answerShown && target.isCard) return "show";
  return answerShown && Object.prototype.hasOwnProperty.call(gradeKeys, event.key) ? gradeKeys[event.key] : null;
}
