// Bundles the theme's ES modules into minified scripts in assets/dist/, which are committed: the
// generator publishes them as they are, so a build of the site needs no Node.js (`build --no-search`
// needs none at all). Run `npm run build` after changing assets/js/; a test (tests/bundle.test.js)
// fails while a committed bundle is stale.
//   site.js    assets/js/main.js and what it imports: every page loads it.
//   review.js  assets/js/review-page.js: only /review/ loads it (it carries the FSRS scheduler, ts-fsrs).
//   mock.js    assets/js/mock-page.js: only /mock/ loads it.
import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const theme = dirname(fileURLToPath(import.meta.url));

export const distFolder = join(theme, "assets", "dist");

export const entries = { site: "assets/js/main.js", review: "assets/js/review-page.js", mock: "assets/js/mock-page.js" };

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

// Each bundle's text by file name ("site.js", …), built in memory.
export async function bundle() {
  const result = await esbuild.build({ ...options, write: false });
  const files = {};
  result.outputFiles.forEach((file) => { files[file.path.slice(distFolder.length + 1)] = file.text; });
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const watch = process.argv.includes("--watch");
  if (watch) {
    const context = await esbuild.context({ ...options, logLevel: "info" });
    await context.watch();
  } else {
    await esbuild.build(options);
  }
}
