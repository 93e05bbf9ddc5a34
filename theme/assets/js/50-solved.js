(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // "Mark as solved" on question pages: a toggle button whose state is saved per question id.
  function setUpToggles() {
    document.querySelectorAll("[data-solved-toggle]").forEach(function (holder) {
      var id = holder.getAttribute("data-solved-toggle");
      var button = holder.querySelector("button");
      function show() { button.setAttribute("aria-pressed", String(StudyGuide.progress.isSolved(id))); }
      button.addEventListener("click", function () {
        StudyGuide.progress.setSolved(id, button.getAttribute("aria-pressed") !== "true");
        show();
      });
      show();
      holder.hidden = false;
    });
  }

  // Question tables: a "Solved" mark on solved rows; summaries count the solved rows of the
  // page per filter ("difficulty:easy", "bank:coding", or "" for all).
  function markTables() {
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.question-table tbody tr[data-id]"));
    rows.forEach(function (row) {
      if (!StudyGuide.progress.isSolved(row.getAttribute("data-id"))) return;
      row.setAttribute("data-solved", "");
      row.cells[0].appendChild(StudyGuide.element("span", "solved-mark", "Solved"));
    });
    document.querySelectorAll("[data-solved-summary]").forEach(function (summary) {
      summary.querySelectorAll("[data-solved-filter]").forEach(function (line) {
        var filter = line.getAttribute("data-solved-filter").split(":");
        var solved = {};
        rows.forEach(function (row) {
          var matches = filter.length < 2 || row.getAttribute("data-" + filter[0]) === filter[1];
          if (matches && row.hasAttribute("data-solved")) solved[row.getAttribute("data-id")] = true;
        });
        line.querySelector("output").textContent = String(Object.keys(solved).length);
      });
      summary.hidden = false;
    });
  }

  StudyGuide.onReady(function () {
    setUpToggles();
    markTables();
  });
})();
