// Sortable and filterable tables (the question tables of /problems/ and the bank pages).

// Order of two cells' data-value: numbers by value, text by the reader's locale.
export function compareValues(x, y, numeric) {
  return numeric ? Number(x) - Number(y) : x.localeCompare(y);
}

// Whether a row with these data-difficulty and data-topics (space-separated) passes the filters;
// an empty filter lets every row through.
export function rowMatches(rowDifficulty, rowTopics, difficulty, topic) {
  return (!difficulty || rowDifficulty === difficulty) && (!topic || rowTopics.split(" ").includes(topic));
}

// The query string that keeps the filters in the URL ("" when none is set).
export function filterQuery(difficulty, topic) {
  const query = new URLSearchParams();
  if (difficulty) query.set("difficulty", difficulty);
  if (topic) query.set("topic", topic);
  const text = query.toString();
  return text ? "?" + text : "";
}

// Column headings with data-sort become buttons that sort the table's rows.
function setUpSortableTables() {
  document.querySelectorAll("table[data-sortable]").forEach((table) => {
    const headers = table.querySelectorAll("th[data-sort]");
    headers.forEach((th) => {
      const index = Array.prototype.indexOf.call(th.parentNode.children, th);
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach((other) => other.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const numeric = th.getAttribute("data-sort") === "number";
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        rows.sort((a, b) => {
          const order = compareValues(a.cells[index].getAttribute("data-value") || "", b.cells[index].getAttribute("data-value") || "", numeric);
          return ascending ? order : -order;
        });
        rows.forEach((row) => body.appendChild(row));
      });
    });
  });
}

// Filter forms narrow a table by difficulty and topic; state is kept in the URL query.
function setUpTableFilters() {
  document.querySelectorAll("form[data-filter-for]").forEach((form) => {
    const container = document.getElementById(form.getAttribute("data-filter-for"));
    if (!container) return;
    const rows = container.querySelectorAll("tbody tr");
    const count = form.querySelector(".filter-count");
    const params = new URLSearchParams(location.search);
    ["difficulty", "topic"].forEach((name) => {
      if (params.get(name)) form.elements[name].value = params.get(name);
    });
    function apply() {
      const difficulty = form.elements.difficulty.value;
      const topic = form.elements.topic.value;
      let shown = 0;
      rows.forEach((row) => {
        const visible = rowMatches(row.getAttribute("data-difficulty"), row.getAttribute("data-topics") || "", difficulty, topic);
        row.hidden = !visible;
        if (visible) shown++;
      });
      if (count) count.textContent = shown + " of " + rows.length + " shown";
    }
    form.addEventListener("change", () => {
      const query = filterQuery(form.elements.difficulty.value, form.elements.topic.value);
      history.replaceState(null, "", query || location.pathname);
      apply();
    });
    form.addEventListener("submit", (event) => event.preventDefault());
    apply();
  });
}

export function setUpTables() {
  setUpSortableTables();
  setUpTableFilters();
}
