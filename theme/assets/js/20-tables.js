(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // Column headings with data-sort become buttons that sort the table's rows.
  function setUpSortableTables() {
    document.querySelectorAll("table[data-sortable]").forEach(function (table) {
      var headers = table.querySelectorAll("th[data-sort]");
      headers.forEach(function (th) {
        var index = Array.prototype.indexOf.call(th.parentNode.children, th);
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = th.textContent;
        th.textContent = "";
        th.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var numeric = th.getAttribute("data-sort") === "number";
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[index].getAttribute("data-value") || "";
            var y = b.cells[index].getAttribute("data-value") || "";
            var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  }

  // Filter forms narrow a table by difficulty and topic; state is kept in the URL query.
  function setUpTableFilters() {
    document.querySelectorAll("form[data-filter-for]").forEach(function (form) {
      var container = document.getElementById(form.getAttribute("data-filter-for"));
      if (!container) return;
      var rows = container.querySelectorAll("tbody tr");
      var count = form.querySelector(".filter-count");
      var params = new URLSearchParams(location.search);
      ["difficulty", "topic"].forEach(function (name) {
        if (params.get(name)) form.elements[name].value = params.get(name);
      });
      function apply() {
        var difficulty = form.elements.difficulty.value;
        var topic = form.elements.topic.value;
        var shown = 0;
        rows.forEach(function (row) {
          var topics = (row.getAttribute("data-topics") || "").split(" ");
          var visible = (!difficulty || row.getAttribute("data-difficulty") === difficulty) && (!topic || topics.indexOf(topic) >= 0);
          row.hidden = !visible;
          if (visible) shown++;
        });
        if (count) count.textContent = shown + " of " + rows.length + " shown";
      }
      form.addEventListener("change", function () {
        var query = new URLSearchParams();
        if (form.elements.difficulty.value) query.set("difficulty", form.elements.difficulty.value);
        if (form.elements.topic.value) query.set("topic", form.elements.topic.value);
        history.replaceState(null, "", query.toString() ? "?" + query : location.pathname);
        apply();
      });
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      form.hidden = false;
      apply();
    });
  }

  StudyGuide.onReady(function () {
    setUpSortableTables();
    setUpTableFilters();
  });
})();
