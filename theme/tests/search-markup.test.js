import { test } from "node:test";
import assert from "node:assert/strict";
import { asOption } from "../assets/js/search/dropdown.js";
import { WIDE_SCREEN, openOnWideScreens } from "../assets/js/search/page.js";

// Just enough of a DOM node for asOption: attributes, children and text.
function node(tag) {
  const attributes = {};
  return {
    tagName: tag.toUpperCase(),
    className: "",
    id: "",
    textContent: "",
    children: [],
    get firstChild() { return this.children[0] || null; },
    appendChild(child) {
      if (child.parent) child.parent.children.splice(child.parent.children.indexOf(child), 1);
      child.parent = this;
      this.children.push(child);
      return child;
    },
    setAttribute(name, value) { attributes[name] = String(value); },
    getAttribute(name) { return name in attributes ? attributes[name] : null; },
  };
}

test("asOption turns a result link into an option with no interactive content", () => {
  globalThis.document = { createElement: node };
  try {
    const link = node("a");
    link.className = "search-hit search-hit-section";
    link.setAttribute("href", "/problems/two-sum/?highlight=sum#approach");
    const title = link.appendChild(node("span"));
    const excerpt = link.appendChild(node("span"));

    const option = asOption(link, 3);
    assert.equal(option.tagName, "LI");
    assert.equal(option.id, "search-option-3");
    assert.equal(option.getAttribute("role"), "option");
    assert.equal(option.getAttribute("aria-selected"), "false");
    assert.equal(option.getAttribute("data-href"), "/problems/two-sum/?highlight=sum#approach");
    assert.equal(option.className, "search-option search-hit search-hit-section");
    assert.deepEqual(option.children, [title, excerpt], "the link's content, in order");
    assert.equal(option.children.some((child) => child.tagName === "A" || child.tagName === "BUTTON"), false);
    assert.equal(link.children.length, 0, "the link itself is left behind, empty");
  } finally {
    delete globalThis.document;
  }
});

test("openOnWideScreens opens the filters only on wide screens", () => {
  const wide = { open: false };
  openOnWideScreens(wide, { matches: true });
  assert.equal(wide.open, true);
  const phone = { open: false };
  openOnWideScreens(phone, { matches: false });
  assert.equal(phone.open, false);
  assert.match(WIDE_SCREEN, /^\(min-width: \d+em\)$/);
});
