import { block, element } from "./dom.js";

// One output panel (theme/layouts/partials/output-panel.sbn-html) for whatever a page runs or
// checks: Run uses it today, a later "Check" can too. The panel is a polite live region, so its
// status line is announced; showing it scrolls it into view only as far as needed.
//
//   showOutput(panel, { status: "Running…", busy: true })
//   showOutput(panel, { status: "Build failed", failed: true, blocks: [{ className: "error", text }] })

// The panel's content as plain data: its status line's class and text, and its blocks. Pure, for tests.
export function outputParts(result) {
  const statusClass = "run-status" + (result.failed ? " error" : "");
  const blocks = (result.blocks || []).filter((part) => part && part.text);
  return { statusClass, status: String(result.status || ""), busy: Boolean(result.busy), blocks };
}

export function showOutput(panel, result) {
  const parts = outputParts(result);
  panel.hidden = false;
  panel.setAttribute("aria-busy", String(parts.busy));
  panel.textContent = "";
  const status = element("p", parts.statusClass, parts.status);
  if (parts.busy) status.prepend(element("span", "spinner", ""), " ");
  panel.appendChild(status);
  parts.blocks.forEach((part) => panel.appendChild(block(part.className, part.text)));
  if (typeof panel.scrollIntoView === "function") {
    const reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    panel.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
  }
}

export function clearOutput(panel) {
  panel.textContent = "";
  panel.hidden = true;
}
