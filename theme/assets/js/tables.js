// Sortable and filterable tables (the question tables of /problems/ and the bank pages).

// Order of two cells' data-value: numbers by value, text by the reader's locale.
export function compareValues(x, y, numeric) {
  return numeric ? Number(x) - Number(y) : x.localeCompare(y);
}

// The filters of a question table: each one is a <select> of its filter form (when the form has
// it), a data- attribute of the rows ("data-topics" for "topic": several, space-separated) and a
// key of the URL query.
export const TABLE_FILTERS = ["difficulty", "topic", "category"];

const ROW_ATTRIBUTES = { difficulty: "data-difficulty", topic: "data-topics", category: "data-category" };

// Whether a row passes the filters. `row` and `filters` map filter names to the row's values
// (space-separated) and to the chosen value; an empty or missing choice lets every row through.
export function rowMatches(row, filters) {
  return TABLE_FILTERS.every((name) => !filters[name] || (row[name] || "").split(" ").includes(filters[name]));
}

// The query string that keeps the filters in the URL ("" when none is set).
export function filterQuery(filters) {
  const query = new URLSearchParams();
  TABLE_FILTERS.forEach((name) => {
    if (filters[name]) query.set(name, filters[name]);
  });
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

// Filter forms narrow a table by difficulty, topic and category; state is kept in the URL query.
function setUpTableFilters() {
  document.querySelectorAll("form[data-filter-for]").forEach((form) => {
    const container = document.getElementById(form.getAttribute("data-filter-for"));
    if (!container) return;
    const rows = container.querySelectorAll("tbody tr");
    const count = form.querySelector(".filter-count");
    const names = TABLE_FILTERS.filter((name) => form.elements[name]);
    const params = new URLSearchParams(location.search);
    names.forEach((name) => {
      if (params.get(name)) form.elements[name].value = params.get(name);
    });
    function chosen() {
      const filters = {};
      names.forEach((name) => (filters[name] = form.elements[name].value));
      return filters;
    }
    function apply() {
      const filters = chosen();
      let shown = 0;
      rows.forEach((row) => {
        const values = {};
        names.forEach((name) => (values[name] = row.getAttribute(ROW_ATTRIBUTES[name]) || ""));
        const visible = rowMatches(values, filters);
        row.hidden = !visible;
        if (visible) shown++;
      });
      if (count) count.textContent = shown + " of " + rows.length + " shown";
    }
    form.addEventListener("change", () => {
      const query = filterQuery(chosen());
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
