// The theme's script, bundled by esbuild (theme/build.js) into theme/assets/dist/site.js, which
// the generator publishes as /assets/site.<hash>.js. Small progressive enhancements: every page
// works without JavaScript, except running code (which needs the Playground) and search.
import { setUpChecklists } from "./checklists.js";
import { setUpRunners } from "./code-runner.js";
import { onReady } from "./dom.js";
import { setUpOffline } from "./offline/register.js";
import { setUpOnThisPage } from "./on-this-page.js";
import { setUpPractice } from "./practice/practice.js";
import { setUpPrinting } from "./print.js";
import { progressStore } from "./progress-store.js";
import { setUpReviewToggles } from "./review-toggles.js";
import { setUpScrollRegions } from "./scroll-regions.js";
import { setUpTransfer } from "./progress-transfer.js";
import { setUpDropdown } from "./search/dropdown.js";
import { setUpSearchPage } from "./search/page.js";
import { searchSources } from "./search/sources.js";
import { highlightTerms } from "./search-highlight.js";
import { setUpSearchShortcut } from "./search-shortcut.js";
import { setUpSidebar } from "./sidebar.js";
import { setUpSolved } from "./solved.js";
import { setUpSpoilers } from "./spoilers.js";
import { safeStorage } from "./storage.js";
import { setUpTables } from "./tables.js";
import { setUpThemeSwitch } from "./theme-switch.js";

// One progress store and one set of search loaders per page, shared by the parts that use them.
const storage = safeStorage(() => window.localStorage);
const progress = progressStore(storage);
const sources = searchSources({ pagefindWorker: document.querySelector("[data-search-page]") !== null });

function setUpSearch() {
  const page = document.querySelector("[data-search-page]");
  if (page) setUpSearchPage(page, sources);
  const header = document.querySelector(".site-header .search-form");
  if (header) setUpDropdown(header, sources);
}

// Each part set up on its own, in the order of the old file-name prefixes: one that throws
// (an unexpected page, a browser without some API) leaves the others working.
[
  setUpSearchShortcut,
  setUpTables,
  () => setUpChecklists(progress),
  setUpRunners,
  () => setUpSpoilers(storage),
  () => setUpPractice(progress),
  setUpSearch,
  () => setUpSolved(progress),
  () => setUpReviewToggles(storage),
  highlightTerms,
  () => setUpTransfer(progress),
  setUpPrinting,
  () => setUpThemeSwitch(storage),
  setUpSidebar,
  setUpOnThisPage,
  setUpScrollRegions,
  () => setUpOffline(),
].forEach((part) => onReady(part));
