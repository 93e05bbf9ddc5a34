(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // A page opened from a search result (URL with ?highlight=word, added by Pagefind) marks the
  // words that matched in its indexed content and scrolls to the first one, unless the link
  // pointed at a section (#anchor), which the browser has already scrolled to.
  var SKIP = "script, style, textarea, mark, [data-pagefind-ignore]";

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function highlightTerms() {
    // One-letter words are left out, as the search box leaves them out.
    var terms = StudyGuide.words(new URLSearchParams(location.search).getAll("highlight").join(" "))
      .filter(function (t) { return t.length > 1; });
    if (terms.length === 0) return;
    // A word that starts with a term matches, as in Pagefind ("anagram" marks "anagrams").
    var pattern = new RegExp("(?<![\\p{L}\\p{N}])(?:" + terms.map(escapeRegExp).join("|") + ")[\\p{L}\\p{N}]*", "giu");
    var first = null;
    document.querySelectorAll("[data-pagefind-body]").forEach(function (root) {
      var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: function (node) {
          return node.parentElement && node.parentElement.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        }
      });
      var nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      nodes.forEach(function (node) {
        var text = node.nodeValue;
        pattern.lastIndex = 0;
        if (!pattern.test(text)) return;
        pattern.lastIndex = 0;
        var fragment = document.createDocumentFragment();
        var at = 0;
        text.replace(pattern, function (match, offset) {
          fragment.appendChild(document.createTextNode(text.slice(at, offset)));
          var mark = StudyGuide.element("mark", "search-highlight", match);
          fragment.appendChild(mark);
          if (!first) first = mark;
          at = offset + match.length;
          return match;
        });
        fragment.appendChild(document.createTextNode(text.slice(at)));
        node.parentNode.replaceChild(fragment, node);
      });
    });
    if (first && !location.hash) first.scrollIntoView({ block: "center" });
  }

  StudyGuide.onReady(highlightTerms);
})();
