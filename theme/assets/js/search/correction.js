import { editDistance, sharedPrefix, words } from "../text.js";

// Typo correction: Pagefind only finds words as typed, so a query word that the results do not
// contain is replaced by the closest term of the site's vocabulary ("anagarm" → "anagram").

// Words shorter than this are too ambiguous to correct ("tre" is one edit from a dozen words);
// the generator leaves them out of the vocabulary for the same reason.
const MIN_CORRECTED = 3;

// The query with each unmatched word replaced by the closest site term (ties: the more frequent
// term; `terms` maps term → count), or null when no word changed.
export function correct(query, unmatched, terms) {
  let changed = false;
  const corrected = words(query).map((word) => {
    if (word.length < MIN_CORRECTED || !unmatched.includes(word)) return word;
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best = null;
    let bestDistance = limit + 1;
    Object.keys(terms).forEach((term) => {
      if (Math.abs(term.length - word.length) > limit) return;
      const distance = editDistance(word, term);
      if (distance < bestDistance || (distance === bestDistance && best !== null && terms[term] > terms[best])) {
        best = term;
        bestDistance = distance;
      }
    });
    if (best === null) return word;
    changed = true;
    return best;
  });
  return changed ? corrected.join(" ") : null;
}

// The typed words that the loaded results (Pagefind result data: content and the word positions
// that matched) do not contain, themselves or a form of them ("anagrams" for "anagram"). For a
// word it does not know, Pagefind searches its longest known prefix instead ("anagarm" finds
// every "an"), which helps while typing but means the word was not found.
export function unmatchedWords(query, shown) {
  // Split each result's text once, not once per query word.
  const matched = shown.map((data) => {
    const content = data.content.split(/\s+/);
    return data.locations.map((at) => words(content[at] || "").join(""));
  });
  return words(query).filter((word) => {
    const needed = Math.min(word.length, Math.max(4, Math.ceil(word.length * 0.6)));
    return !matched.some((hits) => hits.some((hit) => sharedPrefix(hit, word) >= needed));
  });
}
