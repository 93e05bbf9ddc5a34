import { element, setUpToggle } from "./dom.js";

// "Mark as solved" on question pages: a toggle button whose state is saved per question id.
function setUpToggles(progress) {
  document.querySelectorAll("[data-solved-toggle]").forEach((holder) => {
    const id = holder.getAttribute("data-solved-toggle");
    setUpToggle(holder, () => progress.isSolved(id), () => progress.setSolved(id, !progress.isSolved(id)));
  });
}

// Marks question `id` solved from elsewhere on its page (passing every test of its Practice section).
export function markSolved(progress, id) {
  progress.setSolved(id, true);
  document.querySelectorAll("[data-solved-toggle]").forEach((holder) => {
    if (holder.getAttribute("data-solved-toggle") === id) holder.querySelector("button").setAttribute("aria-pressed", "true");
  });
}

// Question tables: a "Solved" mark on solved rows; summaries count the solved rows of the
// page per filter ("difficulty:easy", "bank:coding", or "" for all).
function markTables(progress) {
  const rows = Array.from(document.querySelectorAll("table.question-table tbody tr[data-id]"));
  rows.forEach((row) => {
    if (!progress.isSolved(row.getAttribute("data-id"))) return;
    row.setAttribute("data-solved", "");
    row.cells[0].appendChild(element("span", "solved-mark", "Solved"));
  });
  document.querySelectorAll("[data-solved-summary]").forEach((summary) => {
    summary.querySelectorAll("[data-solved-filter]").forEach((line) => {
      const filter = line.getAttribute("data-solved-filter").split(":");
      const solved = new Set();
      rows.forEach((row) => {
        const matches = filter.length < 2 || row.getAttribute("data-" + filter[0]) === filter[1];
        if (matches && row.hasAttribute("data-solved")) solved.add(row.getAttribute("data-id"));
      });
      line.querySelector("output").textContent = String(solved.size);
    });
  });
}

export function setUpSolved(progress) {
  setUpToggles(progress);
  markTables(progress);
}
