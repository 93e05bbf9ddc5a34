// Pure text functions. words() and editDistance() have C# twins in the generator
// (StudyGuide.Search.SearchWords, StudyGuide.Loading.EditDistance); the shared cases in
// theme/tests/vectors.json keep the two in step.

// Words as search sees them: runs of letters and digits (any script), lower-cased. Search, the
// generator's vocabulary of site terms and the highlighting of matched words on the target page
// must all split text the same way. Each character is lower-cased on its own, as the generator's
// C# does ("Σ" → "σ", never a final "ς"); "İ", whose lower case is two characters ("i" and a
// combining dot), stays as it is, as in .NET's invariant casing.
export function words(text) {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((word) => Array.from(word, lowerCase).join(""));
}

function lowerCase(character) {
  const lower = character.toLowerCase();
  return Array.from(lower).length === 1 ? lower : character;
}

// Edit distance with adjacent transpositions (optimal string alignment), counted in UTF-16 code
// units like the generator's "did you mean": "anagarm" is one slip from "anagram".
export function editDistance(a, b) {
  const d = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j - 1] + cost, d[i - 1][j] + 1, d[i][j - 1] + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export function sharedPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Ids as the generator writes them (StudyGuide.Content.Slug): lowercase ASCII words joined by
// single hyphens.
export const slugPattern = "[a-z0-9]+(?:-[a-z0-9]+)*";

export function isSlug(text) {
  return new RegExp("^" + slugPattern + "$").test(text);
}
