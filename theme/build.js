// Bundles the theme's ES modules into minified scripts in assets/dist/, which are committed: the
// generator publishes them as they are, so a build of the site needs no Node.js (`build --no-search`
// needs none at all). Run `npm run build` after changing assets/js/; a test (tests/bundle.test.js)
// fails while a committed bundle is stale.
//   site.js    assets/js/main.js and what it imports: every page loads it.
//   editor.js  assets/js/editor/editor.js, the code editor (CodeMirror): an ES module the page script
//              imports only where there is a Practice section.
//   review.js  assets/js/review-page.js: only /review/ loads it (it carries the FSRS scheduler, ts-fsrs).
//   mock.js    assets/js/mock-page.js: only /mock/ loads it.
//   sw.js      assets/js/offline/sw.js, the service worker (published unhashed as /sw.js by the build).
import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const theme = dirname(fileURLToPath(import.meta.url));

export const distFolder = join(theme, "assets", "dist");

// The classic scripts, by bundle name.
export const entries = { site: "assets/js/main.js", review: "assets/js/review-page.js", mock: "assets/js/mock-page.js", sw: "assets/js/offline/sw.js" };

// The ES modules (loaded with import()), by bundle name.
export const moduleEntries = { editor: "assets/js/editor/editor.js" };

// esbuild's output depends only on these options, the sources and esbuild's version (pinned
// exactly in package.json), so the same sources always give byte-identical bundles.
export const options = {
  absWorkingDir: theme,
  entryPoints: entries,
  outdir: distFolder,
  bundle: true,
  minify: true,
  // Classic scripts (the pages' <script src defer>) with no globals of their own.
  format: "iife",
  // Browsers from 2020 on: the scripts use optional catch bindings, \p{…} and lookbehind in regexps.
  target: ["es2020"],
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
};

// The editor: an ES module, the same in every other way.
export const moduleOptions = { ...options, entryPoints: moduleEntries, format: "esm" };

// Each bundle's text by file name ("site.js", …), built in memory.
export async function bundle() {
  const results = await Promise.all([options, moduleOptions].map((settings) => esbuild.build({ ...settings, write: false })));
  const files = {};
  results.flatMap((result) => result.outputFiles).forEach((file) => { files[file.path.slice(distFolder.length + 1)] = file.text; });
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--watch")) {
    for (const settings of [options, moduleOptions]) {
      const context = await esbuild.context({ ...settings, logLevel: "info" });
      await context.watch();
    }
  } else {
    await Promise.all([options, moduleOptions].map((settings) => esbuild.build(settings)));
  }
}
