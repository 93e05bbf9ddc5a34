// Loaded synchronously in <head> (a classic script, not the deferred bundle): applies the reader's
// light or dark choice before the first paint, so the page never flashes the other theme.
// The switch itself is theme/assets/js/theme-switch.js; no stored choice follows the system.
(function () {
  // Scripts run: parts that need them (the theme switch) take their place now, not after a layout shift.
  document.documentElement.classList.add("js");
  // The search page with a query fills in its results after loading Pagefind: until then their
  // place is kept (50-search.css), so the filters and the footer do not jump down when they come.
  if (location.pathname === "/search/" && /[?&]q=[^&]/.test(location.search)) document.documentElement.classList.add("search-pending");
  try {
    var choice = window.localStorage.getItem("studyguide:theme");
    if (choice === "light" || choice === "dark") document.documentElement.setAttribute("data-theme", choice);
  } catch { /* storage blocked: follow the system */ }
})();
