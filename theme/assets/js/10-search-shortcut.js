(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // "/" focuses the search box, as on most documentation sites: every page has one (the header's,
  // or on the search page its own).
  function setUpSearchShortcut() {
    var input = document.querySelector("input[type=search]");
    if (!input) return;
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  StudyGuide.onReady(setUpSearchShortcut);
})();
