// Question pages keep the answer out of sight until the reader asks for it:
// - Hints open one at a time: a hint shows once every hint before it has been opened (CSS, 10-base.css:
//   a hint after a closed one that was never opened is hidden). This marks opened hints, so closing
//   one again does not hide the next.
// - The solution (answer, complexity, design, code) is a closed <details>, "Show solution". The
//   "Always show solutions" box opens it on every page; theme-init.js reads the same setting before
//   the first paint so that the page does not move when this script opens it.
// - Links into a closed <details> (the page's contents, a shared #anchor) open it first.
// Without JavaScript, the native <details> do all of this but the remembering; print shows everything.
export const alwaysShowKey = "studyguide:always-show-solutions";

function openAround(target) {
  for (let node = target; node; node = node.parentElement) {
    if (node.tagName === "DETAILS" && !node.open) node.open = true;
  }
}

function openTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id && document.getElementById(id);
  if (target) openAround(target);
}

export function setUpSpoilers(settings) {
  document.querySelectorAll("details.hint").forEach((hint) => {
    hint.addEventListener("toggle", () => {
      if (hint.open) hint.setAttribute("data-seen", "");
    });
  });

  const solutions = Array.from(document.querySelectorAll("details.solution"));
  const always = settings.get(alwaysShowKey) === "1";
  if (always) solutions.forEach((solution) => { solution.open = true; });
  document.querySelectorAll("input[data-always-show-solutions]").forEach((box) => {
    box.checked = always;
    box.addEventListener("change", () => {
      if (box.checked) settings.set(alwaysShowKey, "1");
      else settings.remove(alwaysShowKey);
      document.documentElement.toggleAttribute("data-solutions-shown", box.checked);
      solutions.forEach((solution) => { solution.open = box.checked; });
    });
  });

  openTarget();
  window.addEventListener("hashchange", openTarget);
}
