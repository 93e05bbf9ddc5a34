// "/" focuses the search box, as on most documentation sites: every page has one (the header's,
// or on the search page its own).
export function setUpSearchShortcut() {
  const input = document.querySelector("input[type=search]");
  if (!input) return;
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}
