// Loaded synchronously in <head> (a classic script, not the deferred bundle): applies the reader's
// light or dark choice before the first paint, so the page never flashes the other theme.
// The switch itself is theme/assets/js/theme-switch.js; no stored choice follows the system.
// Likewise "Always show solutions" (spoilers.js).
(function () {
  // Scripts run: parts that need them (the theme switch) take their place now, not after a layout shift.
  document.documentElement.classList.add("js");
  // A query in the search page's URL: its results' place is kept until they come (50-search.css).
  if (location.pathname === "/search/" && /[?&]q=[^&]/.test(location.search)) document.documentElement.classList.add("search-pending");
  try {
    var choice = window.localStorage.getItem("studyguide:theme");
    if (choice === "light" || choice === "dark") document.documentElement.setAttribute("data-theme", choice);
    if (window.localStorage.getItem("studyguide:always-show-solutions") === "1") document.documentElement.setAttribute("data-solutions-shown", "");
  } catch { /* storage blocked: follow the system */ }
})();
