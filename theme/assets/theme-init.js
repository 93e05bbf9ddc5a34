// A classic script run in <head> before the first paint (not the deferred bundle): the reader's
// light or dark choice (theme-switch.js; none follows the system) and "Always show solutions"
// (spoilers.js) apply with no flash.
(function () {
  var html = document.documentElement;
  // Scripts run: parts that need them take their place now, not after a layout shift.
  html.classList.add("js");
  // A query in the search page's URL (data-url-search): its results' place is kept (50-search.css).
  if (location.pathname === html.getAttribute("data-url-search") && /[?&]q=[^&]/.test(location.search)) html.classList.add("search-pending");
  try {
    var choice = window.localStorage.getItem("studyguide:theme");
    if (choice === "light" || choice === "dark") html.setAttribute("data-theme", choice);
    if (window.localStorage.getItem("studyguide:always-show-solutions") === "1") html.setAttribute("data-solutions-shown", "");
  } catch { /* storage blocked: follow the system */ }
})();
