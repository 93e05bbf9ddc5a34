// Code, tables and diagrams wider than their box scroll inside it (CSS). A box that does scroll
// must be reachable with the keyboard to be scrolled: give those a tab stop (code blocks have one already).
export function needsScrollStop(scrollWidth, clientWidth) {
  return scrollWidth > clientWidth + 1;
}

export function setUpScrollRegions() {
  document.querySelectorAll(".prose table, .question-table, pre").forEach((box) => {
    if (box.hasAttribute("tabindex") || !needsScrollStop(box.scrollWidth, box.clientWidth)) return;
    box.setAttribute("tabindex", "0");
  });
}
