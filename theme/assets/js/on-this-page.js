// "On this page": marks the section being read while the page scrolls (IntersectionObserver).
// Without it the contents are plain links, which is all they need to be.

// The id of the section being read: the last heading above the line at `offset` px from the top,
// or the first heading when none is above it yet. `tops` are the headings' tops, in page order.
export function currentSection(ids, tops, offset) {
  let current = ids.length > 0 ? ids[0] : null;
  for (let i = 0; i < ids.length; i++) {
    if (tops[i] <= offset) current = ids[i];
  }
  return current;
}

export function setUpOnThisPage() {
  const toc = document.querySelector("[data-on-this-page]");
  if (!toc) return;
  // Beside the content on wide screens, where there is room for it: open there.
  const details = toc.querySelector("details");
  if (details && window.matchMedia && window.matchMedia("(min-width: 80rem)").matches) details.open = true;
  if (typeof IntersectionObserver !== "function") return;
  const links = [...toc.querySelectorAll("a[href^='#']")];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  const pairs = links.map((link, i) => ({ link, target: targets[i] })).filter((pair) => pair.target);
  if (pairs.length === 0) return;
  const ids = pairs.map((pair) => pair.target.id);
  let marked = null;
  const update = () => {
    const offset = window.innerHeight * 0.3;
    // A heading in a closed <details> (the solution before "Show solution") is not on the page yet.
    const tops = pairs.map((pair) => (pair.target.getClientRects().length > 0 ? pair.target.getBoundingClientRect().top : Infinity));
    const id = currentSection(ids, tops, offset);
    if (id === marked) return;
    marked = id;
    pairs.forEach((pair) => {
      if (pair.target.id === id) pair.link.setAttribute("aria-current", "location");
      else pair.link.removeAttribute("aria-current");
    });
  };
  const observer = new IntersectionObserver(update, { rootMargin: "0px 0px -70% 0px" });
  pairs.forEach((pair) => observer.observe(pair.target));
  update();
}
