// "/" focuses the search box, as on most documentation sites: every page has one (the header's,
// or on the search page its own). The box says so only where a keyboard is likely (a fine
// pointer that can hover), and only here, where the shortcut works: not on touch screens, not
// without JavaScript.
export const keyboardLikely = "(hover: hover) and (pointer: fine)";

export function shortcutPlaceholder(placeholder) {
  return placeholder.includes("(press /)") ? placeholder : `${placeholder} (press /)`;
}

export function setUpSearchShortcut() {
  const input = document.querySelector("input[type=search]");
  if (!input) return;
  if (window.matchMedia(keyboardLikely).matches && input.placeholder) {
    input.placeholder = shortcutPlaceholder(input.placeholder);
  }
  document.addEventListener("keydown", (event) => {
    // The element really typed in: inside a shadow root (the code editor's) event.target is the root's host.
    const target = event.composedPath ? event.composedPath()[0] : event.target;
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}
