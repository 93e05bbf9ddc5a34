// A classic script run in <head> before the first paint (not the deferred bundle): the reader's
// light or dark choice (theme-switch.js; none follows the system) and "Always show solutions"
// (spoilers.js) apply with no flash.
(function () {
  // Scripts run: parts that need them take their place now, not after a layout shift.
  document.documentElement.classList.add("js");
  // A query in the search page's URL: its results' place is kept (50-search.css).
  if (location.pathname === "/search/" && /[?&]q=[^&]/.test(location.search)) document.documentElement.classList.add("search-pending");
  try {
    var choice = window.localStorage.getItem("studyguide:theme");
    if (choice === "light" || choice === "dark") document.documentElement.setAttribute("data-theme", choice);
    if (window.localStorage.getItem("studyguide:always-show-solutions") === "1") document.documentElement.setAttribute("data-solutions-shown", "");
  } catch { /* storage blocked: follow the system */ }
})();
