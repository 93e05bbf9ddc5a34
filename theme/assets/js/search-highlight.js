import { element } from "./dom.js";
import { escapeRegExp, words } from "./text.js";

// A page opened from a search result (URL with ?highlight=word, added by Pagefind) marks the
// words that matched in its indexed content and scrolls to the first one, unless the link
// pointed at a section (#anchor), which the browser has already scrolled to.
const SKIP = "script, style, textarea, mark, [data-pagefind-ignore]";

// The words to mark for the ?highlight= values of a URL query, as one global pattern; null when
// there are none. One-letter words are left out, as the search box leaves them out. A word that
// starts with a term matches, as in Pagefind ("anagram" marks "anagrams").
export function highlightPattern(search) {
  const terms = words(new URLSearchParams(search).getAll("highlight").join(" ")).filter((t) => t.length > 1);
  if (terms.length === 0) return null;
  return new RegExp("(?<![\\p{L}\\p{N}])(?:" + terms.map(escapeRegExp).join("|") + ")[\\p{L}\\p{N}]*", "giu");
}

function textNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && node.parentElement.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

export function highlightTerms() {
  const pattern = highlightPattern(location.search);
  if (!pattern) return;
  let first = null;
  document.querySelectorAll("[data-pagefind-body]").forEach((root) => {
    textNodes(root).forEach((node) => {
      const text = node.nodeValue;
      pattern.lastIndex = 0;
      if (!pattern.test(text)) return;
      pattern.lastIndex = 0;
      const fragment = document.createDocumentFragment();
      let at = 0;
      for (const match of text.matchAll(pattern)) {
        fragment.appendChild(document.createTextNode(text.slice(at, match.index)));
        const mark = element("mark", "search-highlight", match[0]);
        fragment.appendChild(mark);
        if (!first) first = mark;
        at = match.index + match[0].length;
      }
      fragment.appendChild(document.createTextNode(text.slice(at)));
      node.parentNode.replaceChild(fragment, node);
    });
  });
  if (first && !location.hash) first.scrollIntoView({ block: "center" });
}
