// ESLint (flat config, pinned in package.json) over the theme's scripts, their build and their
// tests: the recommended rules, with each file's globals declared so no-undef catches a typo.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["assets/dist/", "node_modules/"] },
  js.configs.recommended,
  {
    files: ["assets/js/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.browser },
  },
  {
    // The service worker's entry (bundled into assets/dist/sw.js): a worker's globals, not a page's.
    files: ["assets/js/offline/sw.js"],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    // The one classic script, loaded synchronously in <head> before the bundle.
    files: ["assets/theme-init.js"],
    languageOptions: { ecmaVersion: 2019, sourceType: "script", globals: globals.browser },
  },
  {
    files: ["*.js", "tests/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.node },
  },
];
